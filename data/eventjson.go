package data

import "unicode/utf8"

// An event as WriteDatasetJSON writes it in its list, written field by
// field: the object encoding/json makes of a jsonEvent, indented as the
// dataset's encoder indents it, byte for byte. The encoder's own way (the
// object encoded, then indented by a second pass over every byte) took
// half of the time saving 100,000 events takes.

// Where an event's lines begin: its fields, a list's items, and an
// account's fields.
const (
	eventFieldIndent   = "\n      "
	eventItemIndent    = "\n        "
	accountFieldIndent = "\n          "
)

// eventWriter appends one event's object to b.
type eventWriter struct {
	b     []byte
	first bool // no field written yet
}

// appendEventJSON appends event e of ds, as a jsonEvent, to b.
func appendEventJSON(b []byte, ds *Dataset, e *Event) []byte {
	w := eventWriter{b: append(b, '{'), first: true}
	w.text("id", e.ID, true)
	w.text("title", e.Title, true)
	w.text("start", e.Start.ISO(), true)
	w.text("end", e.End.ISOOrNone(), false)
	if e.Approximate {
		w.field("approximate")
		w.b = append(w.b, "true"...)
	}
	w.text("channel", ds.Category(e.Channel).ID, true)
	w.list("topics", e.Topics)
	w.list("participants", e.Participants)
	w.list("intermediaries", e.Intermediaries)
	w.text("location", e.Location, false)
	w.text("summary", e.Summary, false)
	w.text("outcome", e.Outcome, false)
	w.text("administration", e.Administration, false)
	w.list("sources", e.Sources)
	w.text("media", e.Media, false)
	w.text("after", e.After, false)
	w.text("notes", e.Notes, false)
	w.accounts(e.Accounts)
	return append(w.b, "\n    }"...)
}

// field starts the member name.
func (w *eventWriter) field(name string) {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.b = append(w.b, eventFieldIndent...)
	w.b = appendJSONString(w.b, name)
	w.b = append(w.b, ": "...)
}

// text writes a string member; an empty one only where always.
func (w *eventWriter) text(name, value string, always bool) {
	if value == "" && !always {
		return
	}
	w.field(name)
	w.b = appendJSONString(w.b, value)
}

// list writes a list of strings where there is one, even empty.
func (w *eventWriter) list(name string, items []string) {
	if items != nil {
		w.array(name, len(items), func(i int) { w.b = appendJSONString(w.b, items[i]) })
	}
}

// accounts writes the accounts where there are any, even none.
func (w *eventWriter) accounts(accounts []Account) {
	if accounts == nil {
		return
	}
	w.array("accounts", len(accounts), func(i int) {
		a := accounts[i]
		w.b = append(w.b, '{')
		for k, m := range [3][2]string{{"by", a.By}, {"says", a.Says}, {"source", a.Source}} {
			if k > 0 {
				w.b = append(w.b, ',')
			}
			w.b = append(w.b, accountFieldIndent...)
			w.b = appendJSONString(w.b, m[0])
			w.b = append(w.b, ": "...)
			w.b = appendJSONString(w.b, m[1])
		}
		w.b = append(w.b, eventItemIndent...)
		w.b = append(w.b, '}')
	})
}

// array writes a member holding n items, each on its own line, written
// by item; "[]" where there are none.
func (w *eventWriter) array(name string, n int, item func(i int)) {
	w.field(name)
	if n == 0 {
		w.b = append(w.b, "[]"...)
		return
	}
	w.b = append(w.b, '[')
	for i := range n {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, eventItemIndent...)
		item(i)
	}
	w.b = append(w.b, eventFieldIndent...)
	w.b = append(w.b, ']')
}

// appendJSONString appends s quoted as encoding/json quotes it without
// escaping HTML: quotes, backslashes and control characters escaped, a
// byte that is not UTF-8 written as U+FFFD, and the line and paragraph
// separators escaped (JavaScript reads them as line ends).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
