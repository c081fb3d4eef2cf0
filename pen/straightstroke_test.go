package pen

import (
	"bytes"
	"fmt"
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
		c, band := randomColour(rng), randomBand(rng, size)
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
		if paintsAlike(t, noisyPicture(rng, size), stroke, func() string {
			return fmt.Sprintf("stroke %d from %v to %v, %g wide, in %v over rows %v", i, a, b, width, color.RGBA(c), band)
		}) {
			direct++
		}
	}
	if direct < strokes*3/4 {
		t.Errorf("only %d of %d strokes were painted directly", direct, strokes)
	}
}

// noisyPicture returns a picture of size full of random bytes.
func noisyPicture(rng *rand.Rand, size image.Point) *image.RGBA {
	img := image.NewRGBA(image.Rectangle{Max: size})
	rng.Read(img.Pix)
	return img
}

// randomColour returns an opaque colour or, one time in three, a
// translucent one.
func randomColour(rng *rand.Rand) drawing.Color {
	c := drawing.Color{R: uint8(rng.Intn(256)), G: uint8(rng.Intn(256)), B: uint8(rng.Intn(256)), A: 255}
	if rng.Intn(3) == 0 {
		c.A = uint8(rng.Intn(256))
	}
	return c
}

// randomBand returns the rows of a picture of size, all or, half the
// time, a band of them.
func randomBand(rng *rand.Rand, size image.Point) image.Rectangle {
	if rng.Intn(2) == 0 {
		top := rng.Intn(size.Y - 1)
		return image.Rect(0, top, size.X, top+1+rng.Intn(size.Y-top))
	}
	return image.Rectangle{Max: size}
}

// paintsAlike paints over a copy of background through the drawing
// context (paint(img, false)), over another directly where paint can
// (paint(img, true), which reports whether it did), fails the test with
// what was painted if the bytes differ, and reports whether the direct
// way was taken.
func paintsAlike(t *testing.T, background *image.RGBA, paint func(img *image.RGBA, direct bool) bool, what func() string) bool {
	t.Helper()
	want, got := cloneRGBA(background), cloneRGBA(background)
	paint(want, false)
	direct := paint(got, true)
	if !bytes.Equal(want.Pix, got.Pix) {
		t.Fatalf("%s: %d bytes differ from the drawing context's", what(), differingBytes(want.Pix, got.Pix))
	}
	return direct
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
