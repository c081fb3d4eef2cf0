package pen

import (
	"fmt"
	"image"
	"image/color"
	"math/rand"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// smallShapeCase is a shape, its fill and its stroke, painted over a band
// of rows.
type smallShapeCase struct {
	points                   []Point
	fill, stroke             bool
	fillColour, strokeColour drawing.Color
	width                    float64
	band                     image.Rectangle
}

// paint paints the shape into img, small shapes the direct way when small
// says so and the shape is one; it reports whether it was.
func (c smallShapeCase) paint(img *image.RGBA, small bool) bool {
	p := newBandPen(img, c.band, nil)
	defer p.done()
	p.ResetStyle()
	if c.fill {
		p.SetFillColor(c.fillColour)
	}
	if c.stroke {
		p.SetStrokeColor(c.strokeColour)
		p.SetStrokeWidth(c.width)
	}
	p.MoveToF(c.points[0].X, c.points[0].Y)
	for _, pt := range c.points[1:] {
		p.LineToF(pt.X, pt.Y)
	}
	p.Close()
	if small && p.paintSmall(c.fill, c.stroke) {
		return true
	}
	switch {
	case c.fill && c.stroke:
		p.contextPaints(p.gc.FillStroke)
	case c.fill:
		p.contextPaints(p.gc.Fill)
	default:
		p.contextPaints(p.gc.Stroke)
	}
	return false
}

// TestSmallShapesArePaintedAsTheContextPaintsThem paints random small
// shapes — every channel's marker, selection rings, concave and
// self-crossing polygons — filled, stroked or both, at random sub-pixel
// positions, some near or past the picture's edge, over a noisy picture,
// through a band of rows or the whole, directly (twice: rasterised, then
// from the cache) and through the drawing context, and wants the same
// bytes.
func TestSmallShapesArePaintedAsTheContextPaintsThem(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	size := image.Pt(90, 70)
	direct := 0
	const shapes = 3000
	for i := range shapes {
		r := 1 + rng.Float64()*10
		x, y := r*2+rng.Float64()*(float64(size.X)-r*4), r*2+rng.Float64()*(float64(size.Y)-r*4)
		if rng.Intn(5) == 0 { // at or past an edge
			x, y = rng.Float64()*float64(size.X+10)-5, rng.Float64()*float64(size.Y+10)-5
		}
		c := smallShapeCase{points: testShape(rng, x, y, r, color.RGBA{}, color.RGBA{}).Points}
		c.fillColour, c.strokeColour, c.width = randomColour(rng), randomColour(rng), rng.Float64()*4
		c.fill, c.stroke = true, rng.Intn(2) == 0
		if rng.Intn(4) == 0 {
			c.fill, c.stroke = false, true
		}
		c.band = randomBand(rng, size)
		what := func() string {
			return fmt.Sprintf("shape %d %v (fill %v in %v, stroke %v %g wide in %v) over rows %v",
				i, c.points, c.fill, color.RGBA(c.fillColour), c.stroke, c.width, color.RGBA(c.strokeColour), c.band)
		}
		// Twice: the second time its coverage comes from shapeSprites.
		background := noisyPicture(rng, size)
		if paintsAlike(t, background, c.paint, what) && paintsAlike(t, background, c.paint, what) {
			direct++
		}
	}
	if direct < shapes/2 {
		t.Errorf("only %d of %d shapes were painted directly", direct, shapes)
	}
}
