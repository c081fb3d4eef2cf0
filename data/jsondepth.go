package data

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxJSONDepth is how deeply brackets may nest in a JSON file Backchannel
// reads. Its own format needs five levels (the document, events, an
// event, its accounts, an account); TimelineJS needs four; the rest is
// room for fields other tools add. Anything deeper is not a timeline, and
// decoding it would take memory that grows with the square of the depth.
const MaxJSONDepth = 64

// checkJSONDepth scans raw once, in constant memory, and reports a problem
// when its brackets nest deeper than MaxJSONDepth: how deep they go, at
// the line and column of the first bracket past the limit. Brackets
// inside strings do not count.
func checkJSONDepth(file string, raw []byte) *Problem {
	depth, deepest, at := 0, 0, -1
	inString, escaped := false, false
	for i, b := range raw {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
			}
		case b == '"':
			inString = true
		case b == '[' || b == '{':
			depth++
			if depth > deepest {
				deepest = depth
			}
			if depth > MaxJSONDepth && at < 0 {
				at = i
			}
		case b == ']' || b == '}':
			if depth > 0 {
				depth--
			}
		}
	}
	if at < 0 {
		return nil
	}
	line, col := lineColAt(raw, at)
	return &Problem{File: file, Line: line, Col: col, Message: fmt.Sprintf(
		"brackets nested %s levels deep: a timeline needs at most %d, so the file is not read",
		FormatCount(deepest), MaxJSONDepth)}
}

// CheckJSONDepth reports, as Problems naming file, JSON whose brackets
// nest deeper than MaxJSONDepth; nil when raw is shallow enough to decode.
// For JSON the app keeps besides timelines (saved tours, recovery files).
func CheckJSONDepth(file string, raw []byte) error {
	if p := checkJSONDepth(file, raw); p != nil {
		return Problems{*p}
	}
	return nil
}

// lineColAt turns a byte offset into a 1-based line and character column
// by counting, without an index: for the one place a whole-file problem is
// reported.
func lineColAt(raw []byte, off int) (int, int) {
	off = min(max(off, 0), len(raw))
	before := raw[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(raw[start:off]) + 1
}

// FormatCount writes a count with commas between thousands: 200,000.
func FormatCount(n int) string {
	digits := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
