package charts

import (
	"bytes"
	"image"
	"image/color"
	"math/rand"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// TestStraightStrokesArePaintedAsTheRasteriserPaintsThem strokes random
// horizontal and vertical segments — whole and fractional ends, every
// direction, widths that are and are not a power of two's fraction,
// opaque and translucent colours, over a noisy picture, through a band of
// rows or the whole — directly and through the drawing context, and
// wants the same bytes.
func TestStraightStrokesArePaintedAsTheRasteriserPaintsThem(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	size := image.Pt(97, 83)
	coordinate := func(limit int) float64 {
		switch rng.Intn(3) {
		case 0:
			return float64(rng.Intn(limit+20) - 10) // whole, now and then outside
		case 1:
			return float64(rng.Intn(limit*8)) / 8
		}
		return rng.Float64() * float64(limit)
	}
	widths := []float64{0.5, 1, 1.1, 1.25, 1.5, 1.875, 2, 2.2, 3, 7.3}
	direct := 0
	const strokes = 4000
	for i := range strokes {
		background := image.NewRGBA(image.Rectangle{Max: size})
		rng.Read(background.Pix)
		a := [2]float64{coordinate(size.X), coordinate(size.Y)}
		b := a
		if rng.Intn(2) == 0 {
			b[0] = coordinate(size.X)
		} else {
			b[1] = coordinate(size.Y)
		}
		width := widths[rng.Intn(len(widths))]
		if rng.Intn(4) == 0 {
			width = rng.Float64() * 6
		}
		c := drawing.Color{R: uint8(rng.Intn(256)), G: uint8(rng.Intn(256)), B: uint8(rng.Intn(256)), A: 255}
		if rng.Intn(3) == 0 {
			c.A = uint8(rng.Intn(256))
		}
		band := image.Rectangle{Max: size}
		if rng.Intn(2) == 0 {
			top := rng.Intn(size.Y - 1)
			band = image.Rect(0, top, size.X, top+1+rng.Intn(size.Y-top))
		}
		stroke := func(img *image.RGBA, straight bool) bool {
			p := newBandPen(img, band, nil)
			defer p.done()
			p.ResetStyle()
			p.SetStrokeColor(c)
			p.SetStrokeWidth(width)
			p.MoveToF(a[0], a[1])
			p.LineToF(b[0], b[1])
			if straight && p.strokeStraight() {
				return true
			}
			p.contextPaints(p.gc.Stroke)
			return false
		}
		want, got := cloneRGBA(background), cloneRGBA(background)
		stroke(want, false)
		if stroke(got, true) {
			direct++
		}
		if !bytes.Equal(want.Pix, got.Pix) {
			t.Fatalf("stroke %d from %v to %v, %g wide, in %v over rows %v: %d bytes differ from the drawing context's", i, a, b, width, color.RGBA(c), band, differingBytes(want.Pix, got.Pix))
		}
	}
	if direct < strokes*3/4 {
		t.Errorf("only %d of %d strokes were painted directly", direct, strokes)
	}
}

func cloneRGBA(img *image.RGBA) *image.RGBA {
	c := *img
	c.Pix = bytes.Clone(img.Pix)
	return &c
}

func differingBytes(a, b []byte) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}
