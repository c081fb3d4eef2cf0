package pen

import "image/color"

// Rect is an axis-aligned rectangle in logical pixels.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether the point (x, y) lies inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Anchor says which point of a text a Text item's X refers to.
type Anchor uint8

// Text anchors: X is the left end, the centre or the right end.
const (
	AnchorStart Anchor = iota
	AnchorMiddle
	AnchorEnd
)

// Box is a filled rectangle.
type Box struct {
	Rect
	Fill color.RGBA
}

// Line is a straight stroke.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          color.RGBA
}

// Text is one line of text; Y is its baseline.
type Text struct {
	X, Y   float64
	Body   string
	Size   float64
	Color  color.RGBA
	Anchor Anchor
}

// Point is a position in logical pixels.
type Point struct{ X, Y float64 }

// Shape is a filled polygon, optionally outlined.
type Shape struct {
	Points []Point
	Fill   color.RGBA // zero for no fill
	Stroke color.RGBA // zero for no outline
	Width  float64
}

// Scene is a picture as a list of shapes in logical pixels, painted in
// layers: grid, boxes, shapes, lines, texts, then the overlay on top. It
// is what the window and every export draw.
type Scene struct {
	// Title and Description say in words what the picture shows: the text
	// alternative that every export carries.
	Title, Description string
	Width, Height      float64
	Background         color.RGBA
	Grid               []Line // painted first, under everything else
	Boxes              []Box
	Shapes             []Shape
	Lines              []Line
	Texts              []Text
	OverlayBoxes       []Box  // painted last, over everything: tooltips
	OverlayLines       []Line // over the overlay boxes: the keyboard focus
	OverlayTexts       []Text // text on the overlay boxes
}

// Left returns the x of the text's left end.
func (t Text) Left() float64 {
	switch t.Anchor {
	case AnchorMiddle:
		return t.X - TextWidth(t.Body, t.Size)/2
	case AnchorEnd:
		return t.X - TextWidth(t.Body, t.Size)
	}
	return t.X
}

// Bounds returns the rectangle a text occupies, from cap height to baseline.
func (t Text) Bounds() Rect {
	return Rect{X: t.Left(), Y: t.Y - CapHeight(t.Size), W: TextWidth(t.Body, t.Size), H: CapHeight(t.Size)}
}
