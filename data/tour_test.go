package data

import (
	"strings"
	"testing"
)

// TestToursKeptInTheFile: a dataset's file may keep its tours; a lecture's
// steps must name its events, and each problem is reported at its place.
func TestToursKeptInTheFile(t *testing.T) {
	doc := `{"sources":{"s":{"title":"S"}},
"tours":[{"name":"Lecture","steps":[{"event":"b","notes":"Begin here."},{"event":"a"}]},{"name":"Secret","channels":["secret"]}],
"events":[{"id":"a","title":"A","start":"2001","channel":"direct","sources":["s"]},
{"id":"b","title":"B","start":"2002","channel":"secret","sources":["s"]}]}`
	ds, err := Load("tours.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Tours) != 2 || ds.Tours[0].Steps[0].Notes != "Begin here." {
		t.Fatalf("tours %+v", ds.Tours)
	}
	events, steps := ds.Tours[0].Presented(ds)
	if len(events) != 2 || events[0].ID != "b" || events[1].ID != "a" || len(steps) != 2 {
		t.Errorf("the lecture presents %+v", events)
	}
	if events, steps := ds.Tours[1].Presented(ds); len(events) != 1 || events[0].ID != "b" || steps != nil {
		t.Errorf("the filter's tour presents %+v, steps %v", events, steps)
	}
	bad := strings.Replace(doc, `{"event":"a"}`, `{"event":"zz"}`, 1)
	bad = strings.Replace(bad, `"name":"Secret"`, `"name":"lecture"`, 1)
	_, err = Load("tours.json", []byte(bad))
	for _, want := range []string{`tours.json:2:82: tour "Lecture", step 2: unknown event "zz"`, `tours.json:2:98: duplicate tour name "lecture"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("problems:\n%v\nwant %s", err, want)
		}
	}
}
