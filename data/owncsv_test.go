package data

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestCSVRoundTripLosesNothing(t *testing.T) {
	for _, name := range []string{"bundled", "own categories"} {
		var ds *Dataset
		var err error
		if name == "bundled" {
			ds, err = Bundled()
		} else {
			ds, err = Load("own.json", []byte(`{"title":"Mine, \"quoted\"","categories":[{"id":"a","label":"Alpha","meaning":"first; of all"},{"id":"b","label":"Beta","role":"pressure"}],
"tours":[{"name":"Lecture","steps":[{"event":"x","notes":"Begin; here.","viewStart":-510.5,"viewEnd":-480.25}],"viewStart":0,"viewEnd":0},
{"name":"All of A","channels":["a"],"from":-600,"to":-400,"decade":-500,"text":"line","start":"x","viewStart":-520,"viewEnd":-300,"period":{"Period":{"Years":0,"Ago":false,"Within":1},"Index":-5987}}],
"sources":{"s":{"title":"S","url":"https://example.org"}},"eras":[{"id":"e","name":"An era","band":"era","start":"-500","end":"-300"}],
"events":[{"id":"x","title":"Line one, with a comma","start":"-499-03","approximate":true,"channel":"a","summary":"Two\nlines","media":"https://example.org/p.jpg","notes":"Ask: who asked first?\nThen the map.","sources":["s"]}]}`))
		}
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteDatasetCSV(&buf, ds); err != nil {
			t.Fatal(err)
		}
		if !IsBackchannelCSV(buf.Bytes()) {
			t.Fatalf("%s: written CSV not recognised", name)
		}
		back, err := LoadAny("back.csv", buf.Bytes())
		if err != nil {
			t.Fatalf("%s: reading back:\n%v", name, err)
		}
		checkSameDataset(t, name+" through CSV", ds, back)
	}
}

func TestCSVProblemsAreAtTheirCell(t *testing.T) {
	head := "kind,id,title,start,end,channel,sources\n"
	tests := []struct{ doc, want string }{
		{head + "source,s,S,,,,\nevent,x,X,1999-02-30,,direct,s\n", `bad.csv:3:11: event "x" start: impossible date "1999-02-30"`},
		{head + "source,s,S,,,,\ntour,,L,,,,\nstep,zz,L,,,,\nevent,x,X,1999,,direct,s\n", `bad.csv:4:6: tour "L", step 1: unknown event "zz"`},
		{head + "source,s,S,,,,\nstep,x,L,,,,\nevent,x,X,1999,,direct,s\n", `bad.csv:3:8: step of tour "L", which no tour row just before names`},
		{head + "source,s,S,,,,\nevent,x,X,1999,,telepathy,s\n", `bad.csv:3:17: event "x": unknown channel "telepathy"`},
		{head + "event,x,X,1999,,direct,nope\n", `bad.csv:2:24: event "x": cites unknown source "nope"`},
		{head + "source,s,S,,,,\nevent,x,X,1999,,direct,s\nevent,x,Y,2000,,direct,s\n", `bad.csv:4:7: duplicate event id "x"`},
		{head + "planet,x,X,1999,,direct,s\n", `bad.csv:2:1: unknown kind "planet"`},
		{"kind,id,title\nevent,x,X\n", `missing column "start"`},
	}
	for _, tt := range tests {
		_, err := LoadCSV("bad.csv", []byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q:\ngot %v\nwant %q", tt.doc, err, tt.want)
		}
	}
}

// checkSameDataset fails when back, read back from what ds was written
// as, differs from it, naming the first event that does.
func checkSameDataset(t *testing.T, name string, ds, back *Dataset) {
	t.Helper()
	same, backSame := *ds, *back
	same.ReadAs, backSame.ReadAs = "", "" // the format each was read from
	if reflect.DeepEqual(&same, &backSame) {
		return
	}
	for i := range min(len(ds.Events), len(back.Events)) {
		if !reflect.DeepEqual(ds.Events[i], back.Events[i]) {
			t.Errorf("%s: event %d differs:\n%+v\n%+v", name, i, ds.Events[i], back.Events[i])
			break
		}
	}
	t.Fatalf("%s: the dataset changed on its way", name)
}
