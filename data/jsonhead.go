package data

import (
	"encoding/json"
	"errors"
	"strings"
)

// jsonHead is a dataset file read without its events, which are read one
// at a time afterwards.
type jsonHead struct {
	rawDataset
	Events skippedJSON `json:"events"`
}

// skippedJSON is a value left for later: decoding it keeps nothing.
type skippedJSON struct{}

// UnmarshalJSON keeps nothing of the value.
func (*skippedJSON) UnmarshalJSON([]byte) error { return nil }

// decodeHead decodes everything of a dataset file but its events, which
// are most of a large file: it decodes a copy of the file with the events
// cut out, or the whole file when they cannot be found in one place. A
// problem is reported at its place in the file; ok is false when the head
// is not worth checking.
func (c *checker) decodeHead(raw []byte) (rd rawDataset, ok bool) {
	if rd, ok := plainHead(raw); ok {
		return rd, true
	}
	return c.decodeHeadByJSON(raw)
}

// decodeHeadByJSON decodes everything but the events with encoding/json,
// which says where the document is wrong.
func (c *checker) decodeHeadByJSON(raw []byte) (rd rawDataset, ok bool) {
	text, cut, cutFrom, cutTo := raw, false, 0, 0
	if from, to, found := eventsExtent(raw); found {
		text = make([]byte, 0, len(raw)-(to-from)+4)
		text = append(append(append(text, raw[:from]...), "null"...), raw[to:]...)
		cut, cutFrom, cutTo = true, from, to
	}
	var head jsonHead
	err := json.Unmarshal(text, &head)
	// Offsets past the cut are moved back to where they are in the file.
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return head.rawDataset, true
	case cut && errors.As(err, &syn) && syn.Offset > int64(cutFrom+len("null")):
		syn.Offset += int64(cutTo - cutFrom - len("null"))
	case cut && errors.As(err, &typ) && typ.Offset > int64(cutFrom+len("null")):
		typ.Offset += int64(cutTo - cutFrom - len("null"))
	}
	return head.rawDataset, c.decodeError(err)
}

// eventsExtent finds where the value of the document's one "events" member
// starts and ends; found is false when the document is not an object, or
// names its events more than once or not at all.
func eventsExtent(raw []byte) (from, to int, found bool) {
	w := &jsonWalk{raw: raw}
	n := 0
	whole := w.members(func(name string) bool {
		start, end, ok := w.value()
		if strings.EqualFold(name, "events") { // encoding/json's rule for member names
			from, to, n = start, end, n+1
		}
		return ok
	})
	return from, to, whole && n == 1
}

// reportMalformed reports where raw is not well-formed JSON, as decoding
// it whole says: for a document whose events could not all be read.
func (c *checker) reportMalformed(raw []byte) {
	var whole jsonHead
	var syn *json.SyntaxError
	if err := json.Unmarshal(raw, &whole); errors.As(err, &syn) {
		c.decodeError(syn)
		return
	}
	c.add(Problem{File: c.file, Line: 1, Col: 1, Message: "malformed JSON: its events could not be read"})
}
