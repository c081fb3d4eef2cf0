package data

import (
	"strings"
	"testing"
)

// TestTextArenaKeepsEachStringAndList: strings and lists read into the
// arena's blocks read back as given, across many blocks and with a string
// too long for a block; a list given out is full, so that appending to it
// leaves the list after it as it was; an empty list is empty, not none.
func TestTextArenaKeepsEachStringAndList(t *testing.T) {
	a := textArena{inBlocks: true}
	var texts []string
	var lists [][]string
	for i := range 20000 {
		a.startList()
		want := []string{}
		for j := range i % 5 {
			s := strings.Repeat(string(rune('a'+(i+j)%26)), 1+(i*j)%90)
			a.addToList(a.string([]byte(s)))
			want = append(want, s)
		}
		got := a.endList()
		if got == nil {
			t.Fatalf("list %d is none, not empty", i)
		}
		lists = append(lists, got)
		texts = append(texts, strings.Join(want, "|"))
	}
	long := strings.Repeat("long ", textBlock/4)
	if got := a.string([]byte(long)); got != long {
		t.Fatalf("a long string read back as %d bytes", len(got))
	}
	var own textArena // not in blocks: each string and list its own
	own.startList()
	own.addToList(own.string([]byte("a")))
	if l := own.endList(); len(l) != 1 || l[0] != "a" || cap(l) != 1 || own.block != nil || own.lists != nil {
		t.Fatalf("an arena not in blocks gave %q (cap %d) and kept blocks %v %v", l, cap(l), own.block, own.lists)
	}
	for i := range lists[:len(lists)-1] {
		before := strings.Join(lists[i+1], "|")
		_ = append(lists[i], "added")
		if after := strings.Join(lists[i+1], "|"); after != before {
			t.Fatalf("appending to list %d changed the next: %q -> %q", i, before, after)
		}
	}
	for i, l := range lists {
		if got := strings.Join(l, "|"); got != texts[i] {
			t.Fatalf("list %d read back %q, was %q", i, got, texts[i])
		}
	}
}
