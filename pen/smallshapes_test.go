package pen

import (
	"fmt"
	"image"
	"image/color"
	"math/rand"
	"testing"
)

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
		var points []Point
		points = testShape(rng, x, y, r, color.RGBA{}, color.RGBA{}).Points
		fillColour, strokeColour, width := randomColour(rng), randomColour(rng), rng.Float64()*4
		fill, stroke := true, rng.Intn(2) == 0
		if rng.Intn(4) == 0 {
			fill, stroke = false, true
		}
		band := randomBand(rng, size)
		paint := func(img *image.RGBA, small bool) bool {
			p := newBandPen(img, band, nil)
			defer p.done()
			p.ResetStyle()
			if fill {
				p.SetFillColor(fillColour)
			}
			if stroke {
				p.SetStrokeColor(strokeColour)
				p.SetStrokeWidth(width)
			}
			p.MoveToF(points[0].X, points[0].Y)
			for _, pt := range points[1:] {
				p.LineToF(pt.X, pt.Y)
			}
			p.Close()
			if small && p.paintSmall(fill, stroke) {
				return true
			}
			switch {
			case fill && stroke:
				p.contextPaints(p.gc.FillStroke)
			case fill:
				p.contextPaints(p.gc.Fill)
			default:
				p.contextPaints(p.gc.Stroke)
			}
			return false
		}
		what := func() string {
			return fmt.Sprintf("shape %d %v (fill %v in %v, stroke %v %g wide in %v) over rows %v",
				i, points, fill, color.RGBA(fillColour), stroke, width, color.RGBA(strokeColour), band)
		}
		// Twice: the second time its coverage comes from shapeSprites.
		background := noisyPicture(rng, size)
		if paintsAlike(t, background, paint, what) && paintsAlike(t, background, paint, what) {
			direct++
		}
	}
	if direct < shapes/2 {
		t.Errorf("only %d of %d shapes were painted directly", direct, shapes)
	}
}
