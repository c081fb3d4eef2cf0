package data

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
)

const goodDataset = `{
  "title": "Test",
  "sources": {"s1": {"title": "Source one"}},
  "eras": [
    {"id": "a", "name": "A", "band": "us-president", "start": "2000-01-20", "end": "2004-01-20"},
    {"id": "b", "name": "B", "band": "us-president", "start": "2004-01-20"}
  ],
  "events": [
    {"id": "late", "title": "Late", "start": "2005", "channel": "public", "sources": ["s1"]},
    {"id": "early", "title": "Early", "start": "2001-05-02", "end": "2001-06", "channel": "direct", "sources": ["s1"]}
  ]
}`

func TestLoadGoodDataset(t *testing.T) {
	ds, err := Load("good.json", []byte(goodDataset))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Title != "Test" || len(ds.Events) != 2 || len(ds.Eras) != 2 {
		t.Fatalf("got title %q, %d events, %d eras", ds.Title, len(ds.Events), len(ds.Eras))
	}
	if ds.Events[0].ID != "early" || !ds.Events[0].IsSpan() || ds.Events[1].Channel != Public {
		t.Errorf("events not sorted by start or fields lost: %+v", ds.Events)
	}
	if ds.Sources["s1"].ID != "s1" {
		t.Errorf("source id not set: %+v", ds.Sources["s1"])
	}
}

// placedProblem is a file with one problem, and the line that must
// report it.
type placedProblem struct {
	name, doc, want string
}

// placedProblems are one of each problem Load reports, with its place.
var placedProblems = []placedProblem{
	{"unknown channel",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001","channel":"telepathy","sources":["s"]}]}`,
		`bad.json:2:48: event "x": unknown channel "telepathy"`},
	{"malformed date",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"May 2001","channel":"direct","sources":["s"]}]}`,
		`bad.json:2:31: event "x" start: malformed date "May 2001"`},
	{"impossible date",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001-02-29","channel":"direct","sources":["s"]}]}`,
		`bad.json:2:31: event "x" start: impossible date "2001-02-29": Feb 2001 has 28 days`},
	{"end before start",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001-05","end":"2001-04","channel":"direct","sources":["s"]}]}`,
		`bad.json:2:47: event "x": end 2001-04 is before start 2001-05`},
	{"duplicate id",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001","channel":"direct","sources":["s"]},
{"id":"x","title":"Y","start":"2002","channel":"direct","sources":["s"]}]}`,
		`bad.json:3:7: duplicate event id "x" (first at events[0])`},
	{"unknown source",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001","channel":"direct","sources":["s","nope"]}]}`,
		`bad.json:2:72: event "x": cites unknown source "nope"`},
	{"missing title",
		`{"sources":{"s":{"title":"S"}},"events":[
  {"id":"x","start":"2001","channel":"direct","sources":["s"]}]}`,
		`bad.json:2:3: event "x": missing title`},
	{"missing channel",
		`{"sources":{"s":{"title":"S"}},"events":[
  {"id":"x","title":"X","start":"2001","sources":["s"]}]}`,
		`bad.json:2:3: event "x": missing channel`},
	{"no source",
		`{"sources":{"s":{"title":"S"}},"events":[
  {"id":"x","title":"X","start":"2001","channel":"direct"}]}`,
		`bad.json:2:3: event "x": cites no source`},
	{"wrong type",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":7,"start":"2001","channel":"direct","sources":["s"]}]}`,
		`bad.json:2:20: events.title: want string, got JSON number`},
	{"syntax error",
		"{\"events\": [\n  {\"id\": \"x\",,}\n]}",
		`bad.json:2:14: malformed JSON: invalid character ',' looking for beginning of object key string`},
	{"empty file", "  \n", `bad.json:1:1: empty file`},
	{"unknown band",
		`{"sources":{"s":{"title":"S"}},"eras":[{"id":"e","name":"E","band":"king","start":"2000"}],"events":[
{"id":"x","title":"X","start":"2001","channel":"direct","sources":["s"]}]}`,
		`bad.json:1:68: era "e": unknown band "king" (want us-president, iran-president, iran-leader or era)`},
	{"unknown topic",
		`{"topics":{"nuclear":"Nuclear"},"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001","channel":"direct","topics":["nuclear","weather"],"sources":["s"]}]}`,
		`bad.json:2:77: event "x": unknown topic "weather" (the dataset's topics are nuclear)`},
	{"bad administration",
		`{"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2001","channel":"direct","administration":"lincoln","sources":["s"]}]}`,
		`bad.json:2:74: event "x": administration "lincoln" is not a us-president era`},
}

// TestLoadReportsEachProblemWithItsPlace: each problem is reported at its
// file, line and column, in words.
func TestLoadReportsEachProblemWithItsPlace(t *testing.T) {
	for _, tt := range placedProblems {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := Load("bad.json", []byte(tt.doc))
			if ds != nil {
				t.Error("a dataset with problems must not be returned")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %v is not Problems", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("problems:\n%v\nwant a line containing:\n%s", err, tt.want)
			}
		})
	}
}

func TestLoadReportsEveryProblemNotJustTheFirst(t *testing.T) {
	doc := `{"sources":{},"events":[
{"id":"a","title":"","start":"1999-13","channel":"x","sources":["q"]},
{"id":"a","title":"B","start":"2000","channel":"direct","sources":["q"]}]}`
	_, err := Load("many.json", []byte(doc))
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want Problems, got %v", err)
	}
	if len(ps) != 6 {
		t.Errorf("got %d problems, want 6 (title, date, channel, source, duplicate, source):\n%v", len(ps), err)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Line < ps[i-1].Line {
			t.Errorf("problems not in file order:\n%v", err)
		}
	}
}

func TestLoadAcceptsByteOrderMark(t *testing.T) {
	if _, err := Load("bom.json", append([]byte("\xef\xbb\xbf"), goodDataset...)); err != nil {
		t.Fatal(err)
	}
}

// TestSortEventsIsStableByStart: events come out by start, those that
// start together in the order they came, and none is lost or doubled.
func TestSortEventsIsStableByStart(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		events := make([]*Event, n)
		for i := range events {
			events[i] = &Event{ID: fmt.Sprint(i), Start: Date{Year: int64(1979 + rng.Intn(5)), Month: 1 + rng.Intn(2), Precision: PrecisionMonth}}
		}
		want := slices.Clone(events)
		sort.SliceStable(want, func(i, j int) bool { return want[i].Start.Begin() < want[j].Start.Begin() })
		SortEvents(events)
		for i := range events {
			if events[i].ID != want[i].ID {
				t.Fatalf("n=%d: position %d holds %s, want %s", n, i, events[i].ID, want[i].ID)
			}
		}
	}
}

// TestADatasetKnowsTheFormatItWasReadFrom: LoadAny tells each of the four
// formats apart and the dataset says which it was read from.
func TestADatasetKnowsTheFormatItWasReadFrom(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	writers := map[Format]func(*bytes.Buffer) error{
		FormatJSON:           func(b *bytes.Buffer) error { return WriteDatasetJSON(b, ds) },
		FormatCSV:            func(b *bytes.Buffer) error { return WriteDatasetCSV(b, ds) },
		FormatTimelineJSJSON: func(b *bytes.Buffer) error { return WriteTimelineJSJSON(b, ds) },
		FormatTimelineJSCSV: func(b *bytes.Buffer) error {
			_, err := b.WriteString("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n1979,11,4,,,,,,,Embassy seized,Text,,,,,,,\n")
			return err
		},
	}
	for want, write := range writers {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := LoadAny("file", buf.Bytes())
		if err != nil {
			t.Errorf("%s: %v", want, err)
		} else if back.ReadAs != want {
			t.Errorf("read as %q, want %q", back.ReadAs, want)
		}
	}
	if _, err := LoadAny("empty.json", nil); err == nil {
		t.Error("an empty file was read")
	}
}
