package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowRow lays its objects out left to right, beginning a new line where
// the next one does not fit, each line's objects centred on it: the
// filter bar's chips and pickers stay in the window however narrow it is
// and however large the theme's type (six chips in the Projector theme
// are wider than a 1024-pixel projector). With stretchLast, the last
// object (the search field) takes the rest of its line, or a line of its
// own where less than lastMin is left.
//
// Its height depends on its width: MinSize answers for the width it was
// last laid out at, and Fyne's canvas, finding the height changed, lays
// the window out again.
type flowRow struct {
	stretchLast bool
	lastMin     float32
	width       float32 // the width last laid out at; 0 before
}

// Layout places objs at size's width.
func (f *flowRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.arrange(objs, size.Width, true)
}

// MinSize is as narrow as the widest object, and as tall as the lines
// the objects take at the width last laid out at (one line before any).
func (f *flowRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	widest, total := float32(0), float32(0)
	for i, o := range objs {
		if o.Visible() {
			w := f.widthOf(o, i == len(objs)-1)
			widest, total = max(widest, w), total+w+theme.Padding()
		}
	}
	width := f.width
	if width <= 0 {
		width = total
	}
	return fyne.NewSize(widest, f.arrange(objs, max(width, widest), false))
}

// widthOf is the least width object o takes; last says it is the last.
func (f *flowRow) widthOf(o fyne.CanvasObject, last bool) float32 {
	w := o.MinSize().Width
	if last && f.stretchLast {
		w = max(w, f.lastMin)
	}
	return w
}

// arrange works out the lines the objects take at width, moving them
// there where move is set, and returns the height they take.
func (f *flowRow) arrange(objs []fyne.CanvasObject, width float32, move bool) float32 {
	pad := theme.Padding()
	var line []fyne.CanvasObject
	x, y, lineH := float32(0), float32(0), float32(0)
	place := func() { // the line so far, centred on its height
		if move {
			for _, o := range line {
				o.Move(fyne.NewPos(o.Position().X, y+(lineH-o.Size().Height)/2))
			}
		}
		line = line[:0]
	}
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		last := i == len(objs)-1
		w, h := f.widthOf(o, last), o.MinSize().Height
		if x > 0 && x+w > width {
			place()
			x, y, lineH = 0, y+lineH+pad, 0
		}
		if last && f.stretchLast {
			w = max(w, width-x)
		}
		if move {
			o.Resize(fyne.NewSize(w, h))
			o.Move(fyne.NewPos(x, 0))
			line = append(line, o)
		}
		x, lineH = x+w+pad, max(lineH, h)
	}
	place()
	return y + lineH
}
