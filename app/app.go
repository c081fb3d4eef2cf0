// Package app is the running Backchannel application: its window, menus,
// dialogs, preferences and state, wiring the dataset to the charts and views.
package app

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"backchannel/assets"
	"backchannel/charts"
	"backchannel/data"
	"backchannel/pen"
	"backchannel/views"
)

// Window is Backchannel's main window and what it shows.
type Window struct {
	App     fyne.App
	Win     fyne.Window
	Dataset *data.Dataset
	Source  string // the file the dataset came from; "" for the bundled one
	// sourceKnown is the format of Source's file, as last read or written.
	sourceKnown knownFormat
	// saving is the save being written on its own goroutine; nil when none.
	saving *saving
	// tourStore keeps the saved tours in their own file; nil until read.
	tourStore *tourStore
	// history is the edits made to the dataset since it was opened.
	history data.History
	// journal keeps edits not saved, to recover after a crash; base is
	// what they are made on.
	journal *journal
	base    journalBase
	// collector collects garbage when edits pause.
	collector idleCollector
	// eventForm is the event form last shown.
	eventForm *eventForm
	Theme     charts.Theme
	Shown     []*data.Event // the events that pass the filter, in start order
	Timeline  *views.TimelineView
	Decades   *views.ChartView
	Channels  *views.ChartView
	Detail    *views.DetailPane
	Filters   *views.FilterBar
	Summary   *widget.Label
	Status    *statusLine

	// OnShown, when set, is called when a dataset's timeline is first painted.
	OnShown func()

	mainSplit, chartSplit, detailSplit *container.Split
	presenting                         *Presentation  // non-nil in presentation mode
	opening                            *opening       // the file being read in the background, if any
	glider                             glider         // moves the timeline to a filter's results
	dialogs                            []*shownDialog // the dialogs up, the last on top
	timelineFirst                      bool           // a new detail pane holds its overview until the timeline is painted
}

// statusHint is the status line when nothing is selected.
// It avoids characters outside Fyne's bundled font (arrows, say), whose
// fallback search through the system's fonts would slow the first frame.
const statusHint = "Click an event for its details · scroll to zoom, drag to pan · Left and Right step through events · F1 lists shortcuts"

// NewWindow builds the main window on ds without showing it.
func NewWindow(a fyne.App, ds *data.Dataset) *Window {
	return newWindow(a, ds, false)
}

// newWindow builds the main window on ds; timelineFirst holds the detail
// pane's overview until the timeline is first painted (ReleaseOverview):
// wrapping its text would take the first frame about as long as painting
// the timeline.
func newWindow(a fyne.App, ds *data.Dataset, timelineFirst bool) *Window {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	th := chartTheme(a)
	// The chart font loads on the other core while the window is built.
	go pen.Prewarm(th.LabelSize, th.TickSize, th.TitleSize)
	a.Settings().SetTheme(appTheme(th))
	w := &Window{App: a, Theme: th, timelineFirst: timelineFirst}
	w.Win = a.NewWindow("Backchannel")
	waitForText()
	w.Summary = widget.NewLabel("") // regular type: a bold face would be one more font to load before the first frame
	w.Status = newStatusLine(statusHint)
	w.setDataset(ds, "")
	w.Win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.Win.Resize(fyne.NewSize(1280, 800))
	w.restorePreferences()
	w.Win.SetOnClosed(w.savePreferences)
	w.Win.SetCloseIntercept(func() { w.askToSave(w.Win.Close) })
	w.watchPage()
	return w
}

// layOutWindow puts the window's parts in place: the summary and its
// tools over the filters, the timeline over the charts, the detail pane
// beside them, the status line below.
func (w *Window) layOutWindow() {
	tools := widget.NewToolbar(
		widget.NewToolbarAction(theme.ContentAddIcon(), w.newEvent), // Ctrl+N
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ZoomFitIcon(), w.Timeline.FitAll),
		widget.NewToolbarAction(theme.ZoomInIcon(), w.Timeline.ZoomIn),
		widget.NewToolbarAction(theme.ZoomOutIcon(), w.Timeline.ZoomOut),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), func() { w.showExportDialog(charts.Decades) }),
	)
	header := container.NewBorder(nil, nil, nil, tools, w.Summary)
	w.chartSplit = container.NewHSplit(w.Decades, w.Channels)
	w.chartSplit.Offset = 0.45
	w.mainSplit = container.NewVSplit(w.Timeline, w.chartSplit)
	w.mainSplit.Offset = 0.62
	w.detailSplit = container.NewHSplit(w.mainSplit, w.Detail)
	w.detailSplit.Offset = 0.74
	if !w.ChartsShown() {
		w.detailSplit.Leading = w.Timeline
	}
	top := container.NewVBox(header, w.Filters)
	w.Win.SetContent(container.NewBorder(top, w.Status, nil, nil, w.detailSplit))
}

// setDataset shows ds, replacing whatever was shown, with no filter.
func (w *Window) setDataset(ds *data.Dataset, source string) {
	w.history = data.History{}
	w.base = fileBase(source)
	w.showDataset(ds, source)
}

// showDataset makes the window's views for ds, replacing whatever was
// shown, with no filter; its history of edits stays.
func (w *Window) showDataset(ds *data.Dataset, source string) {
	w.Dataset, w.Source = ds, source
	th := w.Theme
	w.Timeline = views.NewTimelineView(ds.Events, ds.Eras, th)
	w.Timeline.OnFirstPaint = func() {
		markFirstFrame()
		if w.OnShown != nil {
			w.OnShown()
		}
		if len(ds.Events) >= largeDataset {
			// Reading a large file leaves its text and its decoding behind,
			// several times the dataset's size: once the dataset is on the
			// screen, give that memory back to the system, off the window's
			// goroutine.
			go debug.FreeOSMemory()
		}
	}
	w.Timeline.OnPainted = w.collector.afterFrame
	w.Timeline.SetCategories(ds.Categories())
	w.Timeline.SetToday(todayYear())
	w.Timeline.SetSolarHijriAxis(w.App.Preferences().BoolWithFallback(PrefSolarHijriAxis, false))
	w.Timeline.SetRows(w.timelineRows())
	w.Timeline.OnSelected = w.showSelection
	w.Timeline.OnOtherKey = w.otherKey
	w.Timeline.OnActivated = func(int) { w.editSelected() }
	w.Timeline.OnEventDragging, w.Timeline.OnEventDragged = w.showMove, w.moveEvent
	w.Decades = views.NewChartView(charts.BarChart{}, th)
	w.Channels = views.NewChartView(charts.BarChart{}, th)
	w.Decades.OnSegmentTapped = func(s charts.Segment) { w.chartTapped(charts.Decades, s) }
	w.Channels.OnSegmentTapped = func(s charts.Segment) { w.chartTapped(charts.Channels, s) }
	w.Decades.OnSegmentFocused = func(s charts.Segment) { w.Status.SetText(segmentText(w.Decades.Chart(), s)) }
	w.Channels.OnSegmentFocused = func(s charts.Segment) { w.Status.SetText(segmentText(w.Channels.Chart(), s)) }
	w.Detail = views.NewDetailPane(ds)
	if w.timelineFirst {
		w.Detail.HoldOverview()
	}
	w.Detail.OnPrevious = func() { w.Timeline.SelectNext(-1) }
	w.Detail.OnNext = func() { w.Timeline.SelectNext(1) }
	w.Filters = views.NewFilterBar(ds, th)
	w.Filters.OnChanged = w.filterChanged
	w.Filters.Search.OnSubmitted = func(string) { w.searchNext() }
	w.Filters.Search.OnEscape = func() { w.Win.Canvas().Focus(w.Timeline) }
	w.layOutWindow()
	w.Shown = ds.Events
	w.refreshCharts()
	w.Filters.SetCounts(ds.CountByChannel(ds.Events), len(ds.Events), len(ds.Events))
	w.Summary.SetText(summaryText(ds))
	w.Status.SetText(statusHint)
	w.setWindowTitle()
}

// summaryText is the line above the filters: the dataset and what it spans.
func summaryText(ds *data.Dataset) string {
	if len(ds.Events) == 0 {
		return ds.Title
	}
	if through := ds.Coverage.Through(); through != "" {
		return fmt.Sprintf("%s — %d events, %s %s", ds.Title, len(ds.Events), data.FormatYear(ds.Coverage.From.Year), through)
	}
	first, last := ds.Events[0].Start, ds.Events[len(ds.Events)-1].Start
	return fmt.Sprintf("%s — %d events, %s to %s", ds.Title, len(ds.Events), data.FormatYear(first.Year), data.FormatYear(last.Year))
}

// TraceStartupEnv names the variable that makes the app report on
// standard error when it first paints, for the startup benchmark.
const TraceStartupEnv = "BACKCHANNEL_TRACE_STARTUP"

// Run opens the main window on ds and runs until it closes: on the file
// start.Open reads once it is ready, when it is not nil, and presenting
// when start asks.
func Run(a fyne.App, ds *data.Dataset, start Start) {
	open := start.Open
	// Until the first frame, collect garbage less often: startup allocates
	// fonts and pictures once, and the collector would compete for the
	// cores. Not while a large file is read: its garbage would pile up.
	gc := debug.SetGCPercent(400)
	if open != nil {
		debug.SetGCPercent(gc)
	}
	w := newWindow(a, ds, true)
	MarkStartup("window made")
	if start.Source != "" {
		w.fromFile(start.Source)
		w.setWindowTitle()
	}
	trace := os.Getenv(TraceStartupEnv) != ""
	first := true
	w.OnShown = func() {
		if first {
			debug.SetGCPercent(gc)
			first = false
			fyne.Do(func() {
				w.timelineFirst = false
				w.Detail.ReleaseOverview()
			})
			if trace {
				fmt.Fprintln(os.Stderr, "first frame")
			}
		}
		if trace {
			fmt.Fprintf(os.Stderr, "shown %d events\n", len(w.Dataset.Events))
		}
	}
	w.Win.Show()
	w.Win.Canvas().Focus(w.Timeline)
	if open == nil {
		w.offerRecovery()
	}
	if open != nil {
		w.showWhenLoaded(open, func(shown bool) {
			if !shown && trace {
				fmt.Fprintln(os.Stderr, "not shown "+open.Path)
			}
			w.presentAsAsked(start) // on the file, once it is shown
		})
	} else {
		w.presentAsAsked(start)
	}
	a.Run()
}

// segmentText reads out a chart segment for the status line: "2000s,
// multilateral: 6 events", and how to act on it.
func segmentText(c charts.BarChart, s charts.Segment) string {
	name := c.Tally.Categories[s.Channel].Name()
	events := "events"
	if s.Count == 1 {
		events = "event"
	}
	return fmt.Sprintf("%s, %s: %d %s · Enter filters to them · arrows move", c.Tally.Rows[s.Row], strings.ToLower(name), s.Count, events)
}
