package views

import (
	"image"
	"math"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/pen"
)

// TimelineView is the zoomable horizontal timeline. Layout and drawing come
// from charts.TimelineChart; this widget keeps the view and selection and
// turns mouse, touchpad and keys into zooms, pans and selections.
//
// It paints through a SceneView, as the charts do: one raster at the
// window's pixel size into a reused buffer, so the objects it hands Fyne
// stay the same whatever the dataset, and Fyne repaints it at most once a
// frame however often it is refreshed.
type TimelineView struct {
	widget.BaseWidget

	// OnSelected, when set, is called with the newly selected event's index
	// in Events() and the event, or -1 and a zero event when the selection
	// is cleared.
	OnSelected func(index int, e data.Event)
	// OnFirstPaint, when set, is called once, when the timeline is first
	// painted: the moment the window shows something.
	OnFirstPaint func()
	// OnPainted, when set, is called after each frame, on the painter's
	// goroutine.
	OnPainted func()
	painted   sync.Once

	// NoFocus keeps the timeline from taking keyboard focus when clicked,
	// for a presentation whose keys belong to the presenter.
	NoFocus bool
	// OnActivated, when set, hears of a double click on event i.
	OnActivated func(i int)
	// OnEventDragging and OnEventDragged, when set, hear of event i
	// dragged with Ctrl held, by years: while it moves, and where it was
	// let go.
	OnEventDragging, OnEventDragged func(i int, years float64)
	// OnOtherKey, when set, receives the keys the timeline does not use,
	// so that the window's own keys (F1, say) work while it has focus.
	OnOtherKey func(*fyne.KeyEvent)

	chart  charts.TimelineChart
	theme  charts.Theme
	layout charts.TimelineLayout // last painted, in widget coordinates
	fitted bool                  // the view has been fitted to the widget once
	fit    charts.TimeView       // what 0 and Home show: every event shown
	// selectedID is the selected event's id, which keeps the selection
	// when the events change: edits change the list in place, so the
	// index's list may no longer say which event was selected.
	selectedID string
	scene      *SceneView // paints what layOut lays out

	drag      dragMode
	shift     bool
	ctrl      bool    // Ctrl held: a drag on an event moves its dates
	dragEvent int     // the event being moved
	dragBy    float64 // how far it has been moved, in pixels

	lastBand       string // the era band clicked last, for double clicks
	lastEvent      int    // the event clicked last, for double clicks
	lastEventClick time.Time
	lastBandClick  time.Time
	focused        bool
}

type dragMode uint8

const (
	dragNone dragMode = iota
	dragPan
	dragOverview
	dragMove // an event's dates, with Ctrl held
)

// NewTimelineView returns a timeline of events over the eras, fitted to
// show every event, in theme th.
func NewTimelineView(events []*data.Event, eras []data.Era, th charts.Theme) *TimelineView {
	v := &TimelineView{theme: th}
	v.chart = charts.TimelineChart{Eras: eras, Selected: -1, Hover: -1}
	v.setEventsLocked(events)
	v.scene = NewSceneView(v.layOut)
	v.scene.OnPainted = func() {
		if v.OnFirstPaint != nil {
			v.painted.Do(v.OnFirstPaint)
		}
		if v.OnPainted != nil {
			v.OnPainted()
		}
	}
	v.ExtendBaseWidget(v)
	return v
}

// SetEvents replaces the events shown (the filter hook), keeping the view
// and, where it is still shown, the selected event.
func (v *TimelineView) SetEvents(events []*data.Event) {
	v.setEventsLocked(events)
	v.Refresh()
}

// EventsEdited shows events, the list shown before after edits made to
// it in place (the dataset's own list, edited), as SetEvents does; the
// index follows the edits rather than being made again.
func (v *TimelineView) EventsEdited(events []*data.Event, edits []data.Edit) {
	// Where the edits took the selected event out, it is no longer
	// selected; its id is kept, so that an undo selects it again.
	near := data.PositionAfter(edits, v.chart.Selected, v.selectedID)
	v.useIndex(v.chart.Index.Edited(events, edits))
	if near >= 0 && v.selectedID != "" {
		v.chart.Selected = v.chart.Index.IndexNear(v.selectedID, near)
	}
	v.Refresh()
}

func (v *TimelineView) setEventsLocked(events []*data.Event) {
	was := v.chart.Selected
	v.useIndex(charts.NewTimelineIndex(events))
	if v.selectedID != "" {
		v.chart.Selected = v.chart.Index.IndexNear(v.selectedID, was)
	}
}

// useIndex shows the events of ix, none selected.
func (v *TimelineView) useIndex(ix *charts.TimelineIndex) {
	v.chart.Index = ix
	v.chart.Selected, v.chart.Hover = -1, -1
	whole := ix.Fit()
	v.fit = whole
	if !v.fitted || v.chart.View.Span() <= 0 {
		// The overview strip keeps the span of every event first given,
		// the dataset's: a filter's events show where they are in it,
		// under the same years as before.
		v.chart.Whole = whole
		v.chart.View = whole
		v.fitted = true
	} else {
		v.chart.View.MinSpan, v.chart.View.MaxSpan = whole.MinSpan, whole.MaxSpan
	}
}

// SetEras draws eras as the bands above the lanes.
func (v *TimelineView) SetEras(eras []data.Era) {
	v.chart.Eras = eras
	v.Refresh()
}

// SetCategories names the events' kinds in the legend and tooltips; nil
// for the six channels.
func (v *TimelineView) SetCategories(cats []data.Category) {
	v.chart.Categories = cats
	v.Refresh()
}

// SetTheme changes the timeline's colours and type.
func (v *TimelineView) SetTheme(th charts.Theme) {
	v.theme = th
	v.Refresh()
}

// SetToday sets the instant, in decimal years, of the today marker; 0 hides it.
func (v *TimelineView) SetToday(t float64) {
	v.chart.Today = t
	v.Refresh()
}

// SetRows shares the lanes as rows says: packed, or a row per category.
func (v *TimelineView) SetRows(rows charts.Rows) {
	v.chart.Rows = rows
	v.Refresh()
}

// Chart is the timeline as the view draws it now: its events, view and
// selection.
func (v *TimelineView) Chart() charts.TimelineChart { return v.chart }

// Rows is how the lanes are shared.
func (v *TimelineView) Rows() charts.Rows { return v.chart.Rows }

// SetSolarHijriAxis labels the axis in Solar Hijri years and months, or
// back in Gregorian ones.
func (v *TimelineView) SetSolarHijriAxis(on bool) {
	v.chart.SolarHijriAxis = on
	v.Refresh()
}

// Events returns the events shown, in start order.
func (v *TimelineView) Events() []*data.Event {
	return v.chart.Index.Events
}

// View returns the stretch of time shown.
func (v *TimelineView) View() charts.TimeView {
	return v.chart.View
}

// SetView shows a stretch of time.
func (v *TimelineView) SetView(tv charts.TimeView) {
	v.chart.View = tv
	v.changed()
}

// FitAll shows every event.
func (v *TimelineView) FitAll() {
	v.chart.View = v.fit
	v.changed()
}

// ZoomToEra shows one era from its start to its end (to today when open).
func (v *TimelineView) ZoomToEra(era data.Era) {
	end := v.chart.Whole.End
	if !era.Open() {
		end = era.Until()
	}
	v.chart.View = v.chart.View.Frame(era.Start.Begin(), math.Max(end, era.Start.Begin()+charts.Day))
	v.changed()
}

// Zoom scales the span shown by factor (below 1 zooms in) around the
// pixel column x.
func (v *TimelineView) Zoom(factor float64, x float32) {
	v.chart.View = v.chart.View.Zoom(factor, float64(x), v.width())
	v.changed()
}

// Pan moves the view by dx pixels; positive shows later times.
func (v *TimelineView) Pan(dx float32) {
	v.chart.View = v.chart.View.Pan(float64(dx), v.width())
	v.changed()
}

// Selected returns the index of the selected event in Events(), or -1.
func (v *TimelineView) Selected() int {
	return v.chart.Selected
}

// Select selects the event at index i of Events() and scrolls it into
// view; -1 clears the selection.
func (v *TimelineView) Select(i int) {
	if i < -1 || i >= v.chart.Index.Len() {
		return
	}
	v.mark(i)
	var e data.Event
	if i >= 0 {
		e = *v.chart.Index.Events[i]
		end := e.Start.Finish()
		if e.IsSpan() {
			end = e.End.Finish()
		}
		// An event on the screen stays where it is; one off it is brought in.
		if vw := v.chart.View; e.Start.Begin() > vw.End || end < vw.Start || (!e.IsSpan() && e.Start.Begin() < vw.Start) {
			v.chart.View = vw.Show(e.Start.Begin(), end)
		}
	}
	cb := v.OnSelected
	v.changed()
	if cb != nil {
		cb(i, e)
	}
}

// SetSelected marks the event at index i of Events() as selected without
// moving the view or reporting it; -1 clears it.
func (v *TimelineView) SetSelected(i int) {
	if i >= -1 && i < v.chart.Index.Len() {
		v.mark(i)
	}
	v.Refresh()
}

// mark notes event i of Events() as the selected one; -1 for none.
func (v *TimelineView) mark(i int) {
	v.chart.Selected, v.selectedID = i, ""
	if i >= 0 {
		v.selectedID = v.chart.Index.Events[i].ID
	}
}

// SelectNext moves the selection by step events in time order, starting
// from the first event in view when nothing is selected.
func (v *TimelineView) SelectNext(step int) {
	n, cur := v.chart.Index.Len(), v.chart.Selected
	if cur < 0 {
		// Start from the first event at or after the view's start.
		cur = v.chart.Index.FirstFrom(v.chart.View.Start)
		if step > 0 {
			step--
		}
	}
	if n == 0 {
		return
	}
	v.Select(min(max(cur+step, 0), n-1))
}

// AnyInView reports whether any event shows in the view.
func (v *TimelineView) AnyInView() bool {
	return v.chart.Index.AnyBetween(v.chart.View.Start, v.chart.View.End)
}

// Fit is a view of every event shown, with a margin either side.
func (v *TimelineView) Fit() charts.TimeView { return v.chart.Index.Fit() }

// Layout returns the layout last painted, in the widget's coordinates.
func (v *TimelineView) Layout() charts.TimelineLayout {
	return v.layout
}

func (v *TimelineView) width() float64 {
	w := float64(v.Size().Width)
	if w <= 0 {
		return 1000
	}
	return w
}

// Paint lays out and paints the frame the widget shows, width×height
// pixels at its present size, as the window does.
func (v *TimelineView) Paint(width, height int) image.Image {
	return v.scene.paint(width, height)
}

// changed repaints after the view or the selection changed.
func (v *TimelineView) changed() { v.Refresh() }

// layOut lays the timeline out for a width×height picture in logical
// pixels, keeping the layout for hit tests.
func (v *TimelineView) layOut(width, height float64) pen.Scene {
	v.chart.Focused = v.focused && !v.NoFocus
	v.layout = v.chart.Layout(width, height, v.theme)
	return v.layout.Scene
}

// MinSize leaves room for the bands, a few lanes and the axis.
func (v *TimelineView) MinSize() fyne.Size { return fyne.NewSize(400, 260) }

// CreateRenderer implements fyne.Widget.
func (v *TimelineView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.scene)
}
