package data

import (
	"bytes"
	"strings"
	"testing"
)

// TestTimelineJSWrittenReadsBack: the record written as TimelineJS JSON
// reads back with every event's id, title, dates, summary and group (its
// channel's name), years before the common era too; what TimelineJS cannot
// hold is named.
func TestTimelineJSWrittenReadsBack(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ds.Events[0].Start = Date{Year: -3499, Precision: PrecisionYear} // 3500 BCE
	SortEvents(ds.Events)
	var buf bytes.Buffer
	if err := WriteTimelineJSJSON(&buf, ds); err != nil {
		t.Fatal(err)
	}
	if !IsTimelineJSJSON(buf.Bytes()) {
		t.Fatal("not read as TimelineJS")
	}
	back, err := LoadTimelineJSJSON("back.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Events) != len(ds.Events) || back.Title != ds.Title {
		t.Fatalf("%d events titled %q, want %d titled %q", len(back.Events), back.Title, len(ds.Events), ds.Title)
	}
	byID := map[string]Event{}
	for _, e := range back.Events {
		byID[e.ID] = *e
	}
	for _, e := range ds.Events {
		b := byID[e.ID]
		if b.Title != e.Title || b.Start != e.Start || b.End != e.End || b.Summary != e.Summary || back.Category(b.Channel).Name() != ds.Category(e.Channel).Name() {
			t.Errorf("%s read back as %+v", e.ID, b)
		}
	}
	drops := strings.Join(TimelineJSDrops(ds), "; ")
	for _, want := range []string{"the accounts of", "the coverage"} {
		if !strings.Contains(drops, want) {
			t.Errorf("the drops %q lack %q", drops, want)
		}
	}
}
