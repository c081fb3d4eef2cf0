package data

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// The events of Backchannel's JSON are most of a large file, and nearly
// all are written the plain way: known members, each of the type it
// should be, strings in UTF-8. Such an event is read here in one
// walk over its bytes. Anything else (an escape, a null, a number where a
// string belongs, a member named in other letter case) sends the event
// whole to encoding/json, which reads it as before and says what is wrong, so
// the two ways give the same events and the same messages. (A string with
// escapes is decoded alone by encoding/json.)

// plainEvent reads the event object that comes next into re, and reports
// false, leaving the walk anywhere within it, at the first thing it does
// not read the plain way.
func (w *jsonWalk) plainEvent(re *rawEvent) bool {
	if w.peek() != '{' {
		return false
	}
	return w.members(func(name string) bool {
		switch name {
		case "id":
			return w.plainString(&re.ID)
		case "title":
			return w.plainString(&re.Title)
		case "start":
			return w.plainString(&re.Start)
		case "end":
			return w.plainString(&re.End)
		case "approximate":
			return w.plainBool(&re.Approximate)
		case "channel":
			return w.plainString(&re.Channel)
		case "topics":
			return w.plainStrings(&re.Topics)
		case "participants":
			return w.plainStrings(&re.Participants)
		case "intermediaries":
			return w.plainStrings(&re.Intermediaries)
		case "location":
			return w.plainString(&re.Location)
		case "summary":
			return w.plainString(&re.Summary)
		case "outcome":
			return w.plainString(&re.Outcome)
		case "administration":
			return w.plainString(&re.Administration)
		case "sources":
			return w.plainStrings(&re.Sources)
		case "media":
			return w.plainString(&re.Media)
		case "after":
			return w.plainString(&re.After)
		case "notes":
			return w.plainString(&re.Notes)
		case "accounts":
			return w.plainAccounts(&re.Accounts)
		}
		return !isEventMember(name) && w.skip()
	})
}

// isEventMember reports whether encoding/json would take name for one of
// an event's members: it matches them regardless of letter case.
func isEventMember(name string) bool {
	return memberNamed(name, "id", "title", "start", "end", "approximate", "channel", "topics", "participants",
		"intermediaries", "location", "summary", "outcome", "administration", "sources", "media", "after", "notes", "accounts",
		"by", "says", "source")
}

// memberNamed reports whether name is one of names in some letter case
// (the Kelvin sign and the long s fold into k and s, as encoding/json
// has it).
func memberNamed(name string, names ...string) bool {
	if bytes.ContainsAny([]byte(name), "\u212a\u017f") {
		return true
	}
	for _, n := range names {
		if len(n) == len(name) && bytes.EqualFold([]byte(n), []byte(name)) {
			return true
		}
	}
	return false
}

// plainString reads a string in UTF-8 into s; one with escapes is
// decoded by encoding/json, alone.
func (w *jsonWalk) plainString(s *string) bool {
	if w.peek() != '"' {
		return false
	}
	start := w.off + 1
	for i := start; i < len(w.raw); i++ {
		switch b := w.raw[i]; {
		case b == '"':
			text := w.raw[start:i]
			if !utf8.Valid(text) {
				return false
			}
			*s, w.off = w.text.string(text), i+1
			return true
		case b == '\\':
			from, to, ok := w.value()
			var unescaped string
			if !ok || !utf8.Valid(w.raw[from:to]) || json.Unmarshal(w.raw[from:to], &unescaped) != nil {
				return false
			}
			*s = w.text.string([]byte(unescaped))
			return true
		case b < 0x20:
			return false
		}
	}
	return false
}

// plainStrings reads an array of plain strings into list.
func (w *jsonWalk) plainStrings(list *[]string) bool {
	if w.peek() != '[' {
		return false
	}
	w.text.startList()
	ok := w.elements(func(int) bool {
		var s string
		ok := w.plainString(&s)
		w.text.addToList(s)
		return ok
	})
	*list = w.text.endList() // [] is an empty list, not none, as encoding/json has it
	return ok
}

// plainBool reads true or false into v.
func (w *jsonWalk) plainBool(v *bool) bool {
	start, end, ok := w.value()
	switch {
	case !ok:
		return false
	case string(w.raw[start:end]) == "true":
		*v = true
	case string(w.raw[start:end]) == "false":
		*v = false
	default:
		return false
	}
	return true
}

// plainAccounts reads an array of accounts, each an object of plain
// strings, into list.
func (w *jsonWalk) plainAccounts(list *[]rawAccount) bool {
	if w.peek() != '[' {
		return false
	}
	*list = []rawAccount{}
	return w.elements(func(int) bool {
		var a rawAccount
		ok := w.peek() == '{' && w.members(func(name string) bool {
			switch name {
			case "by":
				return w.plainString(&a.By)
			case "says":
				return w.plainString(&a.Says)
			case "source":
				return w.plainString(&a.Source)
			}
			return !isEventMember(name) && w.skip()
		})
		*list = append(*list, a)
		return ok
	})
}
