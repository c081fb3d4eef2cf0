package charts

import (
	"backchannel/pen"
	"image/color"
)

// MinMarkContrast is the contrast a chart mark needs against what is
// around it, unless an edge separates them.
const MinMarkContrast = 3

// edgeFor returns the outline a mark of colour fill needs to stand out
// from the background, and its width: none where the fill alone has 3:1.
func (th Theme) edgeFor(fill color.RGBA) (color.RGBA, float64) {
	if pen.ContrastRatio(fill, th.Background) >= MinMarkContrast {
		return color.RGBA{}, 0
	}
	return th.Text, th.Stroke
}

// Mark is a filled marker, outlined where its colour is too close to the
// background's.
func (th Theme) Mark(points []pen.Point, fill color.RGBA) pen.Shape {
	edge, w := th.edgeFor(fill)
	return pen.Shape{Points: points, Fill: fill, Stroke: edge, Width: w}
}

// outline adds lines around r where its fill needs an edge: all four sides,
// or the sides named by sides ("lrt" is left, right and top).
func (th Theme) outline(sc *pen.Scene, r pen.Rect, fill color.RGBA, sides string) {
	edge, w := th.edgeFor(fill)
	if w == 0 {
		return
	}
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	for _, side := range sides {
		switch side {
		case 'l':
			sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: y0, X2: x0, Y2: y1, Width: w, Color: edge})
		case 'r':
			sc.Lines = append(sc.Lines, pen.Line{X1: x1, Y1: y0, X2: x1, Y2: y1, Width: w, Color: edge})
		case 't':
			sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: y0, X2: x1, Y2: y0, Width: w, Color: edge})
		case 'b':
			sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: y1, X2: x1, Y2: y1, Width: w, Color: edge})
		}
	}
}
