package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"backchannel/views"
)

// The window's text entries, found by where they are drawn: a page on a
// tablet brings up the on-screen keyboard when a finger lifts over one
// (see pagekeyboard_js.go), and must know at once, before Fyne has
// handled the tap.

// textEntry is a field that takes typed text: Fyne's entries, and the
// fields and select entries made of them.
type textEntry interface {
	fyne.Focusable
	SetText(string)
	Disabled() bool
}

// textEntryAt is the enabled text entry drawn at pos on c (in the
// canvas's coordinates), in the topmost overlay if one is shown, or nil.
func textEntryAt(c fyne.Canvas, pos fyne.Position) textEntry {
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
	var found textEntry
	eachShown(root, func(o fyne.CanvasObject) {
		e, ok := o.(textEntry)
		if !ok || e.Disabled() {
			return
		}
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		size := o.Size()
		if pos.X >= at.X && pos.X < at.X+size.Width && pos.Y >= at.Y && pos.Y < at.Y+size.Height {
			found = e
		}
	})
	return found
}

// eachShown visits o and what it holds, where it is shown, through the
// containers and widgets the window builds its text entries into.
func eachShown(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	visit(o)
	var inside []fyne.CanvasObject
	switch t := o.(type) {
	case *fyne.Container:
		inside = t.Objects
	case *container.Scroll:
		inside = []fyne.CanvasObject{t.Content}
	case *container.Split:
		inside = []fyne.CanvasObject{t.Leading, t.Trailing}
	case *widget.PopUp:
		inside = []fyne.CanvasObject{t.Content}
	case *widget.Form:
		for _, item := range t.Items {
			inside = append(inside, item.Widget)
		}
	case *views.FilterBar:
		inside = []fyne.CanvasObject{t.Search}
	}
	for _, child := range inside {
		eachShown(child, visit)
	}
}
