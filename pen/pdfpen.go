package pen

import (
	"image"
	"image/color"

	"github.com/golang/freetype/truetype"
	"github.com/signintech/gopdf"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"github.com/wcharczuk/go-chart/v2/roboto"
)

// pdfFont is the name the PDF knows the chart font by: the same Roboto the
// pictures are measured and painted in, embedded as a subset and named as
// one: a six-letter tag and a plus before the family, as PDF readers expect.
const pdfFont = "BCKCHN+Roboto"

// pdfPen paints a scene onto the current page of a PDF, in points, one
// logical pixel a point: vector shapes, and text as text, selectable and
// searchable.
type pdfPen struct {
	pdf                *gopdf.GoPdf
	path               []gopdf.Point
	fill, stroke, font drawing.Color
	width, size        float64
}

// NewPDF starts a PDF of pages width×height points with the chart font
// and the document's title.
func NewPDF(title string, width, height float64) (*gopdf.GoPdf, error) {
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: width, H: height}})
	pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "Backchannel"})
	if err := pdf.AddTTFFontData(pdfFont, roboto.Roboto); err != nil {
		return nil, err
	}
	return pdf, nil
}

func (p *pdfPen) ResetStyle() {
	p.fill, p.stroke, p.width = drawing.ColorTransparent, drawing.ColorTransparent, 0
}
func (p *pdfPen) SetDPI(float64)                 {}
func (p *pdfPen) SetFont(*truetype.Font)         {}
func (p *pdfPen) SetFontSize(size float64)       { p.size = size }
func (p *pdfPen) SetFontColor(c drawing.Color)   { p.font = c }
func (p *pdfPen) SetFillColor(c drawing.Color)   { p.fill = c }
func (p *pdfPen) SetStrokeColor(c drawing.Color) { p.stroke = c }
func (p *pdfPen) SetStrokeWidth(width float64)   { p.width = width }
func (p *pdfPen) MoveTo(x, y int)                { p.MoveToF(float64(x), float64(y)) }
func (p *pdfPen) LineTo(x, y int)                { p.LineToF(float64(x), float64(y)) }

// MoveToF starts a path at a point.
func (p *pdfPen) MoveToF(x, y float64) { p.path = append(p.path[:0], gopdf.Point{X: x, Y: y}) }

// LineToF extends the path to a point.
func (p *pdfPen) LineToF(x, y float64) { p.path = append(p.path, gopdf.Point{X: x, Y: y}) }

// Close closes the path; the PDF closes polygons itself.
func (p *pdfPen) Close() {}

// Fill fills the path in the fill colour.
func (p *pdfPen) Fill() { p.draw(true, false) }

// Stroke draws the path's outline in the stroke colour.
func (p *pdfPen) Stroke() { p.draw(false, true) }

// FillStroke fills the path, then outlines it.
func (p *pdfPen) FillStroke() { p.draw(true, true) }

// draw paints the path: a line for two points, else a polygon.
func (p *pdfPen) draw(fill, stroke bool) {
	defer func() { p.path = p.path[:0] }()
	fill = fill && p.fill.A > 0
	stroke = stroke && p.stroke.A > 0 && p.width > 0
	if !fill && !stroke || len(p.path) < 2 {
		return
	}
	if stroke {
		p.pdf.SetStrokeColor(p.stroke.R, p.stroke.G, p.stroke.B)
		p.pdf.SetLineWidth(p.width)
	}
	if len(p.path) == 2 {
		if stroke {
			p.pdf.Line(p.path[0].X, p.path[0].Y, p.path[1].X, p.path[1].Y)
		}
		return
	}
	style := "D"
	if fill {
		p.pdf.SetFillColor(p.fill.R, p.fill.G, p.fill.B)
		style = "F"
		if stroke {
			style = "DF"
		}
	}
	p.pdf.Polygon(append([]gopdf.Point(nil), p.path...), style)
}

// FillRect fills a rectangle.
func (p *pdfPen) FillRect(r image.Rectangle, c color.RGBA) {
	p.pdf.SetFillColor(c.R, c.G, c.B)
	p.pdf.RectFromUpperLeftWithStyle(float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy()), "F")
}

// Text writes body with its baseline's left end at (x, y).
func (p *pdfPen) Text(body string, x, y int) {
	if err := p.pdf.SetFont(pdfFont, "", p.size); err != nil {
		return
	}
	p.pdf.SetTextColor(p.font.R, p.font.G, p.font.B)
	p.pdf.SetXY(float64(x), float64(y))
	p.pdf.Text(body) // a glyph the font lacks is left out, as in the pictures
}

// AddPDFPage adds a page the size of s and paints s onto it.
func AddPDFPage(pdf *gopdf.GoPdf, s Scene) error {
	pdf.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: s.Width, H: s.Height}})
	return Paint(&pdfPen{pdf: pdf}, PDFTarget, s, 1)
}
