package pen

import (
	"bytes"
	"fmt"
	"html"
	"image"
	"image/color"
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Target is the kind of go-chart renderer a scene is painted onto.
type Target uint8

// The renderers: go-chart's raster (PNG) and vector (SVG) ones, and the
// PDF pen.
const (
	RasterTarget Target = iota
	SVGTarget
	PDFTarget
)

// dpi makes one font-size unit one pixel. go-chart's raster context sets
// type at points×DPI/64 pixels per em, its SVG writer at points×DPI/72.
func (t Target) dpi() float64 {
	if t != RasterTarget {
		return 72
	}
	return 64
}

// Paint draws a scene onto a go-chart renderer of the given target,
// multiplying every length, font size and stroke by scale.
func Paint(r pen, target Target, s Scene, scale float64) error {
	f, err := loadFont()
	if err != nil {
		return fmt.Errorf("loading chart font: %w", err)
	}
	escape := target == SVGTarget // SVG text is markup
	r.SetDPI(target.dpi())
	r.SetFont(f)
	px := func(v float64) int { return int(math.Round(v * scale)) }
	fillRect(r, Rect{0, 0, s.Width, s.Height}, s.Background, px)
	strokeLines(r, s.Grid, scale, px)
	for _, b := range s.Boxes {
		fillRect(r, b.Rect, b.Fill, px)
	}
	for _, sh := range s.Shapes {
		paintShape(r, sh, scale)
	}
	strokeLines(r, s.Lines, scale, px)
	paintTexts(r, f, s.Texts, scale, escape, px)
	for _, b := range s.OverlayBoxes {
		fillRect(r, b.Rect, b.Fill, px)
	}
	strokeLines(r, s.OverlayLines, scale, px)
	paintTexts(r, f, s.OverlayTexts, scale, escape, px)
	return nil
}

// textBatcher is a pen that can paint a list of texts in one go; it
// reports false when they must be painted one by one instead.
type textBatcher interface {
	paintTextBatch(texts []Text) bool
}

func paintTexts(r pen, f *truetype.Font, texts []Text, scale float64, escape bool, px func(float64) int) {
	if b, ok := r.(textBatcher); ok && b.paintTextBatch(texts) {
		return
	}
	for _, t := range texts {
		if t.Body == "" {
			continue
		}
		r.ResetStyle()
		r.SetFont(f)
		r.SetFontSize(t.Size * scale)
		r.SetFontColor(drawingColor(t.Color))
		body := t.Body
		if escape {
			body = html.EscapeString(body)
		}
		r.Text(body, px(t.Left()), px(t.Y))
	}
}

// rowCuller is a pen that paints only some rows, and can tell that
// nothing between two heights, stroked width wide, falls on them.
type rowCuller interface {
	missesRows(top, bottom, width float64) bool
}

func paintShape(r pen, sh Shape, scale float64) {
	if len(sh.Points) < 3 {
		return
	}
	if c, ok := r.(rowCuller); ok {
		top, bottom := sh.Points[0].Y, sh.Points[0].Y
		for _, p := range sh.Points[1:] {
			top, bottom = min(top, p.Y), max(bottom, p.Y)
		}
		if c.missesRows(top*scale, bottom*scale, sh.Width*scale) {
			return
		}
	}
	r.ResetStyle()
	if sh.Fill.A != 0 {
		r.SetFillColor(drawingColor(sh.Fill))
	}
	if sh.Stroke.A != 0 {
		r.SetStrokeColor(drawingColor(sh.Stroke))
		r.SetStrokeWidth(sh.Width * scale)
	}
	// Shapes keep sub-pixel precision where the pen allows it.
	if fp, ok := r.(floatPen); ok {
		fp.MoveToF(sh.Points[0].X*scale, sh.Points[0].Y*scale)
		for _, p := range sh.Points[1:] {
			fp.LineToF(p.X*scale, p.Y*scale)
		}
	} else {
		px := func(v float64) int { return int(math.Round(v * scale)) }
		r.MoveTo(px(sh.Points[0].X), px(sh.Points[0].Y))
		for _, p := range sh.Points[1:] {
			r.LineTo(px(p.X), px(p.Y))
		}
	}
	r.Close()
	switch {
	case sh.Fill.A != 0 && sh.Stroke.A != 0:
		r.FillStroke()
	case sh.Fill.A != 0:
		r.Fill()
	default:
		r.Stroke()
	}
}

func strokeLines(r pen, lines []Line, scale float64, px func(float64) int) {
	c, culls := r.(rowCuller)
	for _, l := range lines {
		if culls && c.missesRows(float64(px(min(l.Y1, l.Y2))), float64(px(max(l.Y1, l.Y2))), l.Width*scale) {
			continue
		}
		r.ResetStyle()
		r.SetStrokeColor(drawingColor(l.Color))
		r.SetStrokeWidth(l.Width * scale)
		r.MoveTo(px(l.X1), px(l.Y1))
		r.LineTo(px(l.X2), px(l.Y2))
		r.Stroke()
	}
}

func fillRect(r pen, rc Rect, c color.RGBA, px func(float64) int) {
	x0, y0, x1, y1 := px(rc.X), px(rc.Y), px(rc.X+rc.W), px(rc.Y+rc.H)
	if x1 <= x0 || y1 <= y0 {
		return
	}
	if f, ok := r.(rectFiller); ok {
		f.FillRect(image.Rect(x0, y0, x1, y1), c)
		return
	}
	r.ResetStyle()
	r.SetFillColor(drawingColor(c))
	r.MoveTo(x0, y0)
	r.LineTo(x1, y0)
	r.LineTo(x1, y1)
	r.LineTo(x0, y1)
	r.Close()
	r.Fill()
}

func drawingColor(c color.RGBA) drawing.Color {
	return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A}
}

// WritePNG paints a scene as a PNG of its size times scale.
func WritePNG(w io.Writer, s Scene, scale float64) error {
	img, err := RenderImage(s, scale)
	if err != nil {
		return err
	}
	return encodePNG(w, img, s)
}

// WriteSVG paints a scene as an SVG document whose user units are the
// scene's pixels times scale.
func WriteSVG(w io.Writer, s Scene, scale float64) error {
	doc, err := SVGDocument(s, scale, "chart")
	if err != nil {
		return err
	}
	_, err = w.Write(doc)
	return err
}

// SVGDocument paints a scene as SVG, its title and description named by
// ids that start with id.
func SVGDocument(s Scene, scale float64, id string) ([]byte, error) {
	width, height := int(math.Round(s.Width*scale)), int(math.Round(s.Height*scale))
	if width <= 0 || height <= 0 {
		return nil, errImageSize(width, height)
	}
	r, err := chart.SVG(width, height)
	if err != nil {
		return nil, err
	}
	if err := Paint(r, SVGTarget, s, scale); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return nil, err
	}
	// go-chart writes only a viewBox; a width and height give the document
	// its size in programs that do not fit it to a window.
	doc := bytes.Replace(buf.Bytes(), []byte("<svg "), []byte(fmt.Sprintf(`<svg width="%d" height="%d" `, width, height)), 1)
	return svgAltText(doc, s, id), nil
}

func errImageSize(w, h int) error {
	return fmt.Errorf("image size %dx%d: want both sides above zero", w, h)
}
