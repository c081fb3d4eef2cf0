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

// csvTable is a CSV file read for import: its rows, each cell's place in
// the file, and its columns found by header name.
type csvTable struct {
	file    string
	columns map[string]int // lower-case header name to column
	rows    []csvRow
}

type csvRow struct {
	cells []string
	line  int   // the line the row starts on
	cols  []int // the column (in characters) of each cell
}

// readCSV reads raw as CSV with a header row. It accepts a BOM, CRLF line
// ends and rows shorter than the header (missing cells are empty); it
// refuses text that is not UTF-8. known lists the header names the format
// uses; any other header is ignored and named in a warning.
func readCSV(file string, raw []byte, known []string) (*csvTable, Problems, Problems) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, Problems{{File: file, Line: 1, Col: 1, Message: "empty file: want a header row and one row an event"}}, nil
	}
	if !utf8.Valid(raw) {
		line, col := firstInvalidUTF8(raw)
		return nil, Problems{{File: file, Line: line, Col: col, Message: "not UTF-8 text: save the spreadsheet as CSV UTF-8"}}, nil
	}
	r := csv.NewReader(bytes.NewReader(raw))
	r.FieldsPerRecord = -1
	t := &csvTable{file: file, columns: map[string]int{}}
	header, err := r.Read()
	if err != nil {
		return nil, Problems{csvProblem(file, err)}, nil
	}
	var warnings Problems
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
			_, col := r.FieldPos(i)
			warnings = append(warnings, Problem{File: file, Line: 1, Col: col, Message: fmt.Sprintf("unknown column %q ignored", strings.TrimSpace(h))})
			continue
		}
		t.columns[name] = i
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, Problems{csvProblem(file, err)}, warnings
		}
		row := csvRow{cells: rec, cols: make([]int, len(rec))}
		for i := range rec {
			line, col := r.FieldPos(i)
			if i == 0 {
				row.line = line
			}
			row.cols[i] = col
		}
		t.rows = append(t.rows, row)
	}
	return t, nil, warnings
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
	var out []string
	for _, part := range strings.Split(s, ";") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
