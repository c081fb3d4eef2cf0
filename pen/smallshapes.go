package pen

import (
	"encoding/binary"
	"hash/maphash"
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
// (overColour), so the pixels are the same, to the bit. The coverage is
// kept by the outline that made it (shapeSprites), for the next frames.

// maxSmallShape is the largest box, in pixels a side, painted this way:
// up to it the rasteriser keeps its rows in a buffer of its own.
const maxSmallShape = 64

// smallShapes rasterises small shapes: the recorder of their outlines
// (as go-chart's fill and stroker hand them to its rasterisers), the
// stroker, and where their coverage is made.
type smallShapes struct {
	outline  *outlineRecorder
	fill     drawing.Flattener
	stroker  *drawing.LineStroker
	coverage coverageCanvas
}

func newSmallShapes() smallShapes {
	outline := &outlineRecorder{}
	fill := goChartFill(outline)
	return smallShapes{
		outline:  outline,
		fill:     fill,
		stroker:  drawing.NewLineStroker(drawing.RoundCap, drawing.RoundJoin, fill),
		coverage: newCoverageCanvas(),
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

// shapeSprites holds the coverage of the small shapes of the last frames
// by their outlines: a marker that has not moved, or moved by whole
// pixels, is not rasterised again. About 4 MB a generation at most.
var shapeSprites = newSpriteCache[outlineKey](2<<20, nil)

// paint outlines path through outline (filled as it is, or its stroke)
// in box, and paints its coverage, from shapeSprites, in colour c over the
// rows of img inside clip.
func (s *smallShapes) paint(path *drawing.Path, box image.Rectangle, nonZero bool, outline drawing.Flattener, img *image.RGBA, clip image.Rectangle, c *overColour) {
	s.outline.start(box.Min)
	drawing.Flatten(path, outline, 1)
	key := s.outline.key(box.Size(), nonZero)
	shapeSprites.lookUpOr(key, s).blend(img, clip, box.Min, c)
}

// makeSprite rasterises the outline just recorded, named by key, in a
// rasteriser of its box's size.
func (s *smallShapes) makeSprite(key outlineKey) *textSprite {
	s.outline.replay(s.coverage.start(image.Pt(int(key.width), int(key.height)), key.nonZero, image.Point{}))
	return s.coverage.sprite()
}

// outlineKey names an outline as the rasteriser receives it, moved to
// the corner of its box: the box's size, the fill rule, and 128 bits of
// hash of its points, enough that two outlines never share one.
type outlineKey struct {
	hash          [2]uint64
	width, height uint8
	nonZero       bool
}

// outlineRecorder is an adder that keeps the outline it is handed, moved
// by whole pixels, to name it and to replay it into a rasteriser.
type outlineRecorder struct {
	by  fixed.Point26_6 // whole pixels
	ops []byte          // each step: its kind, then its points
}

// Steps of an outline, as the rasteriser takes them.
const (
	outlineStart byte = iota
	outlineLine
	outlineQuad
	outlineCubic
)

// outlineSeeds hash outlines, two ways.
var outlineSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

func (o *outlineRecorder) start(corner image.Point) {
	o.by, o.ops = fixed.P(corner.X, corner.Y), o.ops[:0]
}

func (o *outlineRecorder) add(kind byte, points ...fixed.Point26_6) {
	o.ops = append(o.ops, kind)
	for _, p := range points {
		p = p.Sub(o.by)
		o.ops = binary.LittleEndian.AppendUint32(o.ops, uint32(p.X))
		o.ops = binary.LittleEndian.AppendUint32(o.ops, uint32(p.Y))
	}
}

func (o *outlineRecorder) Start(a fixed.Point26_6)      { o.add(outlineStart, a) }
func (o *outlineRecorder) Add1(b fixed.Point26_6)       { o.add(outlineLine, b) }
func (o *outlineRecorder) Add2(b, c fixed.Point26_6)    { o.add(outlineQuad, b, c) }
func (o *outlineRecorder) Add3(b, c, d fixed.Point26_6) { o.add(outlineCubic, b, c, d) }

// key names the outline recorded, in a box of size filled by the rule.
func (o *outlineRecorder) key(size image.Point, nonZero bool) outlineKey {
	return outlineKey{
		hash:    [2]uint64{maphash.Bytes(outlineSeeds[0], o.ops), maphash.Bytes(outlineSeeds[1], o.ops)},
		width:   uint8(size.X),
		height:  uint8(size.Y),
		nonZero: nonZero,
	}
}

// replay hands the outline recorded to r.
func (o *outlineRecorder) replay(r raster.Adder) {
	var p [3]fixed.Point26_6
	for i := 0; i < len(o.ops); {
		kind := o.ops[i]
		i++
		n := int(kind)
		if kind == outlineStart {
			n = 1
		}
		for j := range n {
			p[j] = fixed.Point26_6{X: fixed.Int26_6(int32(binary.LittleEndian.Uint32(o.ops[i:]))), Y: fixed.Int26_6(int32(binary.LittleEndian.Uint32(o.ops[i+4:])))}
			i += 8
		}
		switch kind {
		case outlineStart:
			r.Start(p[0])
		case outlineLine:
			r.Add1(p[0])
		case outlineQuad:
			r.Add2(p[0], p[1])
		default:
			r.Add3(p[0], p[1], p[2])
		}
	}
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
