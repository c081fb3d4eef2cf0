package pen

import "image/color"

// OverlayLinesAdd strokes a polyline over everything else, through the
// points given as x, y pairs.
func (sc *Scene) OverlayLinesAdd(c color.RGBA, w float64, xy ...float64) {
	for i := 0; i+3 < len(xy); i += 2 {
		sc.OverlayLines = append(sc.OverlayLines, Line{X1: xy[i], Y1: xy[i+1], X2: xy[i+2], Y2: xy[i+3], Width: w, Color: c})
	}
}

// Add paints o into s with its top left corner at (dx, dy), each of its
// layers onto s's, so that the order of painting holds; a background other
// than s's becomes a box (over s's grid, then).
func (s *Scene) Add(o Scene, dx, dy float64) {
	box := func(b Box) Box { b.X, b.Y = b.X+dx, b.Y+dy; return b }
	line := func(l Line) Line { l.X1, l.Y1, l.X2, l.Y2 = l.X1+dx, l.Y1+dy, l.X2+dx, l.Y2+dy; return l }
	text := func(t Text) Text { t.X, t.Y = t.X+dx, t.Y+dy; return t }
	if o.Background != s.Background {
		s.Boxes = append(s.Boxes, Box{Rect: Rect{dx, dy, o.Width, o.Height}, Fill: o.Background})
	}
	for _, l := range o.Grid {
		s.Grid = append(s.Grid, line(l))
	}
	for _, b := range o.Boxes {
		s.Boxes = append(s.Boxes, box(b))
	}
	for _, sh := range o.Shapes {
		pts := make([]Point, len(sh.Points))
		for i, p := range sh.Points {
			pts[i] = Point{p.X + dx, p.Y + dy}
		}
		sh.Points = pts
		s.Shapes = append(s.Shapes, sh)
	}
	for _, l := range o.Lines {
		s.Lines = append(s.Lines, line(l))
	}
	for _, t := range o.Texts {
		s.Texts = append(s.Texts, text(t))
	}
	for _, b := range o.OverlayBoxes {
		s.OverlayBoxes = append(s.OverlayBoxes, box(b))
	}
	for _, l := range o.OverlayLines {
		s.OverlayLines = append(s.OverlayLines, line(l))
	}
	for _, t := range o.OverlayTexts {
		s.OverlayTexts = append(s.OverlayTexts, text(t))
	}
}
