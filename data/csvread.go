package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// csvTable is a CSV file open for import: its header, its columns found
// by header name, and the text its rows are read from, one at a time, so
// that no more than a row is held unless the reader keeps it.
type csvTable struct {
	file    string
	raw     []byte
	columns map[string]int // lower-case header name to column
}

type csvRow struct {
	cells []string
	line  int   // the line the row starts on
	off   int64 // the byte where the row starts
	cols  []int // the column (in characters) of each cell; nil until a problem needs them
}

// readCSV opens raw as CSV with a header row. It accepts a BOM, CRLF line
// ends and rows shorter than the header (missing cells are empty); it
// refuses text that is not UTF-8; CSV malformed further on is reported by
// each as it comes to it. known lists the header names the format
// uses; any other header is ignored and named in a warning (the first
// MaxProblems of them, and a count of the rest).
func readCSV(file string, raw []byte, known []string) (*csvTable, Problems, Problems) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, Problems{{File: file, Line: 1, Col: 1, Message: "empty file: want a header row and one row an event"}}, nil
	}
	if int64(len(raw)) >= 1<<32 {
		return nil, Problems{{File: file, Line: 1, Col: 1, Message: "larger than 4 GB: Backchannel reads a CSV file of up to 4 GB"}}, nil
	}
	if !utf8.Valid(raw) {
		line, col := firstInvalidUTF8(raw)
		return nil, Problems{{File: file, Line: line, Col: col, Message: "not UTF-8 text: save the spreadsheet as CSV UTF-8"}}, nil
	}
	t := &csvTable{file: file, raw: raw, columns: map[string]int{}}
	r := t.reader(0)
	header, err := r.Read()
	if err != nil {
		return nil, Problems{csvProblem(file, err)}, nil
	}
	var warnings Problems
	unlisted := 0
	isKnown := map[string]bool{}
	for _, k := range known {
		isKnown[strings.ToLower(k)] = true
	}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if name == "" {
			continue
		}
		if !isKnown[name] {
			if len(warnings) == MaxProblems {
				unlisted++
				continue
			}
			_, col := r.FieldPos(i)
			warnings = append(warnings, Problem{File: file, Line: 1, Col: col, Message: fmt.Sprintf("unknown column %q ignored", strings.TrimSpace(h))})
			continue
		}
		t.columns[name] = i
	}
	if unlisted > 0 {
		warnings = append(warnings, Problem{File: file, Message: fmt.Sprintf("and %s more unknown columns ignored", FormatCount(unlisted))})
	}
	return t, nil, warnings
}

// reader reads records from raw, starting at byte off.
func (t *csvTable) reader(off int64) *csvScanner { return newCSVScanner(t.raw[off:]) }

// each hands every row after the header to fn, in order, each row read
// afresh, until fn says to stop; fn may keep a row it is handed.
func (t *csvTable) each(fn func(r csvRow) (more bool)) error {
	r := t.reader(0)
	if _, err := r.Read(); err != nil {
		return err
	}
	for {
		off := r.InputOffset()
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if !fn(csvRow{cells: rec, line: recordLine(r), off: off}) {
			return nil
		}
	}
}

// rows counts the rows after the header, as far as the CSV is well
// formed, reading them without keeping them: for sizing what holds them.
func (t *csvTable) rows() int {
	r := t.reader(0)
	n := -1
	for r.Skip() == nil {
		n++
	}
	return max(n, 0)
}

// recordLine is the line the record just read starts on.
func recordLine(r *csvScanner) int {
	line, _ := r.FieldPos(0)
	return line
}

// rowAt reads the row that starts at byte off on the given line again,
// with the places of its cells: rows are read without them, as most rows
// have no problem to place.
func (t *csvTable) rowAt(off int64, line int) csvRow {
	r := t.reader(off)
	rec, err := r.Read()
	if err != nil {
		return csvRow{line: line, off: off}
	}
	first, _ := r.FieldPos(0)
	return rowOf(r, rec, off, line-first)
}

// rowOf is a record just read by r, with its cells' places; lines are
// moved by shift, for a reader that started part way into the file.
func rowOf(r *csvScanner, rec []string, off int64, shift int) csvRow {
	row := csvRow{cells: rec, off: off, cols: make([]int, len(rec))}
	for i := range rec {
		line, col := r.FieldPos(i)
		if i == 0 {
			row.line = line + shift
		}
		row.cols[i] = col
	}
	return row
}

// cell returns the trimmed value of a named column in a row.
func (t *csvTable) cell(r csvRow, name string) string {
	i, ok := t.columns[name]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

// at is a problem at a named column of a row.
func (t *csvTable) at(r csvRow, name, format string, args ...any) Problem {
	if r.cols == nil && len(r.cells) > 0 {
		r = t.rowAt(r.off, r.line)
	}
	col := 1
	if i, ok := t.columns[name]; ok && i < len(r.cols) {
		col = r.cols[i]
	}
	return Problem{File: t.file, Line: r.line, Col: col, Message: fmt.Sprintf(format, args...)}
}

// missing names the required columns the header lacks.
func (t *csvTable) missing(required ...string) Problems {
	var ps Problems
	for _, name := range required {
		if _, ok := t.columns[name]; !ok {
			ps = append(ps, Problem{File: t.file, Line: 1, Col: 1, Message: fmt.Sprintf("missing column %q", name)})
		}
	}
	return ps
}

func csvProblem(file string, err error) Problem {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return Problem{File: file, Line: pe.Line, Col: pe.Column, Message: "malformed CSV: " + pe.Err.Error()}
	}
	return Problem{File: file, Line: 1, Col: 1, Message: err.Error()}
}

// firstInvalidUTF8 finds the line and column of the first byte that is not UTF-8.
func firstInvalidUTF8(raw []byte) (int, int) {
	line, col := 1, 1
	for len(raw) > 0 {
		r, size := utf8.DecodeRune(raw)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		raw = raw[size:]
	}
	return line, col
}

// splitList reads a ;-separated list cell.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, part := range strings.Split(s, ";") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
