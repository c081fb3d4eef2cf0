package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Field is a one-line entry whose Escape the window answers: the filter
// bar's search box gives the keys back to the timeline, a dialog's field
// cancels its dialog. Enter calls OnSubmitted, as in any entry.
type Field struct {
	widget.Entry

	// OnEscape, when set, is called when Escape is pressed in the box.
	OnEscape func()
}

// NewField returns an empty field.
func NewField() *Field {
	e := &Field{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable: Escape leaves, other keys edit.
func (e *Field) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
