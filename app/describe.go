package app

import (
	"backchannel/documents"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Describe says in words what the window's timeline and charts show, as
// an exported picture's description does: the text route for a reader who
// cannot see them.
func (w *Window) Describe() string {
	tl := documents.ExportTimeline(w.Dataset, w.Timeline.Events(), documents.ExportRequest{View: w.Timeline.View()})
	tl.Caption = ""
	return strings.Join([]string{tl.Describe(), w.Decades.Chart().Describe(), w.Channels.Chart().Describe()}, "\n\n")
}

// showDescription shows what Describe says and copies it to the clipboard.
func (w *Window) showDescription() {
	text := w.Describe()
	w.App.Clipboard().SetContent(text)
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	note := widget.NewLabel("Copied to the clipboard.")
	content := container.NewBorder(nil, note, nil, nil, scroll)
	w.showDialog(dialog.NewCustom("What the timeline and charts show", "Close", content, w.Win), content.MinSize(), nil, nil)
}
