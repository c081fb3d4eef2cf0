package pen

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"runtime"
	"testing"
)

// paintEachWay paints s at scale with texts rasterised in place, then
// twice through a fresh sprite cache (the second time every text comes
// from the cache), and returns the three images.
func paintEachWay(t *testing.T, s Scene, scale float64) (inPlace, first, cached *image.RGBA) {
	t.Helper()
	sprites := newSpriteCache[spriteKey](1<<20, rasteriseText)
	paintWith := func(cache *spriteCache[spriteKey]) *image.RGBA {
		img := image.NewRGBA(image.Rect(0, 0, int(s.Width*scale+0.5), int(s.Height*scale+0.5)))
		if cache == nil {
			if err := Paint(newRasterPen(img), RasterTarget, s, scale); err != nil {
				t.Fatal(err)
			}
			return img
		}
		if err := paintInBands(img, s, scale, cache); err != nil {
			t.Fatal(err)
		}
		return img
	}
	inPlace = paintWith(nil)
	first = paintWith(sprites)
	if len(sprites.newer) == 0 {
		t.Fatal("the sprite cache kept no text")
	}
	cached = paintWith(sprites)
	return inPlace, first, cached
}

// TestTextSpritesPaintTheSamePixels: texts replayed from the cache are
// pixel for pixel those rasterised in place, in every theme and at
// scales 1, 2 and a fractional one, for the timeline and the bar chart.
func TestTextSpritesPaintTheSamePixels(t *testing.T) {
	{
		scenes := testScenes(1280, 560)
		for name, s := range scenes {
			for _, scale := range []float64{1, 1.25, 2} {
				inPlace, first, cached := paintEachWay(t, s, scale)
				if !bytes.Equal(inPlace.Pix, first.Pix) || !bytes.Equal(inPlace.Pix, cached.Pix) {
					t.Errorf("%s at scale %g: sprites paint other pixels than rasterising in place", name, scale)
				}
			}
		}
	}
}

// TestTextSpritesAtTheEdges: texts cut by the picture's edges, and texts
// of several sizes and colours sharing one sprite, still paint as in place.
func TestTextSpritesAtTheEdges(t *testing.T) {
	s := Scene{Width: 300, Height: 120, Background: color.RGBA{255, 255, 255, 255}}
	for i, x := range []float64{-20, 0, 120, 260, 290} {
		for j, y := range []float64{4, 40, 118, 130} {
			s.Texts = append(s.Texts, Text{X: x, Y: y, Body: "Jögle Wy “ap”", Size: float64(10 + 4*j),
				Color: color.RGBA{uint8(40 * i), 0, uint8(60 * j), uint8(255 - 50*j)}})
		}
	}
	inPlace, first, cached := paintEachWay(t, s, 1)
	if !bytes.Equal(inPlace.Pix, first.Pix) || !bytes.Equal(inPlace.Pix, cached.Pix) {
		t.Error("texts at the edges paint other pixels from the sprite cache")
	}
	// Translucent texts well inside, overlapping: painted in one batch.
	inner := Scene{Width: 300, Height: 120, Background: s.Background}
	for i := range 6 {
		inner.Texts = append(inner.Texts, Text{X: 10 + 25*float64(i), Y: 30 + 12*float64(i%4), Body: "Overlap Wy",
			Size: 14, Color: color.RGBA{uint8(30 * i), 90, 200, uint8(255 - 35*i)}})
	}
	inPlace, first, cached = paintEachWay(t, inner, 2)
	if len(inner.Texts) < 2 || !bytes.Equal(inPlace.Pix, first.Pix) || !bytes.Equal(inPlace.Pix, cached.Pix) {
		t.Errorf("%d translucent texts in one batch paint other pixels from the sprite cache", len(inner.Texts))
	}
	ink := 0
	for i := 0; i < len(cached.Pix); i += 4 {
		if cached.Pix[i+1] < 128 {
			ink++
		}
	}
	if ink < 500 {
		t.Errorf("only %d pixels of ink: the texts were not drawn", ink)
	}
}

// TestSpriteCacheStaysWithinBudget: a full generation is dropped, not kept
// growing, and a text used again is kept.
func TestSpriteCacheStaysWithinBudget(t *testing.T) {
	f, err := loadFont()
	if err != nil {
		t.Fatal(err)
	}
	c := newSpriteCache[spriteKey](2000, rasteriseText)
	keep := spriteKey{f, 12, 64, "kept", 0}
	for i := range 200 {
		c.each([]spriteKey{keep, {f, 12, 64, "label " + string(rune('A'+i%26)) + string(rune('a'+i/26)), 0}})
	}
	if c.pixels > c.budget {
		t.Errorf("newer generation holds %d pixels, budget %d", c.pixels, c.budget)
	}
	if len(c.newer)+len(c.older) >= 200 {
		t.Errorf("cache kept %d texts of 201", len(c.newer)+len(c.older))
	}
	if _, ok := c.newer[keep]; !ok {
		t.Error("a text used every frame was dropped")
	}
}

// TestWarmRasterisesEveryNewText: asking for a frame's texts at once leaves
// every one of them in the cache, once, and hands each its sprite,
// repeated texts the same, whatever the number of cores.
func TestWarmRasterisesEveryNewText(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	f, err := loadFont()
	if err != nil {
		t.Fatal(err)
	}
	c := newSpriteCache[spriteKey](1<<20, rasteriseText)
	var keys []spriteKey
	for i := range 40 {
		keys = append(keys, spriteKey{f, 13, 64, fmt.Sprintf("Label number %d", i%30), 0})
	}
	got := c.all(keys)
	if len(c.newer) != 30 {
		t.Errorf("the cache holds %d texts after warming 30", len(c.newer))
	}
	for i, s := range got {
		if s == nil || s != c.newer[keys[i]] {
			t.Fatalf("text %d (%q) got another sprite than the cache holds", i, keys[i].body)
		}
	}
}

// TestEachRasterisesEachNewTextOnce: asking for a label's pieces at once
// rasterises each text it lacks once, however often it comes, and hands
// the repeats the same sprite.
func TestEachRasterisesEachNewTextOnce(t *testing.T) {
	f, err := loadFont()
	if err != nil {
		t.Fatal(err)
	}
	made := map[spriteKey]int{}
	c := newSpriteCache[spriteKey](1<<20, func(k spriteKey) *textSprite {
		made[k]++
		return rasteriseWhole(k)
	})
	keys := []spriteKey{{f, 12, 64, "t", 0}, {f, 12, 64, "e", 16}, {f, 12, 64, "t", 0}, {f, 12, 64, "t", 32}}
	got := c.each(keys)
	if got[0] == nil || got[0] != got[2] || got[0] == got[3] {
		t.Errorf("sprites %v: the repeated piece should share one, the other offset have its own", got)
	}
	if len(made) != 3 || made[keys[0]] != 1 {
		t.Errorf("rasterised %v, want each of 3 texts once", made)
	}
	c.each(keys)
	if made[keys[0]] != 1 || len(c.newer) != 3 {
		t.Errorf("asking again rasterised %v, cache holds %d", made, len(c.newer))
	}
}
