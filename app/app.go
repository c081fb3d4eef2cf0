// Package app is the running Backchannel application: its window, menus
// and state, wiring the dataset to the charts and views.
package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"backchannel/assets"
	"backchannel/charts"
	"backchannel/data"
	"backchannel/views"
)

// Window is Backchannel's main window and what it shows.
type Window struct {
	App      fyne.App
	Win      fyne.Window
	Dataset  *data.Dataset
	Theme    charts.Theme
	Timeline *views.TimelineView
	Decades  *views.ChartView
	Channels *views.ChartView
	Summary  *widget.Label
	Status   *widget.Label
}

// statusHint is the status line when nothing is selected.
const statusHint = "Click an event for its details · scroll to zoom, drag to pan · ←/→ step through events · 0 fits all"

// NewWindow builds the main window on ds without showing it.
func NewWindow(a fyne.App, ds *data.Dataset) *Window {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	th := chartTheme(a)
	a.Settings().SetTheme(appTheme(th))
	w := &Window{App: a, Dataset: ds, Theme: th}
	w.Win = a.NewWindow("Backchannel")

	w.Timeline = views.NewTimelineView(ds.Events, ds.Eras, th)
	w.Timeline.SetToday(data.DecimalYear(time.Now()))
	w.Timeline.OnSelected = w.showSelection
	w.Decades = views.NewChartView(screenChart(charts.Decades, ds), th)
	w.Channels = views.NewChartView(screenChart(charts.Channels, ds), th)
	w.Summary = widget.NewLabel(summary(ds))
	w.Summary.TextStyle = fyne.TextStyle{Bold: true}
	w.Status = widget.NewLabel(statusHint)
	w.Status.Truncation = fyne.TextTruncateEllipsis

	tools := widget.NewToolbar(
		widget.NewToolbarAction(theme.ZoomFitIcon(), w.Timeline.FitAll),
		widget.NewToolbarAction(theme.ZoomInIcon(), func() { w.Timeline.TypedRune('+') }),
		widget.NewToolbarAction(theme.ZoomOutIcon(), func() { w.Timeline.TypedRune('-') }),
	)
	header := container.NewBorder(nil, nil, nil, tools, w.Summary)
	chartsRow := container.NewHSplit(w.Decades, w.Channels)
	chartsRow.Offset = 0.45
	body := container.NewVSplit(w.Timeline, chartsRow)
	body.Offset = 0.6
	w.Win.SetContent(container.NewBorder(header, w.Status, nil, nil, body))
	w.Win.Resize(fyne.NewSize(1280, 800))
	return w
}

// showSelection puts the selected event on the status line.
func (w *Window) showSelection(_ int, e data.Event) {
	if e.ID == "" {
		w.Status.SetText(statusHint)
		return
	}
	date := e.Start.String()
	if e.IsSpan() {
		date += " – " + e.End.String()
	}
	text := fmt.Sprintf("%s — %s · %s", e.Title, date, e.Channel.Label())
	if era, ok := w.Dataset.AdministrationOf(e); ok {
		text += " · " + era.Name + " administration"
	}
	w.Status.SetText(text)
}

// screenChart is a bar chart for the window: the header above already
// names the dataset, so the caption exports carry is left off.
func screenChart(k charts.Kind, ds *data.Dataset) charts.BarChart {
	c := charts.NewBarChart(k, ds, ds.Events, "")
	c.Caption = ""
	return c
}

// summary is the line above the charts: the dataset and what it spans.
func summary(ds *data.Dataset) string {
	if len(ds.Events) == 0 {
		return ds.Title
	}
	first, last := ds.Events[0].Start, ds.Events[len(ds.Events)-1].Start
	return fmt.Sprintf("%s — %d events, %s to %s", ds.Title, len(ds.Events), data.FormatYear(first.Year), data.FormatYear(last.Year))
}

// Run opens the main window on ds and runs until it closes.
func Run(a fyne.App, ds *data.Dataset) {
	w := NewWindow(a, ds)
	w.Win.Show()
	w.Win.Canvas().Focus(w.Timeline)
	a.Run()
}
