package charts

import "backchannel/pen"

// The keyboard's marks: a ring round a picture that has the keyboard's
// focus, and an outline round the bar segment it stands on.

// focusRing adds a ring just inside the picture's edge, in the text colour,
// so that it has the text's contrast against the background.
func focusRing(sc *pen.Scene, th Theme) {
	w := th.Stroke * 2
	in := w / 2
	x0, y0, x1, y1 := in, in, sc.Width-in, sc.Height-in
	sc.OverlayLinesAdd(th.Text, w, x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)
}

// SegmentKey names a bar segment: its row and its category.
type SegmentKey struct {
	Row      int
	Category int
}

// cursorOutline outlines the segment the keyboard stands on, a little
// outside it, in the text colour.
func cursorOutline(sc *pen.Scene, r pen.Rect, th Theme) {
	w := th.Stroke * 2.5
	o := w
	x0, y0, x1, y1 := r.X-o, r.Y-o, r.X+r.W+o, r.Y+r.H+o
	sc.OverlayLinesAdd(th.Text, w, x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)
}
