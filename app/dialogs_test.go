package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/views"
)

// TestF1ShowsEveryShortcutAndEscapeClosesIt: the shortcuts dialog is as
// tall as its rows (more than ten shown at once, not one), and Escape
// closes it (#17 item 2).
func TestF1ShowsEveryShortcutAndEscapeClosesIt(t *testing.T) {
	w := newTestWindow(t)
	press(w, fyne.KeyF1)
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("F1 opened nothing")
	}
	row := widget.NewLabel("Ctrl+R").MinSize().Height
	var scroll *container.Scroll
	walkObjects(top, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok && scroll == nil {
			scroll = s
		}
	})
	if scroll == nil {
		t.Fatal("no scrolling list in the dialog")
	}
	if h := scroll.Size().Height; h < 10*row {
		t.Errorf("the list of shortcuts is %.0f high: fewer than ten rows of %.0f show at once", h, row)
	}
	press(w, fyne.KeyEscape)
	if w.Win.Canvas().Overlays().Top() != nil {
		t.Error("Escape did not close the shortcuts")
	}
}

// TestShortcutsRestWhileADialogIsUp: with Save Tour open, Ctrl+R does not
// clear the filters behind it, and the tour saved with Enter keeps them;
// the name field has the keys and is wide enough to read (#17 items 2, 3).
func TestShortcutsRestWhileADialogIsUp(t *testing.T) {
	w := newTestWindow(t)
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	w.showSaveTourDialog()
	name, ok := w.Win.Canvas().Focused().(*views.Field)
	if !ok {
		t.Fatalf("the keys are with %T, want the name field", w.Win.Canvas().Focused())
	}
	if name.Size().Width < 300 {
		t.Errorf("the name field is %.0f wide", name.Size().Width)
	}
	typeShortcut(w, fyne.KeyR, ctrl)
	if len(w.Shown) == len(w.Dataset.Events) {
		t.Fatal("Ctrl+R cleared the filters behind the dialog")
	}
	name.SetText("Secret only")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.Win.Canvas().Overlays().Top() != nil {
		t.Error("Enter did not save and close")
	}
	tours := w.Tours()
	if len(tours) != 1 || tours[0].Name != "Secret only" || len(tours[0].Channels) != 1 {
		t.Fatalf("saved tours %+v", tours)
	}
	// Escape in the field cancels: nothing more is saved.
	w.showSaveTourDialog()
	field := w.Win.Canvas().Focused().(*views.Field)
	field.SetText("Not saved")
	field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Win.Canvas().Overlays().Top() != nil || len(w.Tours()) != 1 {
		t.Error("Escape in the name field did not cancel")
	}
	// And once the dialogs are gone, Ctrl+R clears the filters again.
	typeShortcut(w, fyne.KeyR, ctrl)
	if len(w.Shown) != len(w.Dataset.Events) {
		t.Error("Ctrl+R does nothing after the dialog closed")
	}
}

// TestEscapeAndEnterInTheExportDialog: Escape cancels the export dialog
// and leaves nothing behind; Enter takes its Save… on to where to save.
func TestEscapeAndEnterInTheExportDialog(t *testing.T) {
	w := newTestWindow(t)
	w.showExportDialog(charts.Decades)
	if w.Win.Canvas().Overlays().Top() == nil {
		t.Fatal("no export dialog")
	}
	press(w, fyne.KeyEscape)
	if w.Win.Canvas().Overlays().Top() != nil || len(w.dialogs) != 0 {
		t.Fatal("Escape did not cancel the export dialog")
	}
	w.showExportDialog(charts.Decades)
	export := w.Win.Canvas().Overlays().Top()
	press(w, fyne.KeyReturn)
	if top := w.Win.Canvas().Overlays().Top(); top == nil || top == export {
		t.Error("Enter did not go on from the export dialog to choosing where to save")
	}
}
