package data

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// The head read the plain way is what encoding/json reads, for the bundled
// record, the fixtures and heads of other shapes; what it does not read
// the plain way is left to encoding/json.
func TestTheHeadReadThePlainWayIsEncodingJSONs(t *testing.T) {
	docs := map[string]string{
		"bundled":                 string(bundledJSON),
		"empty":                   `{}`,
		"unknown members skipped": `{"title":"T","x":{"a":[1,2]},"events":[]}`,
		"escapes":                 `{"title":"A \"quoted\" \u00e9","topics":{"n\u0075c":"Nuclear"},"events":null}`,
		"duplicate source keys":   `{"sources":{"a":{"title":"one"},"a":{"title":"two","date":"2001"}},"events":[]}`,
		"duplicate source fields": `{"sources":{"a":{"title":"one","title":"two"}},"events":[]}`,
		"eras":                    `{"eras":[{"id":"x","name":"X","band":"b","start":"1990","ongoing":true},{}],"events":[]}`,
		"empty lists and maps":    `{"eras":[],"topics":{},"sources":{},"coverage":{},"events":[]}`,
		"source id ignored":       `{"sources":{"a":{"id":"not kept","url":"https://example.org"}},"events":[]}`,
	}
	for name, doc := range docs {
		if _, ok := plainHead([]byte(doc)); !ok {
			t.Errorf("%s: not read the plain way", name)
		}
	}
	fixtures, _ := filepath.Glob("../../shared/fixtures/timelinejs/*.json")
	for _, f := range fixtures {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(f)] = string(raw) // other people's, of any shape
	}
	for name, doc := range docs {
		plain, ok := plainHead([]byte(doc))
		if !ok {
			continue
		}
		c := &checker{file: name, pos: &lazyJSON{raw: []byte(doc)}}
		want, _ := c.decodeHeadByJSON([]byte(doc))
		if !reflect.DeepEqual(plain, want) {
			t.Errorf("%s: the plain way read\n%+v\nencoding/json\n%+v", name, plain, want)
		}
	}
	for name, doc := range map[string]string{
		"a member twice":           `{"title":"a","title":"b","events":[]}`,
		"a member in another case": `{"Title":"a","events":[]}`,
		"events in another case":   `{"Events":[]}`,
		"categories":               `{"categories":[],"events":[]}`,
		"a null":                   `{"title":null,"events":[]}`,
		"a number for a string":    `{"eras":[{"id":1}],"events":[]}`,
		"not an object":            `[]`,
		"something after":          `{"events":[]} x`,
		"invalid UTF-8":            "{\"title\":\"\xff\",\"events\":[]}",
		"an unknown member broken": `{"x":[1,,2],"events":[]}`,
	} {
		if _, ok := plainHead([]byte(doc)); ok {
			t.Errorf("%s: read the plain way; encoding/json should read it", name)
		}
	}
}
