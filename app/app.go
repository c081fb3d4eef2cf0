// Package app is the running Backchannel application: its window, menus
// and state, wiring the dataset to the charts and views.
package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	Decades  *views.ChartView
	Channels *views.ChartView
	Summary  *widget.Label
}

// NewWindow builds the main window on ds without showing it.
func NewWindow(a fyne.App, ds *data.Dataset) *Window {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	th := chartTheme(a)
	a.Settings().SetTheme(appTheme(th))
	w := &Window{App: a, Dataset: ds, Theme: th}
	w.Win = a.NewWindow("Backchannel")
	w.Decades = views.NewChartView(screenChart(charts.Decades, ds), th)
	w.Channels = views.NewChartView(screenChart(charts.Channels, ds), th)
	w.Summary = widget.NewLabel(summary(ds))
	w.Summary.TextStyle = fyne.TextStyle{Bold: true}
	split := container.NewHSplit(w.Decades, w.Channels)
	split.Offset = 0.45
	w.Win.SetContent(container.NewBorder(w.Summary, nil, nil, nil, split))
	w.Win.Resize(fyne.NewSize(1280, 800))
	return w
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
	NewWindow(a, ds).Win.ShowAndRun()
}
