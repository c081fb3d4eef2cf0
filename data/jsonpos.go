package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// jsonPositions knows where each value of a JSON document starts, by path
// ("events[3].channel"), so that problems found after decoding can be
// reported at a line and column.
type jsonPositions struct {
	raw        []byte
	at         map[string]int
	lineStarts []int
}

// lazyJSON indexes a JSON document's positions on first use: a file with
// no problem, however large, is never indexed.
type lazyJSON struct {
	raw []byte
	p   *jsonPositions
}

func (l *lazyJSON) positions() *jsonPositions {
	if l.p == nil {
		l.p = indexJSON(l.raw)
	}
	return l.p
}

func (l *lazyJSON) find(path string) (int, int) { return l.positions().find(path) }

// indexJSON walks raw and records where every value starts. It records
// what it can of a malformed document; the decoder reports the syntax error.
func indexJSON(raw []byte) *jsonPositions {
	p := &jsonPositions{raw: raw, at: map[string]int{}}
	p.lineStarts = append(p.lineStarts, 0)
	for i, b := range raw {
		if b == '\n' {
			p.lineStarts = append(p.lineStarts, i+1)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	_ = p.walk(dec, "")
	return p
}

// valueStart skips the separators between the decoder's offset and the next token.
func (p *jsonPositions) valueStart(dec *json.Decoder) int {
	off := int(dec.InputOffset())
	for off < len(p.raw) {
		switch p.raw[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func (p *jsonPositions) walk(dec *json.Decoder, path string) error {
	p.at[path] = p.valueStart(dec)
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch delim {
	case '{':
		for dec.More() {
			keyStart := p.valueStart(dec)
			kt, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := kt.(string)
			child := joinPath(path, key)
			p.at[child+"#key"] = keyStart
			if err := p.walk(dec, child); err != nil {
				return err
			}
		}
	case '[':
		for i := 0; dec.More(); i++ {
			if err := p.walk(dec, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

func joinPath(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// lineCol turns a byte offset into a 1-based line and character column.
func (p *jsonPositions) lineCol(off int) (int, int) {
	if off > len(p.raw) {
		off = len(p.raw)
	}
	line := sort.Search(len(p.lineStarts), func(i int) bool { return p.lineStarts[i] > off })
	start := p.lineStarts[line-1]
	return line, utf8.RuneCount(p.raw[start:off]) + 1
}

// find returns where path is, or where its nearest enclosing value is when
// path itself is absent (a missing field is reported at its object).
func (p *jsonPositions) find(path string) (int, int) {
	for {
		if off, ok := p.at[path]; ok {
			return p.lineCol(off)
		}
		if path == "" {
			return 1, 1
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			path = ""
		} else {
			path = path[:i]
		}
	}
}
