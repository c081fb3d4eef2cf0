package pen

import (
	"image"
	"image/color"
	"math"
	"sync"

	"github.com/golang/freetype/raster"
	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// runRecorder is a painter that keeps the rasteriser's spans instead of
// painting them.
type runRecorder struct {
	origin image.Point
	runs   []coverageRun
	fits   bool
}

func (r *runRecorder) SetColor(color.Color) {}

func (r *runRecorder) Paint(spans []raster.Span, _ bool) {
	for _, s := range spans {
		y, x0, x1 := s.Y-r.origin.Y, s.X0-r.origin.X, s.X1-r.origin.X
		if y != int(int16(y)) || x0 != int(int16(x0)) || x1 != int(int16(x1)) {
			r.fits = false
			continue
		}
		r.runs = append(r.runs, coverageRun{int16(y), int16(x0), int16(x1), uint16(s.Alpha)})
	}
}

// boundsOnly is an image of a size and no pixels: a drawing context needs
// to know how large its canvas is, and the painter paints elsewhere.
type boundsOnly image.Rectangle

func (b boundsOnly) ColorModel() color.Model   { return color.RGBAModel }
func (b boundsOnly) Bounds() image.Rectangle   { return image.Rectangle(b) }
func (b boundsOnly) At(int, int) color.Color   { return color.RGBA{} }
func (b boundsOnly) Set(int, int, color.Color) {}

// coverageCanvas is a rasteriser and the recorder of its runs, kept
// between sprites so that their buffers are not grown again for each.
type coverageCanvas struct {
	rasteriser *raster.Rasterizer
	runs       *runRecorder
}

func newCoverageCanvas() coverageCanvas {
	return coverageCanvas{rasteriser: raster.NewRasterizer(0, 0), runs: &runRecorder{}}
}

// start readies the rasteriser for an outline in a box of size, filled
// by the non-zero rule or go-chart's fill's even-odd one, its runs kept
// relative to origin, and returns it to add the outline to.
func (c coverageCanvas) start(size image.Point, nonZero bool, origin image.Point) *raster.Rasterizer {
	c.rasteriser.SetBounds(size.X, size.Y)
	c.rasteriser.UseNonZeroWinding = nonZero
	c.runs.origin, c.runs.runs, c.runs.fits = origin, c.runs.runs[:0], true
	return c.rasteriser
}

// sprite rasterises the outline added and returns its coverage.
func (c coverageCanvas) sprite() *textSprite {
	c.rasteriser.Rasterize(c.runs)
	c.rasteriser.Clear()
	return spriteOf(c.runs.runs)
}

// goChartFill is what go-chart's fill hands a rasteriser, here a: the
// path through its transformation (the identity), in 64ths of a pixel.
func goChartFill(a raster.Adder) drawing.Flattener {
	return drawing.Transformer{Tr: drawing.NewIdentityMatrix(), Flattener: drawing.FtLineBuilder{Adder: a}}
}

// spriteCanvas is a coverage canvas and the path it fills, for texts.
type spriteCanvas struct {
	coverageCanvas
	path drawing.Path
	fill drawing.Flattener
}

var canvases = sync.Pool{New: func() any {
	c := &spriteCanvas{coverageCanvas: newCoverageCanvas()}
	c.fill = goChartFill(c.rasteriser)
	return c
}}

// rasteriseWhole fills the text's outline as go-chart's raster context
// would in place (the same path, flattened and rasterised the same way),
// in a rasteriser the size of the text with an em of room around it.
func rasteriseWhole(key spriteKey) *textSprite {
	em := key.size * key.dpi / 64 // pixels, as go-chart's raster context sets type
	pad := int(math.Ceil(em)) + 2
	room := image.Rect(0, 0, int(math.Ceil(TextWidth(key.body, em)))+1+2*pad, 3*pad)
	origin := image.Pt(pad, 2*pad)
	c := canvases.Get().(*spriteCanvas)
	defer canvases.Put(c)
	c.path.Clear()
	if err := addTextOutline(&c.path, key, float64(origin.X)+float64(key.offset)/64, float64(origin.Y)); err != nil {
		return nil
	}
	c.start(room.Size(), false, origin)
	drawing.Flatten(&c.path, c.fill, 1)
	s := c.sprite()
	// Ink on the room's edge may have been cut: such a text is drawn in
	// place. (An outline is closed, so ink past an edge reaches it.)
	if !c.runs.fits || !s.box.Add(origin).In(room.Inset(1)) {
		return nil
	}
	return s
}

// addTextOutline adds the outline of key's text with its origin at (x, y)
// to path, glyph for glyph where go-chart's CreateStringPath puts
// them, but the last glyph first. The rasteriser keeps each row's cells
// in a list sorted left to right and walks it for every new cell, so text
// added right to left costs a step a cell instead of a walk along the
// row. The cells, sums of the same segments' areas, come out the same.
func addTextOutline(path drawing.PathBuilder, key spriteKey, x, y float64) error {
	scale := fixed.Int26_6(key.size * key.dpi)
	type placed struct {
		glyph truetype.Index
		x     float64
	}
	var glyphs []placed
	prev, hasPrev := truetype.Index(0), false
	for _, r := range key.body {
		g := key.font.Index(r)
		if hasPrev {
			x += float64(key.font.Kern(scale, prev, g)) / 64
		}
		glyphs = append(glyphs, placed{g, x})
		x += float64(key.font.HMetric(scale, g).AdvanceWidth) / 64
		prev, hasPrev = g, true
	}
	var buf truetype.GlyphBuf
	for i := len(glyphs) - 1; i >= 0; i-- {
		if err := buf.Load(key.font, scale, glyphs[i].glyph, font.HintingNone); err != nil {
			return err
		}
		start := 0
		for _, end := range buf.Ends {
			drawing.DrawContour(path, buf.Points[start:end], glyphs[i].x, y)
			start = end
		}
	}
	return nil
}
