package data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// Backchannel's JSON as WriteDatasetJSON writes it: every field the
// schema has, members in a fixed order and one a line, events in the
// dataset's order, so that the same dataset is always the same bytes and a
// one-field change is a one-line difference.

type jsonDataset struct {
	Title      string            `json:"title"`
	Intro      string            `json:"intro,omitempty"`
	Coverage   *rawCoverage      `json:"coverage,omitempty"`
	Categories []Category        `json:"categories,omitempty"`
	Topics     map[string]string `json:"topics,omitempty"`
	Sources    map[string]Source `json:"sources"`
	Eras       []jsonEra         `json:"eras,omitempty"`
	Tours      []Tour            `json:"tours,omitempty"`
	Events     []jsonEvent       `json:"events"`
}

type jsonEra struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Band    string `json:"band"`
	Start   string `json:"start"`
	End     string `json:"end,omitempty"`
	Ongoing bool   `json:"ongoing,omitempty"`
}

// jsonEvent is an event as written; a list is written when it is there,
// even empty, so that it reads back as it was.
type jsonEvent struct {
	ID             string        `json:"id"`
	Title          string        `json:"title"`
	Start          string        `json:"start"`
	End            string        `json:"end,omitempty"`
	Approximate    bool          `json:"approximate,omitempty"`
	Channel        string        `json:"channel"`
	Topics         *[]string     `json:"topics,omitempty"`
	Participants   *[]string     `json:"participants,omitempty"`
	Intermediaries *[]string     `json:"intermediaries,omitempty"`
	Location       string        `json:"location,omitempty"`
	Summary        string        `json:"summary,omitempty"`
	Outcome        string        `json:"outcome,omitempty"`
	Administration string        `json:"administration,omitempty"`
	Sources        *[]string     `json:"sources,omitempty"`
	Media          string        `json:"media,omitempty"`
	After          string        `json:"after,omitempty"`
	Notes          string        `json:"notes,omitempty"`
	Accounts       *[]rawAccount `json:"accounts,omitempty"`
}

// WriteDatasetJSON writes ds in Backchannel's JSON.
func WriteDatasetJSON(w io.Writer, ds *Dataset) error {
	out := jsonDataset{Title: ds.Title, Intro: ds.Intro, Categories: ds.OwnCategories, Topics: ds.Topics,
		Sources: map[string]Source{}, Tours: ds.Tours}
	if !ds.Coverage.To.IsZero() || !ds.Coverage.From.IsZero() {
		out.Coverage = &rawCoverage{From: ds.Coverage.From.ISOOrNone(), To: ds.Coverage.To.ISOOrNone()}
	}
	for id, s := range ds.Sources {
		out.Sources[id] = s
	}
	for _, e := range ds.Eras {
		out.Eras = append(out.Eras, jsonEra{ID: e.ID, Name: e.Name, Band: string(e.Band), Start: e.Start.ISO(), End: e.End.ISOOrNone(), Ongoing: e.Ongoing})
	}
	out.Events = []jsonEvent{}
	// The header as the encoder writes it, then the events one at a time
	// (at 100,000 events, encoding them all at once and then indenting
	// the whole takes more than a second and several copies of the file).
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	const emptyEnd = "[]\n}\n"
	if len(ds.Events) == 0 || !bytes.HasSuffix(head.Bytes(), []byte(emptyEnd)) {
		_, err := w.Write(head.Bytes())
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.Write(head.Bytes()[:head.Len()-len(emptyEnd)])
	if err := writeEventsJSON(bw, ds); err != nil {
		return err
	}
	return bw.Flush()
}

// writeEventsJSON writes ds's events as the list WriteDatasetJSON ends
// with, indented as the encoder indents it.
func writeEventsJSON(bw *bufio.Writer, ds *Dataset) error {
	bw.WriteString("[\n")
	one := make([]byte, 0, 4096)
	for i, e := range ds.Events {
		one = appendEventJSON(append(one[:0], "    "...), ds, e)
		if i < len(ds.Events)-1 {
			one = append(one, ',')
		}
		bw.Write(append(one, '\n'))
	}
	_, err := bw.WriteString("  ]\n}\n")
	return err
}
