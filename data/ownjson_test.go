package data

import (
	"bytes"
	"strings"
	"testing"
)

// TestJSONRoundTripLosesNothing: the bundled record, and a dataset of its
// own categories, eras, tours, notes and empty lists, read back from what
// WriteDatasetJSON writes as they were; the same dataset writes the same
// bytes, and a change to one field changes one line.
func TestJSONRoundTripLosesNothing(t *testing.T) {
	own := `{"title":"Mine","intro":"About it.","coverage":{"from":"-500","to":"-300"},
"categories":[{"id":"a","label":"Alpha","meaning":"first"},{"id":"b","label":"Beta","role":"pressure"}],
"topics":{"t":"Topic"},
"sources":{"s":{"title":"S","publisher":"P","date":"2001","url":"https://example.org"}},
"eras":[{"id":"e","name":"An era","band":"era","start":"-500","end":"-400"},{"id":"f","name":"Still","band":"era","start":"-399","end":"-300","ongoing":true}],
"tours":[{"name":"Lecture","steps":[{"event":"x","notes":"Begin."}],"viewStart":0,"viewEnd":0}],
"events":[{"id":"x","title":"X <&> \"quoted\"","start":"-499-03","approximate":true,"channel":"a","topics":[],"participants":["P"],
"summary":"Two\nlines","notes":"Ask.","media":"https://example.org/p.jpg","sources":["s"],"accounts":[{"by":"A","says":"Said","source":"s"}]},
{"id":"y","title":"Y","start":"-450","end":"-420","channel":"b","after":"x","sources":["s"]}]}`
	for _, name := range []string{"bundled", "own"} {
		ds, err := Bundled()
		if name == "own" {
			ds, err = Load("own.json", []byte(own))
		}
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteDatasetJSON(&buf, ds); err != nil {
			t.Fatal(err)
		}
		back, err := Load("back.json", buf.Bytes())
		if err != nil {
			t.Fatalf("%s: reading back:\n%v", name, err)
		}
		checkSameDataset(t, name+" through JSON", ds, back)
		var again bytes.Buffer
		WriteDatasetJSON(&again, back)
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Errorf("%s: the same dataset wrote other bytes", name)
		}
		back.Events[0].Summary += " More."
		var changed bytes.Buffer
		WriteDatasetJSON(&changed, back)
		if d := lineDifferences(buf.String(), changed.String()); d != 1 {
			t.Errorf("%s: a one-field change changed %d lines", name, d)
		}
	}
}

// lineDifferences counts the lines where a and b differ, a line for a line.
func lineDifferences(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	n := max(len(la), len(lb)) - min(len(la), len(lb))
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			n++
		}
	}
	return n
}
