package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// SearchEntry is the filter bar's search box. Enter calls OnSubmitted,
// as in any entry; Escape calls OnEscape, so that the window can give the
// keys back to the timeline.
type SearchEntry struct {
	widget.Entry

	// OnEscape, when set, is called when Escape is pressed in the box.
	OnEscape func()
}

// NewSearchEntry returns an empty search box.
func NewSearchEntry() *SearchEntry {
	e := &SearchEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable: Escape leaves, other keys edit.
func (e *SearchEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
