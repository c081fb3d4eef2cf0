package data

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// eventJSON is event e of ds as a jsonEvent, the schema's own form: what
// appendEventJSON writes is checked against encoding/json's writing of it.
func eventJSON(ds *Dataset, e *Event) jsonEvent {
	out := jsonEvent{ID: e.ID, Title: e.Title, Start: e.Start.ISO(), End: e.End.ISOOrNone(), Approximate: e.Approximate,
		Channel: ds.Category(e.Channel).ID, Topics: listOrNone(e.Topics), Participants: listOrNone(e.Participants),
		Intermediaries: listOrNone(e.Intermediaries), Location: e.Location, Summary: e.Summary, Outcome: e.Outcome,
		Administration: e.Administration, Sources: listOrNone(e.Sources), Media: e.Media, After: e.After, Notes: e.Notes}
	if e.Accounts != nil {
		accounts := make([]rawAccount, len(e.Accounts))
		for i, a := range e.Accounts {
			accounts[i] = rawAccount(a)
		}
		out.Accounts = &accounts
	}
	return out
}

// listOrNone is a list to write, or none where there is none.
func listOrNone(list []string) *[]string {
	if list == nil {
		return nil
	}
	return &list
}

// encodedEvent is event e as the dataset's encoder writes it in its list.
func encodedEvent(t *testing.T, ds *Dataset, e *Event) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(eventJSON(ds, e)); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// TestEventsAreWrittenAsTheEncoderWritesThem compares appendEventJSON
// with encoding/json, byte for byte: every event of the record, events
// with every field and with lists there but empty, and texts of control
// characters, quotes, HTML, separators, bytes that are not UTF-8 and
// random bytes.
func TestEventsAreWrittenAsTheEncoderWritesThem(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	odd := "\x00\x01\x1f\b\f\n\r\t\"\\<>&\u2028\u2029\xff\xfe\xc3 é 中 \U0001F600 \x7f end"
	events := append([]*Event(nil), ds.Events...)
	events = append(events,
		&Event{ID: "all", Title: odd, Start: MustParseDate("1990-02-03"), End: MustParseDate("1991"), Approximate: true, Channel: Secret,
			Topics: []string{"a", odd}, Participants: []string{odd}, Intermediaries: []string{"x"}, Location: odd, Summary: odd,
			Outcome: odd, Administration: "bush41", Sources: []string{"s"}, Media: "https://example.org/?a=1&b=<2>", After: "x", Notes: odd,
			Accounts: []Account{{By: odd, Says: odd, Source: "s"}, {By: "b", Says: "c", Source: ""}}},
		&Event{ID: "empty-lists", Title: "T", Start: MustParseDate("2000"), Topics: []string{}, Participants: []string{},
			Intermediaries: []string{}, Sources: []string{}, Accounts: []Account{}},
		&Event{ID: "", Title: "", Start: MustParseDate("2001-05")})
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = byte(rng.IntN(256))
		}
		events = append(events, &Event{ID: string(b), Title: string(b[len(b)/2:]), Start: MustParseDate("1980"), Topics: []string{string(b)}, Notes: string(rune(i))})
	}
	for _, e := range events {
		want := encodedEvent(t, ds, e)
		if got := appendEventJSON(nil, ds, e); !bytes.Equal(got, want) {
			t.Fatalf("event %q written as\n%s\nthe encoder writes\n%s", e.ID, got, want)
		}
	}
}
