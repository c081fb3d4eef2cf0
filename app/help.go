package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"backchannel/views"
)

// Version is the version Help > About shows; main sets it from FyneApp.toml.
var Version = "development build"

// showSources lists the dataset's sources with how many events cite each.
func (w *Window) showSources() {
	cited := map[string]int{}
	for _, e := range w.Dataset.Events {
		for _, s := range e.Sources {
			cited[s]++
		}
	}
	box := container.NewVBox()
	for _, id := range w.Dataset.SourceIDs() {
		l := widget.NewLabel(fmt.Sprintf("%s — cited by %d event(s)", views.SourceLine(w.Dataset.Sources[id], id), cited[id]))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	scroll := container.NewVScroll(box)
	scroll.SetMinSize(fyne.NewSize(680, 420))
	dialog.NewCustom("Sources of "+w.Dataset.Title, "Close", scroll, w.Win).Show()
}

// showShortcuts lists every key the window and the timeline answer.
func (w *Window) showShortcuts() {
	grid := container.New(layout.NewFormLayout())
	add := func(keys, what string) {
		grid.Add(widget.NewLabelWithStyle(keys, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(what))
	}
	for _, k := range timelineKeys {
		add(k[0], k[1])
	}
	for _, s := range shortcuts() {
		add(s.label, s.what)
	}
	dialog.NewCustom("Keyboard shortcuts", "Close", container.NewVScroll(grid), w.Win).Show()
}

// showAbout names the app, its version, licence and data sources.
func (w *Window) showAbout() {
	version := Version
	var sources []string
	for _, id := range w.Dataset.SourceIDs() {
		if !strings.HasPrefix(id, "record-") {
			sources = append(sources, "• "+views.SourceLine(w.Dataset.Sources[id], id))
		}
	}
	text := fmt.Sprintf("Backchannel %s\n\nU.S.–Iran official contacts since 1979, as a timeline and charts, for teaching.\n\n"+
		"Licence: MIT.\n\nData: %s, built from these texts and, after 2007, the public record:\n%s",
		version, w.Dataset.Title, strings.Join(sources, "\n"))
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(560, 320))
	dialog.NewCustom("About Backchannel", "Close", scroll, w.Win).Show()
}
