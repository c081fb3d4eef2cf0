package data

import (
	"encoding/json"
	"reflect"
	"testing"
)

// plainAgrees decodes raw as one event both ways, and says how they
// differ when the plain way takes it.
func plainAgrees(t *testing.T, raw []byte) {
	t.Helper()
	plainReadsAsJSON(t, raw, (*jsonWalk).plainEvent)
}

// plainReadsAsJSON decodes raw as one value both ways, the plain way with
// read, and says how they differ when the plain way takes it.
func plainReadsAsJSON[T any](t *testing.T, raw []byte, read func(*jsonWalk, *T) bool) {
	t.Helper()
	var plain, full T
	if !read(&jsonWalk{raw: raw}, &plain) {
		return
	}
	w := &jsonWalk{raw: raw}
	if _, _, ok := w.value(); !ok || !w.atEnd() {
		return // a value followed by more: not one value
	}
	if err := json.Unmarshal(raw, &full); err != nil {
		t.Fatalf("%q: read plainly, but encoding/json says %v", raw, err)
	}
	if !reflect.DeepEqual(plain, full) {
		t.Fatalf("%q: read plainly as\n%#v\nencoding/json reads\n%#v", raw, plain, full)
	}
}

// TestPlainEventsReadAsEncodingJSON holds the plain reading of events to
// encoding/json's on every event of the bundled record and on events
// written in the ways that must go to encoding/json instead.
func TestPlainEventsReadAsEncodingJSON(t *testing.T) {
	var doc struct{ Events []json.RawMessage }
	if err := json.Unmarshal(bundledJSON, &doc); err != nil {
		t.Fatal(err)
	}
	plain := 0
	for _, e := range doc.Events {
		plainAgrees(t, e)
		var re rawEvent
		if (&jsonWalk{raw: e}).plainEvent(&re) {
			plain++
		}
	}
	if plain != len(doc.Events) {
		t.Errorf("%d of the record's %d events read plainly, want all", plain, len(doc.Events))
	}
	notPlain := []string{
		`{"id":"a\u0062\x"}`, `{"id":null}`, `{"ID":"x"}`, `{"title":1}`, `{"sources":null}`, `{"sources":["a",null]}`,
		`{"approximate":"yes"}`, `{"approximate":truex}`, `{"x":[1 2]}`, `{"id":"x",}`, `{"id":"\xff"}`, "{\"id\":\"a\tb\"}",
		`{"accounts":[{"By":"x"}]}`, `{"accounts":[1]}`, `[]`, `{"id" "x"}`, `{"\u212aey":1}`,
	}
	for _, s := range notPlain {
		var re rawEvent
		if (&jsonWalk{raw: []byte(s)}).plainEvent(&re) {
			t.Errorf("%s was read plainly: it is for encoding/json", s)
		}
	}
	for _, s := range []string{`{}`, `{"id":"a\u0062\"c\\"}`, `{"sources":[]}`, `{"accounts":[]}`, `{"id":"x","id":"y"}`, `{"x":{"y":[1,true,null,"z"]},"id":"a"}`,
		`{ "approximate" : true , "topics" : [ "a" , "b" ] }`, `{"id":"x","notes":"For the lecture: ask who wrote first."}`, `{"accounts":[{"by":"U.S.","says":"…","source":"s","extra":2}]}`} {
		plainAgrees(t, []byte(s))
		var re rawEvent
		if !(&jsonWalk{raw: []byte(s)}).plainEvent(&re) {
			t.Errorf("%s was not read plainly", s)
		}
	}
}

// FuzzPlainEvent looks for an event the plain way reads otherwise than
// encoding/json.
func FuzzPlainEvent(f *testing.F) {
	f.Add([]byte(`{"id":"x","title":"T","start":"1990","sources":["a"],"approximate":false,"accounts":[{"by":"b","says":"s","source":"a"}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) { plainAgrees(t, raw) })
}
