package data

import "unsafe"

// textArena gives strings read from a file their text in a few large
// blocks rather than one allocation each. At 100,000 events a file's text
// is about a million strings: held each on its own, the garbage collector
// visits a million objects at every collection (some 80 ms on two cores,
// during which edits slow down); held in blocks, it visits a few hundred.
// A block's text never changes once a string holds it; a block lives
// while any string of it does, so blocks are used only where the strings
// read are kept as they are (a Backchannel file's events), not where most
// are read to be made into others (a TimelineJS slide's HTML): its zero
// value gives each string its own allocation.
type textArena struct {
	inBlocks bool // the strings read are held in blocks
	block    []byte
	lists    []string // a block of lists' strings
	list     []string // the list being read
}

// listBlock is how many strings a block of lists holds.
const listBlock = 8 << 10

// startList begins a list of strings, to be given by endList.
func (a *textArena) startList() { a.list = a.list[:0] }

// addToList adds s to the list being read.
func (a *textArena) addToList(s string) { a.list = append(a.list, s) }

// endList is the list read since startList, in a block of lists: empty
// but not nil where it has no strings, and full, so that what is added
// to it later goes elsewhere.
func (a *textArena) endList() []string {
	n := len(a.list)
	if !a.inBlocks || n > listBlock/4 {
		return append(make([]string, 0, n), a.list...)
	}
	if cap(a.lists)-len(a.lists) < n || a.lists == nil {
		a.lists = make([]string, 0, listBlock)
	}
	start := len(a.lists)
	a.lists = append(a.lists, a.list...)
	return a.lists[start : start+n : start+n]
}

// textBlock is the size of a block; a string of more than a quarter of
// it gets its own allocation.
const textBlock = 256 << 10

// string is text as a string whose bytes are in the arena.
func (a *textArena) string(text []byte) string {
	switch {
	case len(text) == 0:
		return ""
	case !a.inBlocks || len(text) > textBlock/4:
		return string(text)
	case cap(a.block)-len(a.block) < len(text):
		a.block = make([]byte, 0, textBlock)
	}
	start := len(a.block)
	a.block = append(a.block, text...)
	return unsafe.String(&a.block[start], len(text))
}
