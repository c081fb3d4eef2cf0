package data

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonPositions knows where the values of a JSON document start, by path
// ("events[3].channel"), so that problems found after decoding can be
// reported at a line and column. It keeps a 64-bit hash of each path, not
// the path, and only for values at most indexedDepth deep (no problem
// points deeper; a deeper value is found at its enclosing one), so that
// its memory is a few words a value whatever the nesting or the length of
// the keys.
type jsonPositions struct {
	raw        []byte
	at         map[uint64]int32
	lineStarts []int32
}

// indexedDepth is how deep a path a problem can name: an event's
// account's field (events[3].accounts[1].source) is four.
const indexedDepth = 6

// lazyJSON indexes a JSON document's positions on first use: a file with
// no problem, however large, is never indexed.
type lazyJSON struct {
	raw   []byte
	p     *jsonPositions
	lines *jsonPositions // the lines alone, for decoding errors
}

func (l *lazyJSON) positions() *jsonPositions {
	if l.p == nil {
		l.p = indexJSON(l.raw)
	}
	return l.p
}

func (l *lazyJSON) find(path string) (int, int) { return l.positions().find(path) }

// lineCol turns a byte offset into a 1-based line and character column,
// indexing the lines (not the values) on first use.
func (l *lazyJSON) lineCol(off int) (int, int) {
	if l.lines == nil {
		l.lines = &jsonPositions{raw: l.raw, lineStarts: lineStarts(l.raw)}
	}
	return l.lines.lineCol(max(off, 0))
}

// lineStarts lists where each line of raw starts.
func lineStarts(raw []byte) []int32 {
	starts := []int32{0}
	for i, b := range raw {
		if b == '\n' {
			starts = append(starts, int32(i+1))
		}
	}
	return starts
}

// indexJSON walks raw and records where every value starts. It records
// what it can of a malformed document; the decoder reports the syntax
// error. raw must have passed checkJSONDepth.
func indexJSON(raw []byte) *jsonPositions {
	p := &jsonPositions{raw: raw, at: map[uint64]int32{}, lineStarts: lineStarts(raw)}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	_ = p.walk(dec, pathHash(""), 0)
	return p
}

// valueStart is where the decoder's next value starts.
func (p *jsonPositions) valueStart(dec *json.Decoder) int {
	return skipSeparators(p.raw, int(dec.InputOffset()))
}

func (p *jsonPositions) record(h uint64, depth, off int) {
	if depth <= indexedDepth {
		p.at[h] = int32(off)
	}
}

func (p *jsonPositions) walk(dec *json.Decoder, path uint64, depth int) error {
	p.record(path, depth, p.valueStart(dec))
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
			kt, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := kt.(string)
			if err := p.walk(dec, pathKey(path, depth == 0, key), depth+1); err != nil {
				return err
			}
		}
	case '[':
		for i := 0; dec.More(); i++ {
			if err := p.walk(dec, pathIndex(path, i), depth+1); err != nil {
				return err
			}
		}
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

// Paths are hashed as they are built, with FNV-1a over the same bytes the
// path's string would hold: "events", "[3]", ".channel".
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// pathHash is the hash of a whole path string.
func pathHash(path string) uint64 { return hashBytes(fnvOffset, path) }

// pathKey extends a path's hash by a member: ".key", or "key" at the top.
func pathKey(h uint64, top bool, key string) uint64 {
	if !top {
		h = hashBytes(h, ".")
	}
	return hashBytes(h, key)
}

// pathIndex extends a path's hash by an element: "[i]".
func pathIndex(h uint64, i int) uint64 {
	return hashBytes(hashBytes(hashBytes(h, "["), strconv.Itoa(i)), "]")
}

// lineCol turns a byte offset into a 1-based line and character column.
func (p *jsonPositions) lineCol(off int) (int, int) {
	if off > len(p.raw) {
		off = len(p.raw)
	}
	line := sort.Search(len(p.lineStarts), func(i int) bool { return int(p.lineStarts[i]) > off })
	start := int(p.lineStarts[line-1])
	return line, utf8.RuneCount(p.raw[start:off]) + 1
}

// find returns where path is, or where its nearest enclosing value is when
// path itself is absent (a missing field is reported at its object).
func (p *jsonPositions) find(path string) (int, int) {
	for {
		if off, ok := p.at[pathHash(path)]; ok {
			return p.lineCol(int(off))
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

// skipSeparators moves an offset past the white space, commas and colons
// before the next value.
func skipSeparators(raw []byte, off int) int {
	for off < len(raw) {
		switch raw[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}
