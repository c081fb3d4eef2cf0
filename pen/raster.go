package pen

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sync"

	"github.com/golang/freetype/raster"
	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// pen is the part of go-chart's Renderer that Paint uses. go-chart's SVG
// renderer is one; rasterPen, which paints into an image the caller
// owns, is the other.
type pen interface {
	ResetStyle()
	SetDPI(dpi float64)
	SetFont(f *truetype.Font)
	SetFontSize(size float64)
	SetFontColor(c drawing.Color)
	SetFillColor(c drawing.Color)
	SetStrokeColor(c drawing.Color)
	SetStrokeWidth(width float64)
	MoveTo(x, y int)
	LineTo(x, y int)
	Close()
	Fill()
	Stroke()
	FillStroke()
	Text(body string, x, y int)
}

// floatPen is a pen that takes sub-pixel coordinates.
type floatPen interface {
	MoveToF(x, y float64)
	LineToF(x, y float64)
}

// rectFiller is a pen that fills pixel-aligned rectangles directly.
type rectFiller interface {
	FillRect(r image.Rectangle, c color.RGBA)
}

// rasterPen draws on an RGBA image through go-chart's drawing context.
// It paints only the rows of clip: the whole image, or one band of it
// when each core paints its own band of a frame (paintInBands).
type rasterPen struct {
	img         *image.RGBA
	clip        image.Rectangle
	bands       int // how many bands the pen may cut a large fill into
	gc          *drawing.RasterGraphicContext
	plan        textPlan    // the frame's texts, planned once for every band; nil: in place
	canvas      *bandCanvas // where gc came from, to go back to the pool
	path        pathBounds  // of the path being built, to skip one that misses clip
	font        *truetype.Font
	fontSize    float64
	dpi         float64
	lineWidth   float64
	fontColor   drawing.Color
	fillColor   drawing.Color
	strokeColor drawing.Color
	background  color.RGBA // what the picture was filled with, under most of what is drawn
}

// newRasterPen returns a pen over the whole of img that rasterises every
// text in place: what painting in bands from the sprite cache must match.
func newRasterPen(img *image.RGBA) *rasterPen {
	p := newBandPen(img, img.Bounds(), nil)
	p.bands = img.Bounds().Dy() / 64
	return p
}

// newBandPen returns a pen that paints only the rows of band, its texts
// as plan has them (nil: in place). Its drawing context comes from a
// pool: give it back with done.
func newBandPen(img *image.RGBA, band image.Rectangle, plan textPlan) *rasterPen {
	band = band.Intersect(img.Bounds())
	c := bandCanvasFor(img.Bounds().Size())
	c.painter.Image = img.SubImage(band).(*image.RGBA)
	return &rasterPen{img: img, clip: band, bands: 1, gc: c.gc, dpi: c.gc.GetDPI(), plan: plan, canvas: c}
}

// done gives the pen's drawing context back to the pool, for the next
// frame of the same size.
func (p *rasterPen) done() {
	if p.canvas != nil {
		p.canvas.painter.Image = nil
		bandCanvases.Put(p.canvas)
		p.canvas, p.gc = nil, nil
	}
}

// bandCanvas is a drawing context and its painter, kept from one frame to
// the next with the pen's path and what paints small shapes: the
// rasterisers' buffers, grown for a frame's shapes, are not grown again
// for every frame.
type bandCanvas struct {
	gc      *drawing.RasterGraphicContext
	painter *raster.RGBAPainter
	size    image.Point
	path    drawing.Path // the path being built, handed to gc only when gc paints it
	small   smallShapes
}

var bandCanvases sync.Pool

// bandCanvasFor returns a drawing context for pictures of size, from the
// pool when one of that size is there.
func bandCanvasFor(size image.Point) *bandCanvas {
	if c, ok := bandCanvases.Get().(*bandCanvas); ok && c.size == size {
		c.path.Clear()
		return c
	}
	painter := &raster.RGBAPainter{Op: draw.Over}
	// The context keeps the image it is made with: an image of a size and
	// no pixels, so a pooled context holds no frame alive.
	gc := drawing.NewRasterGraphicContextWithPainter(boundsOnly(image.Rectangle{Max: size}), painter)
	return &bandCanvas{gc: gc, painter: painter, size: size, small: newSmallShapes()}
}

func (p *rasterPen) ResetStyle() {
	p.SetFillColor(drawing.ColorTransparent)
	p.SetStrokeColor(drawing.ColorTransparent)
	p.gc.SetLineWidth(0)
	p.lineWidth = 0
}
func (p *rasterPen) SetDPI(dpi float64)             { p.gc.SetDPI(dpi); p.dpi = dpi }
func (p *rasterPen) SetFont(f *truetype.Font)       { p.font = f }
func (p *rasterPen) SetFontSize(size float64)       { p.fontSize = size }
func (p *rasterPen) SetFontColor(c drawing.Color)   { p.fontColor = c }
func (p *rasterPen) SetFillColor(c drawing.Color)   { p.gc.SetFillColor(c); p.fillColor = c }
func (p *rasterPen) SetStrokeColor(c drawing.Color) { p.gc.SetStrokeColor(c); p.strokeColor = c }
func (p *rasterPen) SetStrokeWidth(width float64)   { p.gc.SetLineWidth(width); p.lineWidth = width }
func (p *rasterPen) MoveTo(x, y int)                { p.MoveToF(float64(x), float64(y)) }
func (p *rasterPen) LineTo(x, y int)                { p.LineToF(float64(x), float64(y)) }
func (p *rasterPen) Close()                         { p.canvas.path.Close() }

// Fill fills the current path, if any of it can fall on the pen's rows: a
// small one directly (smallShapes), a large one through the drawing
// context.
func (p *rasterPen) Fill() {
	if p.pathMissesClip() || p.paintSmall(true, false) {
		return
	}
	p.contextPaints(p.gc.Fill)
}

// Stroke outlines the current path, if any of it can fall on the pen's
// rows; of a vertical line, only what falls on them; a horizontal or
// vertical segment directly (strokeStraight).
func (p *rasterPen) Stroke() {
	if p.pathMissesClip() || p.strokeStraight() || p.paintSmall(false, true) {
		return
	}
	p.shortenVerticalLine()
	p.contextPaints(p.gc.Stroke)
}

// FillRect fills r with c drawn over it, within the pen's rows.
func (p *rasterPen) FillRect(r image.Rectangle, c color.RGBA) {
	fillInBands(p.img, r.Intersect(p.clip), c, p.bands)
}

// Text rasterises body in place with its origin at (x, y).
func (p *rasterPen) Text(body string, x, y int) {
	p.gc.SetFont(p.font)
	p.gc.SetFontSize(p.fontSize)
	p.gc.SetFillColor(p.fontColor)
	if _, err := p.gc.CreateStringPath(body, float64(x), float64(y)); err == nil {
		p.gc.Fill()
	}
}

// RenderImage paints a scene into a new image of its size times scale.
func RenderImage(s Scene, scale float64) (*image.RGBA, error) {
	w, h := int(math.Round(s.Width*scale)), int(math.Round(s.Height*scale))
	if w <= 0 || h <= 0 {
		return nil, errImageSize(w, h)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if err := paintInBands(img, s, scale, textSprites); err != nil {
		return nil, err
	}
	return img, nil
}

// FillStroke fills then outlines the current path, if any of it can fall
// on the pen's rows.
func (p *rasterPen) FillStroke() {
	if p.pathMissesClip() || p.paintSmall(true, true) {
		return
	}
	p.contextPaints(p.gc.FillStroke)
}

// contextPaints has the drawing context paint the pen's path with one of
// its methods (Fill, Stroke, FillStroke), as if the path were the
// context's own (which stays empty), and forgets it.
func (p *rasterPen) contextPaints(paint func(paths ...*drawing.Path)) {
	paint(&p.canvas.path)
	p.canvas.path.Clear()
}

// MoveToF starts a path at a sub-pixel position.
func (p *rasterPen) MoveToF(x, y float64) {
	p.path = pathBounds{x, x, y, y, [2]float64{x, y}, [2]float64{x, y}, 1}
	p.canvas.path.MoveTo(x, y)
}

// LineToF extends the path to a sub-pixel position.
func (p *rasterPen) LineToF(x, y float64) {
	p.path.add(x, y)
	p.canvas.path.LineTo(x, y)
}

// RenderInto paints a scene over img, which must be the scene's size times
// scale, so a caller can reuse one buffer frame after frame.
func RenderInto(img *image.RGBA, s Scene, scale float64) error {
	return paintInBands(img, s, scale, textSprites)
}

// minParallelFill is the area, in pixels, from which a fill is shared
// among the cores: a frame's background at scale 2 is 8 million.
const minParallelFill = 1 << 20

// fillInBands fills r of img with c drawn over it, large areas in up to
// bands bands of rows, one per core. Each pixel is drawn once, as
// draw.Draw would.
func fillInBands(img *image.RGBA, r image.Rectangle, c color.RGBA, bands int) {
	r = r.Intersect(img.Bounds())
	if r.Empty() {
		return
	}
	if c.A == 0xff && bands <= 1 {
		fillOpaque(img, r, c) // a band's box: no goroutines, nothing allocated
		return
	}
	src := image.NewUniform(c)
	inRowBands(r, min(runtime.GOMAXPROCS(0), bands, r.Dx()*r.Dy()/minParallelFill), func(band image.Rectangle) {
		draw.Draw(img, band, src, image.Point{}, draw.Over)
	})
}

// fillOpaque sets every pixel of r, which lies within img, to the opaque
// colour c: what drawing c over them gives.
func fillOpaque(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	first := img.PixOffset(r.Min.X, r.Min.Y)
	row := img.Pix[first : first+4*r.Dx()]
	for i := 0; i < len(row); i += 4 {
		row[i], row[i+1], row[i+2], row[i+3] = c.R, c.G, c.B, c.A
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		i := img.PixOffset(r.Min.X, y)
		copy(img.Pix[i:i+len(row)], row)
	}
}
