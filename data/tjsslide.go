package data

import (
	"bytes"
	"strconv"
)

// A large TimelineJS file is nearly all slides written the plain way, as
// Backchannel's own events are (see jsonevent.go): a slide whose members
// are known, of the types they should be, with date parts written as
// whole numbers, is read here in one walk over its bytes; any other goes
// whole to encoding/json, which reads it as before.

// slideParts is room for a slide's parts that the plain way fills for
// each slide in turn, so that reading a slide allocates only its text.
type slideParts struct {
	start, end tjsDate
	text       tjsText
	media      tjsMedia
}

// plainSlide reads the slide object that comes next into s, its parts in
// room, and reports false, leaving the walk anywhere within it, at the
// first thing it does not read the plain way.
func (w *jsonWalk) plainSlide(s *tjsSlide, room *slideParts) bool {
	if w.peek() != '{' {
		return false
	}
	return w.members(func(name string) bool {
		switch name {
		case "display_date":
			return w.plainString(&s.DisplayDate)
		case "start_date":
			return plainPart(w, &s.StartDate, &room.start, w.plainDate)
		case "end_date":
			return plainPart(w, &s.EndDate, &room.end, w.plainDate)
		case "text":
			return plainPart(w, &s.Text, &room.text, w.plainText)
		case "media":
			return plainPart(w, &s.Media, &room.media, w.plainMedia)
		case "group":
			return w.plainString(&s.Group)
		case "unique_id":
			return w.plainString(&s.UniqueID)
		}
		return !isSlideMember(name) && w.skip()
	})
}

// isSlideMember reports whether encoding/json would take name for one of
// a slide's members, or of its parts', in some letter case.
func isSlideMember(name string) bool {
	return memberNamed(name, "display_date", "start_date", "end_date", "text", "media", "group", "unique_id",
		"year", "month", "day", "headline", "url", "caption", "credit")
}

// plainPart reads an object into *p with read, pointing *p at room,
// emptied, when it is nil (a member given twice fills the same part, as
// encoding/json has it).
func plainPart[T any](w *jsonWalk, p **T, room *T, read func(*T) bool) bool {
	if w.peek() != '{' {
		return false
	}
	if *p == nil {
		var zero T
		*room, *p = zero, room
	}
	return read(*p)
}

// plainDate reads a date's members: parts as whole numbers.
func (w *jsonWalk) plainDate(d *tjsDate) bool {
	return w.members(func(name string) bool {
		switch name {
		case "year":
			return w.plainWhole(&d.Year)
		case "month":
			return w.plainWhole(&d.Month)
		case "day":
			return w.plainWhole(&d.Day)
		case "display_date":
			return w.plainString(&d.DisplayDate)
		}
		return !isSlideMember(name) && w.skip()
	})
}

// plainText reads a slide's text: its headline and its text.
func (w *jsonWalk) plainText(t *tjsText) bool {
	return w.members(func(name string) bool {
		switch name {
		case "headline":
			return w.plainString(&t.Headline)
		case "text":
			return w.plainString(&t.Text)
		}
		return !isSlideMember(name) && w.skip()
	})
}

// plainMedia reads a slide's media: its address, caption and credit.
func (w *jsonWalk) plainMedia(m *tjsMedia) bool {
	return w.members(func(name string) bool {
		switch name {
		case "url":
			return w.plainString(&m.URL)
		case "caption":
			return w.plainString(&m.Caption)
		case "credit":
			return w.plainString(&m.Credit)
		}
		return !isSlideMember(name) && w.skip()
	})
}

// plainWhole reads a date part written as a whole number of at most nine
// digits, bare as JSON writes a number or in a string as spreadsheets
// export them ("1992", "08"), or an empty string, which is no part.
func (w *jsonWalk) plainWhole(f *flexInt) bool {
	quoted := w.peek() == '"'
	start, end, ok := w.value()
	if !ok {
		return false
	}
	text := w.raw[start:end]
	if quoted {
		text = text[1 : len(text)-1]
		if len(text) == 0 {
			*f = flexInt{}
			return true
		}
	} else if digits := bytes.TrimPrefix(text, []byte("-")); len(digits) > 1 && digits[0] == '0' {
		return false // not a JSON number
	}
	part, ok := wholePart(text)
	if ok {
		*f = part
	}
	return ok
}

// wholePart reads a date part written as a whole number of at most nine
// digits, perhaps with a minus sign; its text is kept only when it is not
// how the number is usually written ("08", "-0").
func wholePart(text []byte) (flexInt, bool) {
	digits := bytes.TrimPrefix(text, []byte("-"))
	if len(digits) == 0 || len(digits) > 9 {
		return flexInt{}, false
	}
	var v int64
	for _, b := range digits {
		if b < '0' || b > '9' {
			return flexInt{}, false
		}
		v = 10*v + int64(b-'0')
	}
	if len(digits) < len(text) {
		v = -v
	}
	f := flexInt{set: true, v: v}
	var usual [24]byte
	if !bytes.Equal(strconv.AppendInt(usual[:0], v, 10), text) {
		f.raw = string(text)
	}
	return f, true
}
