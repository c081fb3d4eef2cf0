package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
)

// shownDialog is a dialog the window put up, and what Enter does in it.
type shownDialog struct {
	d       dialog.Dialog
	confirm func() // nil: Enter closes it, as its one button does
}

// dialogChrome is the room a dialog takes around its content: its title,
// padding and buttons; dialogMargin is what it leaves of the window above
// and below it.
var (
	dialogChrome = fyne.NewSize(48, 140)
	dialogMargin = float32(48)
)

// showDialog puts d up, sized to hold content of the given size (never
// less than it needs, never more than the window), with the keys to first
// (nil for none). While it is up, the window's own shortcuts rest, Escape
// cancels it and Enter confirms it (confirm, or closing when nil).
func (w *Window) showDialog(d dialog.Dialog, content fyne.Size, first fyne.Focusable, confirm func()) {
	sd := &shownDialog{d: d, confirm: confirm}
	w.dialogs = append(w.dialogs, sd)
	d.SetOnClosed(func() { w.forgetDialog(sd) })
	want := content.Add(dialogChrome)
	room := w.Win.Canvas().Size()
	d.Resize(fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height)))
	d.Show()
	if first != nil {
		w.Win.Canvas().Focus(first)
	}
}

// fitScroll gives a scroll the height of what it holds, up to most of the
// window's, and at least width: the dialog around it is sized to content.
func (w *Window) fitScroll(s *container.Scroll, width float32) *container.Scroll {
	inner := s.Content.MinSize()
	room := w.Win.Canvas().Size().Height - dialogChrome.Height - dialogMargin
	s.SetMinSize(fyne.NewSize(max(width, inner.Width), max(min(inner.Height, room), 60)))
	return s
}

// forgetDialog drops sd from the dialogs up, once it is closed.
func (w *Window) forgetDialog(sd *shownDialog) {
	for i, x := range w.dialogs {
		if x == sd {
			w.dialogs = append(w.dialogs[:i], w.dialogs[i+1:]...)
			return
		}
	}
}

// topDialog is the dialog the window put up last and still shows, or nil.
func (w *Window) topDialog() *shownDialog {
	if len(w.dialogs) == 0 {
		return nil
	}
	return w.dialogs[len(w.dialogs)-1]
}

// dialogUp reports whether a dialog (or a menu) is over the window, when
// the window's own keys rest.
func (w *Window) dialogUp() bool {
	return w.topDialog() != nil || w.Win.Canvas().Overlays().Top() != nil
}

// dialogKey answers Escape and Enter for the top dialog; it reports
// whether a dialog is up, in which case the window's other keys rest.
func (w *Window) dialogKey(name fyne.KeyName) bool {
	sd := w.topDialog()
	if sd == nil {
		return w.dialogUp() // a menu or another's dialog
	}
	switch name {
	case fyne.KeyEscape:
		sd.d.Hide()
	case fyne.KeyReturn, fyne.KeyEnter:
		if sd.confirm != nil {
			sd.confirm()
		} else {
			sd.d.Hide()
		}
	}
	return true
}

// showError puts up what went wrong, with a Close button.
func (w *Window) showError(err error) {
	w.showDialog(dialog.NewError(err, w.Win), fyne.NewSize(400, 0), nil, nil)
}

// showInformation puts up a message, with an OK button.
func (w *Window) showInformation(title, message string) {
	w.showDialog(dialog.NewInformation(title, message, w.Win), fyne.NewSize(400, 0), nil, nil)
}
