package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/views"
)

// overlayWidgets walks the top overlay (an open dialog) and returns what
// it holds.
func overlayWidgets(t *testing.T, w *Window) []fyne.CanvasObject {
	t.Helper()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return test.LaidOutObjects(top)
}

// tapOverlayButton taps the button labelled text in the open dialog.
func tapOverlayButton(t *testing.T, w *Window, text string) {
	t.Helper()
	for _, o := range overlayWidgets(t, w) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("the dialog has no %q button", text)
}

// TestExportDialogKeepsABadSize: a custom size that is not a number marks
// the field and keeps Save disabled, with the dialog and its choices open
// (it used to close the dialog and lose every setting).
func TestExportDialogKeepsABadSize(t *testing.T) {
	w := newTestWindow(t)
	w.showExportDialog(charts.Timeline)
	var size *widget.Select
	var entries []*views.Field
	var save *widget.Button
	for _, o := range overlayWidgets(t, w) {
		switch o := o.(type) {
		case *widget.Select:
			for _, opt := range o.Options {
				if opt == customSize {
					size = o
				}
			}
		case *views.Field:
			entries = append(entries, o)
		case *widget.Button:
			if o.Text == "Save…" {
				save = o
			}
		}
	}
	if size == nil || len(entries) < 2 || save == nil {
		t.Fatalf("dialog parts: size %v, %d entries, save %v", size != nil, len(entries), save != nil)
	}
	size.SetSelected(customSize)
	entries[0].SetText("12a0")
	entries[0].Validate()
	if !save.Disabled() {
		t.Error("Save is enabled with a width of 12a0")
	}
	if entries[0].Validate() == nil {
		t.Error("the width field does not say what is wrong")
	}
	entries[0].SetText("1200")
	entries[0].Validate()
	if save.Disabled() {
		t.Error("Save stays disabled with a width of 1200")
	}
	if w.Win.Canvas().Overlays().Top() == nil {
		t.Error("the dialog closed")
	}
}
