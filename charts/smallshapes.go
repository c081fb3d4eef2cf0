package charts

import (
	"image"
	"math"

	"github.com/golang/freetype/raster"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"
)

// Markers are a few pixels wide, but the drawing context's rasteriser is
// the picture's size, and walks each of its thousand or more rows twice
// for every shape it paints. A small shape is instead rasterised in a
// rasteriser of its own size, moved by whole pixels: the rasteriser works
// in whole 64ths, so the coverage of a shape moved by whole pixels is the
// same coverage moved, and the painter's arithmetic is the same
// (overColour), so the pixels are the same, to the bit.

// maxSmallShape is the largest box, in pixels a side, painted this way:
// up to it the rasteriser keeps its rows in a buffer of its own.
const maxSmallShape = 64

// smallShapes rasterises small shapes: the rasteriser, the adder that
// moves the shapes' outlines into it, the stroker that outlines them as
// the drawing context's does, and the painter of its spans.
type smallShapes struct {
	rasteriser *raster.Rasterizer
	moved      *movedAdder
	fill       drawing.Flattener
	stroker    *drawing.LineStroker
	painter    *spanPainter
}

func newSmallShapes() smallShapes {
	r := raster.NewRasterizer(0, 0)
	moved := &movedAdder{to: r}
	// What the drawing context hands its rasterisers: points through its
	// transformation (the identity here, as there), in 64ths.
	toRasteriser := drawing.Transformer{Tr: drawing.NewIdentityMatrix(), Flattener: drawing.FtLineBuilder{Adder: moved}}
	return smallShapes{
		rasteriser: r,
		moved:      moved,
		fill:       toRasteriser,
		stroker:    drawing.NewLineStroker(drawing.RoundCap, drawing.RoundJoin, toRasteriser),
		painter:    &spanPainter{},
	}
}

// paintSmall paints the pen's path, filled and/or stroked, if it fits in
// a small box inside the picture, and reports whether it did.
func (p *rasterPen) paintSmall(fill, stroke bool) bool {
	half := 0.0
	if stroke {
		half = p.lineWidth / 2
	}
	// The box the outline can reach: the path's, half the stroke around
	// it (the stroker draws no joins or caps), and a pixel each side.
	b := p.path
	left, top := math.Floor(b.minX-half)-1, math.Floor(b.minY-half)-1
	right, bottom := math.Ceil(b.maxX+half)+1, math.Ceil(b.maxY+half)+1
	size := p.img.Rect.Size()
	if p.img.Rect.Min != (image.Point{}) || !(left >= 0 && top >= 0 && right <= float64(size.X) && bottom <= float64(size.Y)) ||
		right-left > maxSmallShape || bottom-top > maxSmallShape {
		return false
	}
	box := image.Rect(int(left), int(top), int(right), int(bottom))
	s := &p.canvas.small
	if fill && p.fillColor.A != 0 {
		s.paint(&p.canvas.path, box, false, s.fill, p.img, p.clip, p.overColourFor(p.fillColor))
	}
	if stroke && p.strokeColor.A != 0 {
		s.stroker.HalfLineWidth = p.lineWidth / 2
		s.paint(&p.canvas.path, box, true, s.stroker, p.img, p.clip, p.overColourFor(p.strokeColor))
	}
	p.canvas.path.Clear()
	return true
}

// paint rasterises path through outline (filled as it is, or its stroke)
// in box, and paints it in colour c over the rows of img inside clip.
func (s *smallShapes) paint(path *drawing.Path, box image.Rectangle, nonZero bool, outline drawing.Flattener, img *image.RGBA, clip image.Rectangle, c *overColour) {
	r := s.rasteriser
	r.SetBounds(box.Dx(), box.Dy())
	r.UseNonZeroWinding = nonZero
	r.Dx, r.Dy = box.Min.X, box.Min.Y
	s.moved.by = fixed.P(box.Min.X, box.Min.Y)
	drawing.Flatten(path, outline, 1)
	*s.painter = spanPainter{img: img, clip: clip, colour: c}
	r.Rasterize(s.painter)
	s.painter.img = nil
}

// movedAdder hands the rasteriser an outline moved by whole pixels.
type movedAdder struct {
	to raster.Adder
	by fixed.Point26_6 // whole pixels
}

func (m *movedAdder) Start(a fixed.Point26_6) { m.to.Start(a.Sub(m.by)) }
func (m *movedAdder) Add1(b fixed.Point26_6)  { m.to.Add1(b.Sub(m.by)) }
func (m *movedAdder) Add2(b, c fixed.Point26_6) {
	m.to.Add2(b.Sub(m.by), c.Sub(m.by))
}
func (m *movedAdder) Add3(b, c, d fixed.Point26_6) {
	m.to.Add3(b.Sub(m.by), c.Sub(m.by), d.Sub(m.by))
}

// spanPainter paints a rasteriser's spans in a colour over the rows of an
// image inside clip, as freetype's RGBAPainter does.
type spanPainter struct {
	img    *image.RGBA
	clip   image.Rectangle
	colour *overColour
}

// Paint paints spans, which lie within the image.
func (sp *spanPainter) Paint(spans []raster.Span, done bool) {
	for _, span := range spans {
		if span.Y < sp.clip.Min.Y || span.Y >= sp.clip.Max.Y {
			continue
		}
		x0, x1 := max(span.X0, sp.clip.Min.X), min(span.X1, sp.clip.Max.X)
		if x0 < x1 {
			sp.colour.overRun(sp.img.Pix[span.Y*sp.img.Stride+4*x0:], x1-x0, uint16(span.Alpha))
		}
	}
}
