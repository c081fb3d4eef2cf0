package charts

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

// boundsOnly is an image of a size and no pixels: the rasteriser needs
// to know how large its canvas is, the recorder does the painting.
type boundsOnly image.Rectangle

func (b boundsOnly) ColorModel() color.Model   { return color.RGBAModel }
func (b boundsOnly) Bounds() image.Rectangle   { return image.Rectangle(b) }
func (b boundsOnly) At(int, int) color.Color   { return color.RGBA{} }
func (b boundsOnly) Set(int, int, color.Color) {}

// spriteCanvas is a rasteriser with a recorder, kept between sprites so
// that its cell buffers are not grown again for every text.
type spriteCanvas struct {
	gc   *drawing.RasterGraphicContext
	rec  *runRecorder
	size image.Rectangle
}

// canvases holds spare 4096×512 canvases: room for any label up to type
// of about 150 pixels.
var canvases = sync.Pool{New: func() any { return newSpriteCanvas(image.Rect(0, 0, 4096, 512)) }}

func newSpriteCanvas(size image.Rectangle) *spriteCanvas {
	rec := &runRecorder{}
	return &spriteCanvas{gc: drawing.NewRasterGraphicContextWithPainter(boundsOnly(size), rec), rec: rec, size: size}
}

// rasteriseWhole runs go-chart's fill over the text's outline, as the
// raster pen would in place, on a canvas with an em of room around it.
func rasteriseWhole(key spriteKey) *textSprite {
	em := key.size * key.dpi / 64 // pixels, as go-chart's raster context sets type
	pad := int(math.Ceil(em)) + 2
	room := image.Rect(0, 0, int(math.Ceil(TextWidth(key.body, em)))+1+2*pad, 3*pad)
	origin := image.Pt(pad, 2*pad)
	c := canvases.Get().(*spriteCanvas)
	if room.In(c.size) {
		defer canvases.Put(c)
	} else {
		c = newSpriteCanvas(room)
	}
	c.rec.origin, c.rec.runs, c.rec.fits = origin, c.rec.runs[:0], true
	c.gc.SetDPI(key.dpi)
	c.gc.SetFont(key.font)
	c.gc.SetFontSize(key.size)
	c.gc.SetFillColor(drawing.ColorBlack)
	if err := addTextOutline(c.gc, key, float64(origin.X)+float64(key.offset)/64, float64(origin.Y)); err != nil {
		c.gc.Fill() // clears the path
		return nil
	}
	c.gc.Fill()
	s := spriteOf(c.rec.runs)
	// Ink on the room's edge may have been cut: such a text is drawn in place.
	if !c.rec.fits || !s.box.Add(origin).In(room.Inset(1)) {
		return nil
	}
	return s
}

// addTextOutline adds the outline of key's text with its origin at (x, y)
// to gc's path, glyph for glyph where go-chart's CreateStringPath puts
// them, but the last glyph first. The rasteriser keeps each row's cells
// in a list sorted left to right and walks it for every new cell, so text
// added right to left costs a step a cell instead of a walk along the
// row. The cells, sums of the same segments' areas, come out the same.
func addTextOutline(gc *drawing.RasterGraphicContext, key spriteKey, x, y float64) error {
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
			drawing.DrawContour(gc, buf.Points[start:end], glyphs[i].x, y)
			start = end
		}
	}
	return nil
}
