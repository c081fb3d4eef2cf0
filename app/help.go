package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
	"backchannel/internal/files"
)

// Version is the version Help > About shows; main sets it from FyneApp.toml.
var Version = "development build"

// showSources lists the dataset's sources with how many events cite each.
func (w *Window) showSources() {
	box := container.NewVBox()
	for _, line := range sourcesText(w.Dataset) {
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	scroll := w.fitScroll(container.NewVScroll(box), 680)
	w.showDialog(dialog.NewCustom("Sources of "+w.Dataset.Title, "Close", scroll, w.Win), scroll.MinSize(), nil, nil)
}

// sourcesText is what Help > Sources says: how far the record runs, then
// each source with how many events cite it.
func sourcesText(ds *data.Dataset) []string {
	var lines []string
	if through := ds.Coverage.Through(); through != "" {
		lines = append(lines, fmt.Sprintf("%d events from %s %s, from %d sources.", len(ds.Events),
			data.FormatYear(ds.Coverage.From.Year), through, len(ds.Sources)))
	}
	cited := ds.CitationCounts()
	for _, id := range ds.SourceIDs() {
		n := cited[id]
		events := "events"
		if n == 1 {
			events = "event"
		}
		lines = append(lines, fmt.Sprintf("%s — cited by %d %s", ds.Source(id).Citation(), n, events))
	}
	return lines
}

// browserKeysNote says which keys a browser keeps for itself.
const browserKeysNote = "In a browser some keys are the browser's before the page sees them: Ctrl+N, Ctrl+T, Ctrl+W and Ctrl+1 to Ctrl+9 open, close and switch tabs. Add an event with the toolbar's + button, and choose a theme in the View menu."

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
	for _, s := range windowKeys().all() {
		add(s.label, s.what)
	}
	content := fyne.CanvasObject(grid)
	if files.InBrowser {
		note := widget.NewLabel(browserKeysNote)
		note.Wrapping = fyne.TextWrapWord
		content = container.NewBorder(note, nil, nil, nil, grid)
	}
	scroll := w.fitScroll(container.NewVScroll(content), 0)
	w.showDialog(dialog.NewCustom("Keyboard shortcuts", "Close", scroll, w.Win), scroll.MinSize(), nil, nil)
}

// showAbout names the app, its version, licence and data sources.
func (w *Window) showAbout() {
	ds := w.Dataset
	ids, _ := ds.MostCited()
	var sources []string
	for _, id := range ids[:min(2, len(ids))] {
		sources = append(sources, "• "+ds.Source(id).Citation())
	}
	holds := ds.Title
	if through := ds.Coverage.Through(); through != "" {
		holds += ", " + through
	}
	text := fmt.Sprintf("Backchannel %s\n\nU.S.–Iran official contacts since 1979, as a timeline and charts, for teaching.\n\n"+
		"Licence: MIT.\n\nData: %s. Its most cited texts:\n%s\nand %d more sources (Help > Sources lists them all).",
		Version, holds, strings.Join(sources, "\n"), len(ids)-len(sources))
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(560, 320))
	w.showDialog(dialog.NewCustom("About Backchannel", "Close", scroll, w.Win), scroll.MinSize(), nil, nil)
}
