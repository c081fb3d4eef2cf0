package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const fixtures = "../../shared/fixtures/timelinejs"

func TestTimelineJSFixturesLoad(t *testing.T) {
	tests := []struct {
		file   string
		events int
		eras   int
		title  string
	}{
		{"eras.json", 20, 3, "Eras Test"},
		{"houston-timeline3.json", 18, 0, ""},
		{"twain-marktwain.json", 17, 0, ""},
		{"women_in_computing.json", 10, 0, "Women in Computing"},
	}
	for _, tt := range tests {
		path := filepath.Join(fixtures, tt.file)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Skipf("fixtures not beside the project: %v", err)
		}
		if !IsTimelineJSJSON(raw) {
			t.Errorf("%s not recognised as TimelineJS", tt.file)
		}
		ds, err := LoadTimelineJSJSON(path, raw)
		if err != nil {
			t.Fatalf("%s:\n%v", tt.file, err)
		}
		if len(ds.Events) != tt.events || len(ds.Eras) != tt.eras {
			t.Errorf("%s: %d events, %d eras; want %d and %d", tt.file, len(ds.Events), len(ds.Eras), tt.events, tt.eras)
		}
		if tt.title != "" && ds.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.file, ds.Title, tt.title)
		}
		for _, e := range ds.Events {
			if strings.ContainsAny(e.Title+e.Summary, "<>") && strings.Contains(e.Title+e.Summary, "</") {
				t.Errorf("%s: %s keeps HTML: %q", tt.file, e.ID, e.Summary)
			}
			if !ds.ValidCategory(e.Channel) || e.Title == "" || len(e.Sources) != 1 {
				t.Errorf("%s: event %+v", tt.file, e)
			}
		}
	}
}

func TestTimelineJSDatesGroupsAndMedia(t *testing.T) {
	doc := `{"title":{"text":{"headline":"<b>Cosmos</b>"}},"events":[
{"start_date":{"year":-13800000000},"text":{"headline":"Big Bang"},"group":"Cosmic"},
{"start_date":{"year":"1969","month":"7","day":"20"},"end_date":{"year":"1969","month":"7","day":"24"},"text":{"headline":"Apollo 11","text":"<p>See <a href=\"https://nasa.gov\">NASA</a></p>"},"media":{"url":"https://example.org/moon.jpg"},"group":"Human","unique_id":"apollo"},
{"start_date":{"year":"1543","month":"5"},"text":{"text":"Copernicus publishes"}}],
"eras":[{"start_date":{"year":"1900"},"end_date":{"year":"1999"},"text":{"headline":"20th century"}}]}`
	ds, err := LoadTimelineJSJSON("cosmos.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Title != "Cosmos" || len(ds.Categories()) != 3 || ds.Category(2).Label != "Events" {
		t.Errorf("title %q, categories %+v", ds.Title, ds.Categories())
	}
	bang, apollo, cop := ds.Events[0], ds.Events[2], ds.Events[1]
	if bang.Start.Year != -13800000000+1 || bang.Start.String() != "13.8 billion years ago" { // 13.8 billion BCE, ISO-counted
		t.Errorf("big bang %+v", bang.Start)
	}
	if apollo.ID != "apollo" || apollo.Start.String() != "20 Jul 1969" || apollo.End.String() != "24 Jul 1969" ||
		apollo.Summary != "See NASA (https://nasa.gov)" || apollo.Media != "https://example.org/moon.jpg" {
		t.Errorf("apollo %+v", apollo)
	}
	if cop.Title != "Copernicus publishes" || cop.Start.Precision != PrecisionMonth {
		t.Errorf("copernicus %+v", cop)
	}
	if len(ds.Eras) != 1 || ds.Eras[0].Band != BandGeneral || ds.Eras[0].End.ISO() != "2000" {
		t.Errorf("eras %+v", ds.Eras)
	}
}

func TestTimelineJSProblemsHaveAPlace(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`{"events":[{"start_date":{"month":"3"}}]}`, `bad.json:1:26: missing year`},
		{`{"events":[
{"start_date":{"year":"19x9"}}]}`, `bad.json:2:23: year "19x9" is not a number`},
		{`{"events":[{"start_date":{"year":"1999","month":"13"}}]}`, `no month 13`},
		{`{"events":[{"start_date":{"year":"1999","month":"2","day":"30"}}]}`, `Feb 1999 has no day 30`},
		{`{"events":[{"start_date":{"year":"1999"},"end_date":{"year":"1990"}}]}`, `ends before it starts`},
		{`{"events":[]}`, `no events`},
		{`{"events":[{"start_date":{"year":"1999"},"unique_id":"a"},{"start_date":{"year":"2000"},"unique_id":"a"}]}`, `duplicate unique_id "a"`},
		{`{"events":[{"start_date":`, `malformed JSON`},
		{"", "empty file"},
	}
	for _, tt := range tests {
		_, err := LoadTimelineJSJSON("bad.json", []byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s:\ngot %v\nwant %q", tt.doc, err, tt.want)
		}
	}
}

func TestYearsOutOfRangeAreRefusedNotLoopedOver(t *testing.T) {
	for _, doc := range []string{
		`{"events":[{"start_date":{"year":"1e300"}},{"start_date":{"year":"2000"}}]}`,
		`{"events":[{"start_date":{"year":-9223372036854775808}},{"start_date":{"year":9223372036854775807}}]}`,
	} {
		_, err := LoadTimelineJSJSON("big.json", []byte(doc))
		if err == nil || !strings.Contains(err.Error(), "out of range") {
			t.Errorf("%s: %v", doc, err)
		}
	}
	if _, err := ParseDate("9223372036854775807"); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("ParseDate of a huge year: %v", err)
	}
	ds := &Dataset{}
	tl := ds.CountByPeriod([]*Event{{Start: Date{Year: -MaxYear, Precision: PrecisionYear}}, {Start: Date{Year: MaxYear, Precision: PrecisionYear}}})
	if len(tl.Rows) != 2 {
		t.Errorf("the widest range makes %d rows", len(tl.Rows))
	}
}

func TestTimelineJSDisplayDate(t *testing.T) {
	ds, err := LoadTimelineJSJSON("d.json", []byte(`{"events":[{"start_date":{"year":"1943","display_date":"Summer <i>1943</i>"},"text":{"headline":"A"}}]}`))
	if err != nil || ds.Events[0].DisplayDate != "Summer 1943" {
		t.Errorf("%v %+v", err, ds)
	}
	ds, err = LoadTimelineJSCSV("d.csv", []byte("Year,Display Date,Headline\n1943,Summer 1943,A\n"))
	if err != nil || ds.Events[0].DisplayDate != "Summer 1943" {
		t.Errorf("%v %+v", err, ds)
	}
}

func TestTimelineJSTitlesAreOneLineAndFallBackToCaptions(t *testing.T) {
	ds, err := LoadTimelineJSJSON("t.json", []byte(`{"title":{"text":{"headline":"Whitney Houston<br>1963 - 2012"}},"events":[
{"start_date":{"year":"1908"},"media":{"caption":"Twain caricatured by Spy","url":"http://example.org/a.jpg"},"text":{"headline":"","text":""}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Title != "Whitney Houston 1963 - 2012" || ds.Events[0].Title != "Twain caricatured by Spy" {
		t.Errorf("title %q, event %q", ds.Title, ds.Events[0].Title)
	}
	for _, e := range ds.Events {
		if strings.Contains(e.Title, "\n") {
			t.Errorf("a title on two lines: %q", e.Title)
		}
	}
}

// TestIsTimelineJSJSONFromItsFirstEvent: a TimelineJS file is known by an
// event with start_date or a title slide, Backchannel's by neither, and a
// file that is not a JSON object by whether it says start_date at all.
func TestIsTimelineJSJSONFromItsFirstEvent(t *testing.T) {
	tests := []struct {
		raw  string
		want bool
	}{
		{`{"events":[{"start_date":{"year":1990}}]}`, true},
		{`{"scale":"human","events":[{"text":{}},{"start_date":{"year":1}}],"title":"x"}`, true},
		{`{"events":[{"text":{}}],"title":{"text":{"headline":"T"}}}`, true},
		{`{"title":"Mine","events":[{"id":"a","start":"1990"}]}`, false},
		{`{"events":[{"start_date":` + "\n", true}, // cut short, but it says start_date
		{`[{"start_date":{}}]`, true},
		{`{"events":{"start":"1990"}}`, false},
		{`not json`, false},
	}
	for _, tt := range tests {
		if got := IsTimelineJSJSON([]byte(tt.raw)); got != tt.want {
			t.Errorf("IsTimelineJSJSON(%s) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestStreamingReadsWhatDecodingWholeReads: slide for slide, title and
// eras, reading a TimelineJS file as a stream gives what json.Unmarshal
// gives; and a file the stream cannot read (a member twice, not an
// object, something after it) is left to the whole decoding.
func TestStreamingReadsWhatDecodingWholeReads(t *testing.T) {
	docs := map[string]string{
		"inline": `{"scale":"human","title":{"text":{"headline":"T","text":"<p>x</p>"}},
			"events":[{"start_date":{"year":"1990","month":2},"text":{"headline":"A"},"group":"g"},
			{"start_date":{"year":-3500},"end_date":{"year":-3400},"unique_id":"b","media":{"url":"https://x.org/a.png"}}],
			"eras":[{"start_date":{"year":1980},"end_date":{"year":1990},"text":{"headline":"E"}}]}`,
	}
	if entries, err := os.ReadDir(fixtures); err == nil {
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".json") {
				raw, _ := os.ReadFile(filepath.Join(fixtures, e.Name()))
				if IsTimelineJSJSON(raw) {
					docs[e.Name()] = string(raw)
				}
			}
		}
	}
	for name, doc := range docs {
		var whole, streamed tjsTimeline
		if err := json.Unmarshal([]byte(doc), &whole); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !streamTimelineJS([]byte(doc), newJSONChecker(doc), &streamed, func(i int, s tjsSlide) {
			if i != len(streamed.Events) {
				t.Errorf("%s: slide %d handed over as %d", name, len(streamed.Events), i)
			}
			streamed.Events = append(streamed.Events, keptSlide(s))
		}) {
			t.Fatalf("%s: the stream could not read it", name)
		}
		if !reflect.DeepEqual(whole, streamed) {
			t.Errorf("%s: streaming read something else", name)
		}
	}
	for _, doc := range []string{`[{"start_date":{}}]`, `{"events":[{"start_date":{}}]} x`, `{"events":null}`} {
		var tl tjsTimeline
		if streamTimelineJS([]byte(doc), newJSONChecker(doc), &tl, func(int, tjsSlide) {}) {
			t.Errorf("the stream read %s", doc)
		}
	}
	// What the stream can read past is reported where it is, and reading goes on.
	for doc, want := range map[string]string{
		`{"events":[],"events":[]}`:                  `t.json:1:23: "events" is given twice: a timeline gives each member once`,
		`{"events":[1,{"start_date":{"year":"x"}}]}`: `t.json:1:13: events: want data.tjsSlide, got JSON number`,
	} {
		var tl tjsTimeline
		c := newJSONChecker(doc)
		slides := 0
		if !streamTimelineJS([]byte(doc), c, &tl, func(int, tjsSlide) { slides++ }) {
			t.Errorf("the stream gave up on %s", doc)
		}
		if len(c.problems) == 0 || c.problems[0].String() != want {
			t.Errorf("%s: problems %v, want first %q", doc, c.problems, want)
		}
		if strings.Contains(doc, "[1,") && slides != 2 {
			t.Errorf("%s: %d slides handed over after a wrong one, want 2", doc, slides)
		}
	}
}

// newJSONChecker is a checker for a JSON document named t.json.
func newJSONChecker(doc string) *checker {
	pos := &lazyJSON{raw: []byte(doc)}
	return &checker{file: "t.json", pos: pos, json: pos}
}

// TestTimelineJSYearsBeforeTheCommonEraReadAsTimelineJSShowsThem: a
// TimelineJS year of −3500 is 3500 BCE, as TimelineJS labels it, not the
// 3501 BCE that ISO 8601's counting would make of it (#17 item 11).
func TestTimelineJSYearsBeforeTheCommonEraReadAsTimelineJSShowsThem(t *testing.T) {
	raw := []byte(`{"events":[
		{"start_date":{"year":-3500},"text":{"headline":"Writing"}},
		{"start_date":{"year":"-44","month":3,"day":15},"text":{"headline":"Ides"}},
		{"start_date":{"year":1066},"text":{"headline":"Hastings"}}]}`)
	ds, err := LoadTimelineJSJSON("ancient.json", raw)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Writing": "3500 BCE", "Ides": "15 Mar 44 BCE", "Hastings": "1066"}
	for _, e := range ds.Events {
		if got := e.Start.String(); got != want[e.Title] {
			t.Errorf("%s: %q, want %q", e.Title, got, want[e.Title])
		}
	}
	csv := "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n" +
		"-3500,,,,-3400,,,,,Writing,,,,,,,,\n"
	ds, err = LoadTimelineJSCSV("ancient.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	if e := ds.Events[0]; e.Start.String() != "3500 BCE" || e.End.String() != "3400 BCE" {
		t.Errorf("from CSV: %s – %s, want 3500 BCE – 3400 BCE", e.Start, e.End)
	}
}

// keptSlide copies a streamed slide's parts, whose room serves the next.
func keptSlide(s tjsSlide) tjsSlide {
	s.StartDate, s.EndDate, s.Text, s.Media = keptPart(s.StartDate), keptPart(s.EndDate), keptPart(s.Text), keptPart(s.Media)
	return s
}

func keptPart[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}
