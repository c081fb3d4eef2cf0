package data

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
)

// csvScanner reads CSV records straight from a file's bytes, by the rules
// of encoding/csv's Reader with a comma, no comments, strict quotes and
// any number of fields: the same records, the same places, the same
// errors. Unlike the Reader it copies nothing but the text it returns,
// which it sizes exactly, so that a field of many megabytes costs its own
// size and no more.
type csvScanner struct {
	raw    []byte
	off    int // bytes read
	line   int // lines read
	ends   []int
	places []csvPlace
	text   strings.Builder
	length int // bytes of the record being written, when counting
	count  bool
}

// csvPlace is where a field starts: its line and its column in bytes.
type csvPlace struct{ line, col int }

// csvLine is one line of the file as the Reader sees it: its text without
// the line end ("\r\n" or "\n", or a "\r" at the end of the file), and
// whether it had a line end.
type csvLine struct {
	text    []byte
	newline bool
}

// size is the line's length with its line end written as one byte.
func (l csvLine) size() int {
	if l.newline {
		return len(l.text) + 1
	}
	return len(l.text)
}

func newCSVScanner(raw []byte) *csvScanner { return &csvScanner{raw: raw} }

// InputOffset is how many bytes have been read.
func (s *csvScanner) InputOffset() int64 { return int64(s.off) }

// FieldPos is the line and byte column where field i of the last record
// read starts.
func (s *csvScanner) FieldPos(i int) (line, col int) {
	return s.places[i].line, s.places[i].col
}

// nextLine reads a line; at the end of the file it returns an empty line
// and false. Like the Reader, it counts a line either way.
func (s *csvScanner) nextLine() (csvLine, bool) {
	s.line++
	rest := s.raw[s.off:]
	if len(rest) == 0 {
		return csvLine{}, false
	}
	i := bytes.IndexByte(rest, '\n')
	if i < 0 {
		s.off += len(rest)
		return csvLine{text: bytes.TrimSuffix(rest, []byte{'\r'})}, true
	}
	s.off += i + 1
	return csvLine{text: bytes.TrimSuffix(rest[:i], []byte{'\r'}), newline: true}, true
}

// Skip reads past the next record without keeping it, and returns what
// Read would have returned as its error.
func (s *csvScanner) Skip() error {
	_, _, err := s.measure()
	return err
}

// measure reads the next record, counting the length of its text, and
// returns its first line and where reading stood just after it.
func (s *csvScanner) measure() (csvLine, [2]int, error) {
	for {
		l, ok := s.nextLine()
		if !ok {
			return l, [2]int{}, io.EOF
		}
		if len(l.text) > 0 {
			after := [2]int{s.off, s.line}
			s.count, s.length = true, 0
			return l, after, s.parse(l)
		}
	}
}

// Read returns the next record, or io.EOF after the last.
func (s *csvScanner) Read() ([]string, error) {
	l, after, err := s.measure()
	if err != nil {
		return nil, err
	}
	// Read the record again from its first line, writing its text.
	s.off, s.line = after[0], after[1]
	s.count = false
	s.text.Reset()
	s.text.Grow(s.length)
	_ = s.parse(l)
	text := s.text.String()
	s.text = strings.Builder{}
	record := make([]string, len(s.ends))
	from := 0
	for i, end := range s.ends {
		record[i], from = text[from:end], end
	}
	return record, nil
}

// write adds b to the record's text, or when counting adds up its length.
func (s *csvScanner) write(b []byte) {
	if s.count {
		s.length += len(b)
		return
	}
	s.text.Write(b)
}

func (s *csvScanner) endField(at csvPlace) {
	end := s.text.Len()
	if s.count {
		end = s.length
	}
	s.ends = append(s.ends, end)
	s.places = append(s.places, at)
}

// parse reads the fields of the record starting with line l.
func (s *csvScanner) parse(l csvLine) error {
	if n := bytes.Count(l.text, []byte{','}) + 1; cap(s.ends) < n {
		// As many fields as the first line has commas, for a start.
		s.ends, s.places = make([]int, 0, n), make([]csvPlace, 0, n)
	}
	s.ends, s.places = s.ends[:0], s.places[:0]
	first := s.line
	at := csvPlace{line: s.line, col: 1}
	for {
		if len(l.text) == 0 || l.text[0] != '"' {
			field, rest, more := cutComma(l.text)
			if j := bytes.IndexByte(field, '"'); j >= 0 {
				return &csv.ParseError{StartLine: first, Line: s.line, Column: at.col + j, Err: csv.ErrBareQuote}
			}
			s.write(field)
			s.endField(at)
			if !more {
				return nil
			}
			at.col += len(field) + 1
			l.text = rest
			continue
		}
		var more bool
		var err error
		if l, more, err = s.quoted(&at, l, first); err != nil || !more {
			return err
		}
	}
}

// quoted reads a quoted field starting at l's text, and perhaps lines
// after l; it returns what follows the field on its last line and whether
// another field follows.
func (s *csvScanner) quoted(at *csvPlace, l csvLine, first int) (csvLine, bool, error) {
	start := *at
	text := l.text[1:]
	at.col++
	for {
		i := bytes.IndexByte(text, '"')
		switch {
		case i >= 0:
			s.write(text[:i])
			text = text[i+1:]
			at.col += i + 1
			switch {
			case len(text) > 0 && text[0] == '"':
				s.write(text[:1])
				text = text[1:]
				at.col++
			case len(text) > 0 && text[0] == ',':
				at.col++
				s.endField(start)
				return csvLine{text: text[1:], newline: l.newline}, true, nil
			case len(text) == 0:
				s.endField(start)
				return l, false, nil
			default:
				return l, false, &csv.ParseError{StartLine: first, Line: s.line, Column: at.col - 1, Err: csv.ErrQuote}
			}
		case len(text) > 0 || l.newline:
			// The field goes on past the line's end.
			s.write(text)
			if l.newline {
				s.write([]byte{'\n'})
			}
			at.col += len(text)
			if l.newline {
				at.col++
			}
			l, _ = s.nextLine()
			if l.size() > 0 {
				at.line++
				at.col = 1
			}
			text = l.text
		default:
			return l, false, &csv.ParseError{StartLine: first, Line: at.line, Column: at.col, Err: csv.ErrQuote}
		}
	}
}

// cutComma splits text at its first comma: the field before it, the text
// after it, and whether there was one.
func cutComma(text []byte) (field, rest []byte, found bool) {
	if i := bytes.IndexByte(text, ','); i >= 0 {
		return text[:i], text[i+1:], true
	}
	return text, nil, false
}
