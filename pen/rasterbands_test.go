package pen

import (
	"bytes"
	"image"
	"runtime"
	"testing"
)

// TestPaintingInBandsPaintsWhatOnePenPaints: a frame painted in bands of
// rows, two cores taking them in turn, each skipping the shapes that miss it and blending
// its part of the cached texts, is pixel for pixel the frame one pen
// paints from top to bottom with every text rasterised in place: in
// every theme, at scales 1, 1.25 and 2, with shapes, strokes and texts
// cut by the bands' edges.
func TestPaintingInBandsPaintsWhatOnePenPaints(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	cut := 0
	{
		scenes := testScenes(1280, 560)
		for name, s := range scenes {
			for _, scale := range []float64{1, 1.25, 2} {
				w, h := int(s.Width*scale+0.5), int(s.Height*scale+0.5)
				want := image.NewRGBA(image.Rect(0, 0, w, h))
				p := newRasterPen(want)
				if err := Paint(p, RasterTarget, s, scale); err != nil {
					t.Fatal(err)
				}
				got := image.NewRGBA(want.Rect)
				if err := paintInBands(got, s, scale, newSpriteCache[spriteKey](1<<20, rasteriseText)); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want.Pix, got.Pix) {
					t.Errorf("%s at scale %g: painting in bands gives other pixels", name, scale)
				}
				cut += shapesAcrossBands(s, scale, h, max(h/rowsPerBand, min(2, h/64)))
			}
		}
	}
	if cut == 0 {
		t.Error("no shape crossed a band's edge: the test shows nothing about cutting")
	}
}

// shapesAcrossBands counts the shapes of s that cross the edge between two
// of n bands of an image h rows high.
func shapesAcrossBands(s Scene, scale float64, h, n int) int {
	count := 0
	for _, sh := range s.Shapes {
		lo, hi := sh.Points[0].Y*scale, sh.Points[0].Y*scale
		for _, p := range sh.Points {
			lo, hi = min(lo, p.Y*scale), max(hi, p.Y*scale)
		}
		for b := 1; b < n; b++ {
			if edge := float64(h * b / n); lo < edge && hi > edge {
				count++
			}
		}
	}
	return count
}
