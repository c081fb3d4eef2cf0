package pen

import (
	"image"
	"runtime"
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/math/fixed"
)

// A label's outline is the same from one frame to the next: only where it
// goes and in which colour change. The raster pen therefore rasterises
// each text once, keeps the coverage the rasteriser produced, and replays
// it through the same painter for every later frame. Replaying gives the
// very pixels that rasterising in place would, because the coverage of a
// glyph outline moved by whole pixels is the same coverage moved.

// spriteKey names one rasterised text. A label starts on its origin
// pixel; a piece of one (textchunks.go) may start offset 64ths of a pixel
// to the right of it.
type spriteKey struct {
	font      *truetype.Font
	size, dpi float64
	body      string
	offset    fixed.Int26_6
}

// coverageRun is one run of pixels on a row with the same coverage,
// relative to the text's origin on its baseline: a compact copy of the
// rasteriser's span.
type coverageRun struct {
	y, x0, x1 int16
	alpha     uint16
}

// spriteRow is one row of a rasterised text: the coverage (0 to 0xffff) of
// each pixel from x0 on, relative to the text's origin on its baseline.
// Pixels the rasteriser left alone have coverage 0.
type spriteRow struct {
	y, x0    int16
	coverage []uint16
}

// textSprite is a rasterised text: its rows, or the sprites of its parts
// side by side, and the box they fill.
type textSprite struct {
	rows   []spriteRow
	parts  []spritePart
	box    image.Rectangle
	pixels int // the coverage it holds or its parts hold, for the cache's budget
}

// spritePart is a sprite shifted dx pixels right within a larger one.
type spritePart struct {
	sprite *textSprite
	dx     int
}

// spriteOf lays the rasteriser's runs, row after row and left to right
// in each row as it paints them, out as rows of coverage.
func spriteOf(runs []coverageRun) *textSprite {
	s := &textSprite{}
	for i := 0; i < len(runs); {
		j := i
		for j < len(runs) && runs[j].y == runs[i].y {
			j++
		}
		s.box = s.box.Union(image.Rect(int(runs[i].x0), int(runs[i].y), int(runs[j-1].x1), int(runs[i].y)+1))
		s.pixels += int(runs[j-1].x1) - int(runs[i].x0)
		i = j
	}
	all := make([]uint16, s.pixels)
	for i := 0; i < len(runs); {
		row := spriteRow{y: runs[i].y, x0: runs[i].x0}
		n := 0
		for j := i; j < len(runs) && runs[j].y == row.y; j++ {
			n = int(runs[j].x1 - row.x0)
		}
		row.coverage, all = all[:n:n], all[n:]
		for ; i < len(runs) && runs[i].y == row.y; i++ {
			for x := runs[i].x0; x < runs[i].x1; x++ {
				row.coverage[x-row.x0] = runs[i].alpha
			}
		}
		s.rows = append(s.rows, row)
	}
	return s
}

// spriteCache holds the sprites of the last frames, by what names them
// (a text, a shape's outline), in two generations: a sprite not used
// while the newer generation filled up is dropped with the older one, so
// the cache stays within its budget.
type spriteCache[K comparable] struct {
	mu           sync.Mutex
	newer, older map[K]*textSprite
	pixels       int // coverage held in newer
	budget       int // coverage a generation may hold
	rasterise    func(K) *textSprite
}

// textSprites is shared by every raster pen; 2 bytes a pixel, so the two
// generations hold at most about 32 MB.
var textSprites = newSpriteCache[spriteKey](8<<20, rasteriseText)

// newSpriteCache returns a cache of up to budget pixels a generation that
// makes the sprites it lacks with rasterise.
func newSpriteCache[K comparable](budget int, rasterise func(K) *textSprite) *spriteCache[K] {
	return &spriteCache[K]{newer: map[K]*textSprite{}, older: map[K]*textSprite{}, budget: budget, rasterise: rasterise}
}

// held finds key's sprite, keeping one of the older generation; c.mu is held.
func (c *spriteCache[K]) held(key K) (*textSprite, bool) {
	s, ok := c.newer[key]
	if !ok {
		if s, ok = c.older[key]; ok {
			c.keep(key, s)
		}
	}
	return s, ok
}

// keep puts s in the newer generation, starting a new one when it is full.
func (c *spriteCache[K]) keep(key K, s *textSprite) {
	if c.pixels+s.pixels > c.budget && len(c.newer) > 0 {
		c.older, c.newer, c.pixels = c.newer, map[K]*textSprite{}, 0
	}
	c.newer[key] = s
	c.pixels += s.pixels
}

// all returns the sprite of each of keys (nil for a text that cannot be
// one), looking them up under one lock and rasterising those it lacks on
// every core: a frame full of new labels (the first view of a zoom level)
// does not rasterise them one after another.
func (c *spriteCache[K]) all(keys []K) []*textSprite {
	return c.lookUp(keys, runtime.GOMAXPROCS(0))
}

// each returns the sprite of each of keys as all does, rasterising those
// it lacks here, one after another: for the pieces of one label, which is
// itself being rasterised on one of the cores.
func (c *spriteCache[K]) each(keys []K) []*textSprite {
	return c.lookUp(keys, 1)
}

// lookUp finds keys' sprites under one lock, and rasterises each text it
// lacks once, on up to workers goroutines, handing repeats the same sprite.
func (c *spriteCache[K]) lookUp(keys []K, workers int) []*textSprite {
	out := make([]*textSprite, len(keys))
	var missing []int     // the first of keys for each text not held
	var firstOf map[K]int // and where each missing text first comes
	c.mu.Lock()
	for i, k := range keys {
		if s, ok := c.held(k); ok {
			out[i] = s
			continue
		}
		if firstOf == nil {
			firstOf = map[K]int{}
		}
		if _, seen := firstOf[k]; !seen {
			firstOf[k] = i
			missing = append(missing, i)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out
	}
	onCores(len(missing), min(workers, len(missing)/minWarmShare), func(n int) {
		out[missing[n]] = c.rasterise(keys[missing[n]])
	})
	c.mu.Lock()
	for _, i := range missing {
		if out[i] != nil {
			c.keep(keys[i], out[i])
		}
	}
	c.mu.Unlock()
	for i, k := range keys {
		if out[i] == nil {
			if f, ok := firstOf[k]; ok {
				out[i] = out[f]
			}
		}
	}
	return out
}

// spriteMaker makes the sprites a cache lacks, from what it knows beside
// their keys.
type spriteMaker[K comparable] interface {
	makeSprite(key K) *textSprite
}

// lookUpOr returns key's sprite, made by maker here when the cache lacks
// it.
func (c *spriteCache[K]) lookUpOr(key K, maker spriteMaker[K]) *textSprite {
	c.mu.Lock()
	s, ok := c.held(key)
	c.mu.Unlock()
	if ok {
		return s
	}
	s = maker.makeSprite(key)
	c.mu.Lock()
	c.keep(key, s)
	c.mu.Unlock()
	return s
}

// minWarmShare is the fewest new texts worth handing to another core.
const minWarmShare = 4
