package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readSlide reads one slide the plain way, into room of its own.
func readSlide(w *jsonWalk, s *tjsSlide) bool {
	return w.plainSlide(s, &slideParts{})
}

// TestPlainSlidesReadAsEncodingJSON holds the plain reading of slides to
// encoding/json's on every slide of the TimelineJS fixtures and on slides
// written in the ways that must go to encoding/json instead.
func TestPlainSlidesReadAsEncodingJSON(t *testing.T) {
	entries, err := os.ReadDir(fixtures) // other people's timelines, beside the repository where they are
	if err != nil {
		t.Logf("no fixtures: %v", err)
	}
	slides, plain := 0, 0
	for _, e := range entries {
		raw, _ := os.ReadFile(filepath.Join(fixtures, e.Name()))
		if !strings.HasSuffix(e.Name(), ".json") || !IsTimelineJSJSON(raw) {
			continue
		}
		var doc struct{ Events []json.RawMessage }
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for _, s := range doc.Events {
			plainReadsAsJSON(t, s, readSlide)
			var slide tjsSlide
			if readSlide(&jsonWalk{raw: s}, &slide) {
				plain++
			}
			slides++
		}
	}
	if len(entries) > 0 && (slides == 0 || plain == 0) {
		t.Fatalf("%d of %d fixture slides read plainly: want some of some", plain, slides)
	}
	t.Logf("%d of the fixtures' %d slides read plainly", plain, slides)
	for _, s := range []string{
		`{"start_date":{"year":1.5}}`, `{"start_date":{"year":"1992 "}}`, `{"start_date":{"year":"+1"}}`, `{"start_date":{"year":"x"}}`, `{"start_date":{"year":null}}`,
		`{"start_date":{"year":01}}`, `{"start_date":{"year":1234567890}}`, `{"start_date":null}`,
		`{"Start_Date":{"year":1}}`, `{"text":{"Headline":"x"}}`, `{"text":"x"}`, `{"group":1}`, `{"media":{"url":"a\x"}}`,
		`{"start_date":{"year":1e3}}`, `{"start_date":{"\u212aey":1}}`,
	} {
		var slide tjsSlide
		if readSlide(&jsonWalk{raw: []byte(s)}, &slide) {
			t.Errorf("%s was read plainly: it is for encoding/json", s)
		}
	}
	for _, s := range []string{
		`{}`, `{"start_date":{"year":-3500,"month":"2","day":""},"text":{"headline":"A","text":"<p>b</p>"},"group":"g","unique_id":"u"}`,
		`{"start_date":{"year":1},"start_date":{"month":2}}`, `{"media":{"url":"https://x.org/a.png","caption":"c","credit":"d"},"background":{"color":"#fff"}}`,
		`{"display_date":"Summer","start_date":{"year":0,"display_date":"long ago"},"end_date":{"year":"-12"}}`,
		`{"start_date":{"year":"0622","month":"08","day":"-0"},"end_date":{"year":-0}}`,
	} {
		plainReadsAsJSON(t, []byte(s), readSlide)
		var slide tjsSlide
		if !readSlide(&jsonWalk{raw: []byte(s)}, &slide) {
			t.Errorf("%s was not read plainly", s)
		}
	}
}

// FuzzPlainSlide looks for a slide the plain way reads otherwise than
// encoding/json.
func FuzzPlainSlide(f *testing.F) {
	f.Add([]byte(`{"start_date":{"year":1990,"month":"2"},"end_date":{"year":1991},"text":{"headline":"h","text":"t"},"media":{"url":"u"},"group":"g","unique_id":"i"}`))
	f.Fuzz(func(t *testing.T, raw []byte) { plainReadsAsJSON(t, raw, readSlide) })
}
