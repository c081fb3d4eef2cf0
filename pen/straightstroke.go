package pen

import (
	"image"
	"math"

	"golang.org/x/image/math/fixed"
)

// Grid lines, ticks, rules and outlines are horizontal or vertical, and a
// frame has dozens of them, some its whole height. Stroked through the
// drawing context, each is outlined, cut into cells row by row and handed
// to the painter a span at a time. Stroked here, each row's coverage is
// worked out directly: the same outline, the same coverage and the same
// arithmetic as the rasteriser's, so the same pixels, to the bit.

// strokeStraight paints the current path if it is one horizontal or
// vertical segment lying within the picture, and reports whether it did.
func (p *rasterPen) strokeStraight() bool {
	b := p.path
	if b.points != 2 || (b.minX != b.maxX && b.minY != b.maxY) || p.lineWidth <= 0 || p.img.Rect.Min != (image.Point{}) {
		return false
	}
	outline, ok := straightOutline(b.first, b.last, p.lineWidth, p.img.Rect.Size())
	if !ok {
		return false
	}
	p.canvas.path.Clear()
	if p.strokeColor.A == 0 {
		return true // the painter would leave every pixel as it is
	}
	outline.paint(p.img, p.clip, p.overColourFor(p.strokeColor))
	return true
}

// fixedRect is a rectangle in 26.6 fixed point: the outline of a straight
// stroke as the rasteriser receives it.
type fixedRect struct{ left, top, right, bottom fixed.Int26_6 }

// straightOutline returns the outline go-chart's stroker makes of the
// segment from a to b, width wide and without caps, in the rasteriser's
// coordinates; ok is false where the outline leaves the picture of the
// given size (where the rasteriser clips it) or is empty.
func straightOutline(a, b [2]float64, width float64, size image.Point) (fixedRect, bool) {
	// The stroker's arithmetic, in its order: the same floating-point
	// results, so the same fixed-point corners.
	dx, dy := b[0]-a[0], b[1]-a[1]
	d := math.Sqrt(dx*dx + dy*dy)
	if d == 0 {
		return fixedRect{}, false
	}
	half := width / 2
	nx, ny := dy*half/d, -(dx * half / d)
	xs := [4]fixed.Int26_6{toFixed(a[0] + nx), toFixed(b[0] + nx), toFixed(b[0] - nx), toFixed(a[0] - nx)}
	ys := [4]fixed.Int26_6{toFixed(a[1] + ny), toFixed(b[1] + ny), toFixed(b[1] - ny), toFixed(a[1] - ny)}
	r := fixedRect{min(xs[0], xs[1], xs[2], xs[3]), min(ys[0], ys[1], ys[2], ys[3]), max(xs[0], xs[1], xs[2], xs[3]), max(ys[0], ys[1], ys[2], ys[3])}
	inside := r.left >= 0 && r.top >= 0 && r.right <= fixed.I(size.X) && r.bottom <= fixed.I(size.Y)
	return r, inside && r.left < r.right && r.top < r.bottom
}

// toFixed converts a coordinate as go-chart hands it to the rasteriser.
func toFixed(v float64) fixed.Int26_6 { return fixed.Int26_6(v * 64) }

// paint draws the rectangle's coverage in colour c over the rows of img
// inside clip. Each row is covered by the height h (in 64ths) that the
// rectangle spans in it; the pixel of its left edge by h times the part
// of that pixel right of the edge, the pixel of its right edge by h times
// the part left of it, the pixels between by h times 64: the area the
// rasteriser accumulates in each cell, turned into alpha as it does.
func (r fixedRect) paint(img *image.RGBA, clip image.Rectangle, c *overColour) {
	x0, f0 := int(r.left>>6), int(r.left&63)
	x1, f1 := int(r.right>>6), int(r.right&63)
	first, last := max(int(r.top>>6), clip.Min.Y), min(int((r.bottom-1)>>6), clip.Max.Y-1)
	for y := first; y <= last; y++ {
		h := int(min(r.bottom, fixed.I(y+1)) - max(r.top, fixed.I(y)))
		row := img.Pix[y*img.Stride:]
		if x0 == x1 {
			c.overRun(row[4*x0:], 1, coverageAlpha(h*(f1-f0)))
			continue
		}
		c.overRun(row[4*x0:], 1, coverageAlpha(h*(64-f0)))
		c.overRun(row[4*(x0+1):], x1-x0-1, coverageAlpha(h*64))
		if f1 > 0 {
			c.overRun(row[4*x1:], 1, coverageAlpha(h*f1))
		}
	}
}

// coverageAlpha turns a cell's covered area, in 64ths of a pixel squared,
// into the 16-bit alpha freetype's rasteriser paints it with.
func coverageAlpha(area int) uint16 {
	a := uint32(min(area, 0x0fff))
	return uint16(a<<4 | a>>8)
}
