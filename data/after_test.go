package data

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// followsDataset has a reaction dated to its month and the speech it
// answers dated to the day, within that month, listed reaction first.
const followsDataset = `{
  "title": "Follows",
  "sources": {"s": {"title": "Notes"}},
  "events": [
    {"id": "reaction", "title": "Reaction", "start": "2000-03", "channel": "public", "after": "speech", "sources": ["s"]},
    {"id": "speech", "title": "Speech", "start": "2000-03-17", "channel": "public", "sources": ["s"]},
    {"id": "answer", "title": "Answer to the reaction", "start": "2000-03", "channel": "direct", "after": "reaction", "sources": ["s"]},
    {"id": "before", "title": "Before", "start": "2000-02-01", "channel": "direct", "sources": ["s"]},
    {"id": "later", "title": "Later", "start": "2000-03-20", "channel": "direct", "sources": ["s"]}
  ]
}`

func ids(events []*Event) string {
	var out []string
	for _, e := range events {
		out = append(out, e.ID)
	}
	return strings.Join(out, " ")
}

// TestAReactionComesAfterItsCause: an event that names the event it
// follows comes after it where their dates cannot tell (the month of a
// speech and the speech's day), chains included; the rest by start; the
// bundled record presents Albright's speech before Tehran's answer
// (#17 item 8).
func TestAReactionComesAfterItsCause(t *testing.T) {
	ds, err := Load("follows.json", []byte(followsDataset))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(ds.Events), "before speech reaction answer later"; got != want {
		t.Errorf("order %q, want %q", got, want)
	}
	// Back through Backchannel's CSV, the link and the order stay.
	var buf bytes.Buffer
	if err := WriteDatasetCSV(&buf, ds); err != nil {
		t.Fatal(err)
	}
	back, err := LoadAny("follows.csv", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(back.Events); got != ids(ds.Events) || back.Events[2].After != "speech" {
		t.Errorf("from CSV: order %q, reaction after %q", got, back.Events[2].After)
	}
	bundled, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, e := range bundled.Events {
		at[e.ID] = i
	}
	if at["albright-speech"] > at["tehran-rejects-albright"] {
		t.Error("the bundled record puts Tehran's answer before Albright's speech")
	}
}

// TestAfterMustNameAnEarlierEvent: after names an event of the dataset,
// not the event itself, and not one that starts once its date is over.
func TestAfterMustNameAnEarlierEvent(t *testing.T) {
	for _, tc := range []struct{ after, start, want string }{
		{"nobody", "2000-03", `follows unknown event "nobody"`},
		{"reaction", "2000-03", "follows itself"},
		{"speech", "2000-02", `cannot follow "speech", which starts later (17 Mar 2000)`},
	} {
		doc := strings.Replace(strings.Replace(followsDataset, `"after": "speech"`, `"after": "`+tc.after+`"`, 1),
			`"start": "2000-03", "channel": "public"`, `"start": "`+tc.start+`", "channel": "public"`, 1)
		_, err := Load("follows.json", []byte(doc))
		var ps Problems
		if !errors.As(err, &ps) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "follows.json:5:") {
			t.Errorf("after %q from %s: %v, want %q at line 5", tc.after, tc.start, err, tc.want)
		}
	}
}
