package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// middleOf is the middle of o, where the canvas draws it.
func middleOf(o fyne.CanvasObject) fyne.Position {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return at.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

// TestTheTextEntryUnderAFingerIsFound: a point over the search box finds
// it; one over the timeline finds none; with the event form open, a point
// over its title finds that entry and nothing behind the form is found.
func TestTheTextEntryUnderAFingerIsFound(t *testing.T) {
	w := newTestWindow(t)
	c := w.Win.Canvas()
	if got := textEntryAt(c, middleOf(w.Filters.Search)); got != w.Filters.Search {
		t.Errorf("over the search box: %T", got)
	}
	if got := textEntryAt(c, middleOf(w.Timeline)); got != nil {
		t.Errorf("over the timeline: %T", got)
	}
	w.Timeline.Select(0)
	w.editSelected()
	c.Capture()
	title := w.eventForm.entries["title"]
	if got := textEntryAt(c, middleOf(title)); got != title {
		t.Errorf("over the form's title: %T", got)
	}
	if got := textEntryAt(c, middleOf(w.Filters.Search)); got == w.Filters.Search {
		t.Error("the search box, behind the form, was found")
	}
	w.eventForm.dialog.Hide()
	w.Filters.Search.Disable()
	if got := textEntryAt(c, middleOf(w.Filters.Search)); got != nil {
		t.Errorf("over a disabled search box: %T", got)
	}
}
