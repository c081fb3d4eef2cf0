package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"unicode/utf8"
)

// jsonWalk steps through a JSON document's members and elements in place,
// by byte offsets, so that each value can be decoded from the document's
// own bytes: nothing is copied into a decoder's buffer, whatever the size
// of a value. It checks the document's structure between values (colons,
// commas, brackets); a value it steps over unread is checked with
// json.Valid, and one it hands over is checked by decoding it.
type jsonWalk struct {
	raw  []byte
	off  int
	text textArena // the text of the strings read
}

// peek moves past white space and returns the next byte, or 0 at the end.
func (w *jsonWalk) peek() byte {
	for w.off < len(w.raw) {
		switch b := w.raw[w.off]; b {
		case ' ', '\t', '\r', '\n':
			w.off++
		default:
			return b
		}
	}
	return 0
}

// consume moves past the next byte if it is b, and says whether it was.
func (w *jsonWalk) consume(b byte) bool {
	if w.peek() != b {
		return false
	}
	w.off++
	return true
}

// atEnd reports whether nothing but white space is left.
func (w *jsonWalk) atEnd() bool { return w.peek() == 0 && w.off == len(w.raw) }

// value moves past the next value and returns where its bytes start and
// end; ok is false when the input ends inside it or no value starts here.
// It matches brackets and strings but does not check what lies between.
func (w *jsonWalk) value() (start, end int, ok bool) {
	w.peek()
	start = w.off
	depth := 0
	for w.off < len(w.raw) {
		switch b := w.raw[w.off]; b {
		case '"':
			if !w.skipString() {
				return start, w.off, false
			}
			if depth == 0 {
				return start, w.off, true
			}
			continue
		case '[', '{':
			depth++
		case ']', '}':
			if depth == 0 { // the end of the enclosing container
				return start, w.off, w.off > start
			}
			depth--
			if depth == 0 {
				w.off++
				return start, w.off, true
			}
		case ',', ':', ' ', '\t', '\r', '\n':
			if depth == 0 {
				return start, w.off, w.off > start
			}
		}
		w.off++
	}
	return start, w.off, depth == 0 && w.off > start
}

// skipString moves past the string starting at the offset; false when it
// is not closed.
func (w *jsonWalk) skipString() bool {
	i := w.off + 1
	for {
		j := bytes.IndexAny(w.raw[i:], `"\`)
		if j < 0 {
			w.off = len(w.raw)
			return false
		}
		i += j
		if w.raw[i] == '"' {
			w.off = i + 1
			return true
		}
		i += 2 // a backslash and the character it escapes
		if i > len(w.raw) {
			w.off = len(w.raw)
			return false
		}
	}
}

// skip moves past the next value, checking that it is well formed.
func (w *jsonWalk) skip() bool {
	start, end, ok := w.value()
	return ok && json.Valid(w.raw[start:end])
}

// members calls fn for each member of the object that comes next, with
// the member's name and the walk at its value, which fn must move past.
// It reports false when the object is malformed or fn reports false.
func (w *jsonWalk) members(fn func(name string) bool) bool {
	if !w.consume('{') {
		return false
	}
	if w.consume('}') {
		return true
	}
	for {
		start, end, ok := w.value()
		if !ok || w.raw[start] != '"' {
			return false
		}
		name, ok := memberName(w.raw[start:end])
		if !ok {
			return false
		}
		if !w.consume(':') || !fn(name) {
			return false
		}
		switch {
		case w.consume(','):
		case w.consume('}'):
			return true
		default:
			return false
		}
	}
}

// elements calls fn with the index of each element of the array that
// comes next, the walk at the element, which fn must move past. It
// reports false when the array is malformed or fn reports false.
func (w *jsonWalk) elements(fn func(i int) bool) bool {
	if !w.consume('[') {
		return false
	}
	if w.consume(']') {
		return true
	}
	for i := 0; ; i++ {
		if !fn(i) {
			return false
		}
		switch {
		case w.consume(','):
		case w.consume(']'):
			return true
		default:
			return false
		}
	}
}

// decode decodes the next value, a part of the document's member named
// member, into v. A value of the wrong type is reported to c at its place
// in the document, and decoding goes on; it reports false on any other
// error, which it leaves to the whole document's decoding.
func (w *jsonWalk) decode(c *checker, member string, v any) bool {
	start, end, ok := w.value()
	if !ok {
		return false
	}
	err := json.Unmarshal(w.raw[start:end], v)
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return true
	case !errors.As(err, &typ):
		return false
	}
	typ.Offset += int64(start)
	typ.Field = strings.TrimSuffix(member+"."+typ.Field, ".")
	c.decodeError(typ)
	return true
}

// memberName reads a member's quoted name: as it is written unless it has
// escapes, control characters or bytes that are not UTF-8, which
// encoding/json decodes or refuses.
func memberName(quoted []byte) (string, bool) {
	inner := quoted[1 : len(quoted)-1]
	plain := utf8.Valid(inner)
	for _, b := range inner {
		plain = plain && b != '\\' && b >= 0x20
	}
	if plain {
		if name, common := commonMemberNames[string(inner)]; common {
			return name, true
		}
		return string(inner), true
	}
	var name string
	err := json.Unmarshal(quoted, &name)
	return name, err == nil
}

// commonMemberNames are the names of the members timelines are made of,
// kept once rather than made afresh for each event that names them.
var commonMemberNames = map[string]string{}

func init() {
	for _, n := range []string{"id", "title", "start", "end", "approximate", "channel", "topics", "participants",
		"intermediaries", "location", "summary", "outcome", "administration", "sources", "media", "after", "notes", "accounts",
		"by", "says", "source", "events", "start_date", "end_date", "text", "headline", "year", "month", "day",
		"group", "unique_id", "display_date", "url", "caption", "credit", "background", "eras"} {
		commonMemberNames[n] = n
	}
}
