package main

// shapersKept: Fyne makes a new text shaper for every string it measures
// or draws, and a new shaper keeps nothing, so each string pays again
// for what only depends on the font: the font's lookup tables made
// ready (harfbuzz's Font) and a shaping plan compiled (which of the
// font's features apply, in what order). Before the first frame in a
// browser that is two thirds of the time spent shaping, for the same two
// faces. The copy lends shapers out and takes them back, each keeping
// the fonts and plans it has made until the theme's fonts change.
func shapersKept() []fileChange {
	const why = "text shapers are lent and kept"
	return []fileChange{
		{file: "internal/painter/font.go", why: why, replace: [][2]string{
			{"\tshaper := &shaping.HarfbuzzShaper{}\n\tsegmenter := &shaping.Segmenter{}\n\tout := shaper.Shape(in)\n",
				"\tkept := BorrowShaper()\n\tdefer ReturnShaper(kept)\n\tshaper, segmenter := &kept.Shaper, &kept.Segmenter\n\tout := shaper.Shape(in)\n"},
			{"func ClearFontCache() {\n", "func ClearFontCache() {\n\tshapersForgotten()\n"},
		}},
		{file: "widget/richtext.go", why: why, replace: [][2]string{
			{"\tshaper := &shaping.HarfbuzzShaper{}\n\tsegmenter := &shaping.Segmenter{}\n\n\tconf := shaping.WrapConfig{}\n",
				"\tkept := paint.BorrowShaper()\n\tdefer paint.ReturnShaper(kept)\n\tshaper, segmenter := &kept.Shaper, &kept.Segmenter\n\n\tconf := shaping.WrapConfig{}\n"},
		}},
		{file: "internal/painter/shapers_kept.go", content: shapersKeptFile},
	}
}

// shapersKeptFile lends the shapers: a few are kept, each with the fonts
// and plans it made, for as long as the fonts they were made for are
// the theme's.
const shapersKeptFile = `package painter

// Fyne's go.mod says go 1.19: nothing newer may be used here.

import (
	"sync"

	"github.com/go-text/typesetting/shaping"
)

// KeptShaper is a text shaper and segmenter lent by BorrowShaper.
type KeptShaper struct {
	Shaper    shaping.HarfbuzzShaper
	Segmenter shaping.Segmenter
	made      uint64 // the fonts' generation it was made in
}

var shapers struct {
	sync.Mutex
	free       []*KeptShaper
	generation uint64 // counts the times the fonts were forgotten
}

// shapersKeptMost is how many idle shapers are kept; more are made when
// more strings are shaped at once, and forgotten when given back.
const shapersKeptMost = 4

// shaperFontsKept is how many fonts a shaper keeps ready: each style's
// face and its fallbacks.
const shaperFontsKept = 16

// BorrowShaper lends a shaper that may have shaped text before with the
// theme's fonts; give it back with ReturnShaper when done.
func BorrowShaper() *KeptShaper {
	shapers.Lock()
	defer shapers.Unlock()
	if n := len(shapers.free); n > 0 {
		k := shapers.free[n-1]
		shapers.free = shapers.free[:n-1]
		return k
	}
	k := &KeptShaper{made: shapers.generation}
	k.Shaper.SetFontCacheSize(shaperFontsKept)
	return k
}

// ReturnShaper takes back a shaper BorrowShaper lent, and keeps it unless
// the fonts changed meanwhile or enough are kept.
func ReturnShaper(k *KeptShaper) {
	shapers.Lock()
	defer shapers.Unlock()
	if k.made == shapers.generation && len(shapers.free) < shapersKeptMost {
		shapers.free = append(shapers.free, k)
	}
}

// shapersForgotten forgets the kept shapers when the fonts are, so that
// none keeps a font no longer used.
func shapersForgotten() {
	shapers.Lock()
	defer shapers.Unlock()
	shapers.generation++
	shapers.free = nil
}
`
