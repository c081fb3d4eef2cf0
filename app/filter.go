package app

import (
	"backchannel/charts"
	"backchannel/data"
	"backchannel/views"
)

// Filter is the filter in force. The filter bar holds it; the window,
// the tours, the presentation and the exports read it from there.
func (w *Window) Filter() data.Filter { return w.Filters.Filter() }

// setFilter puts f in force: in the filter bar, and in what the window
// shows.
func (w *Window) setFilter(f data.Filter) {
	w.Filters.SetFilter(f)
	w.applyFilter(f)
}

// filterChanged shows what the filter bar's new filter f lets through,
// and tells screen readers how many events that is (the count under the
// filter bar is not read out).
func (w *Window) filterChanged(f data.Filter) {
	w.applyFilter(f)
	announce(w.Filters.CountText())
}

// applyFilter shows only the events that pass f, the filter bar's: on the
// timeline, in both charts, in the channel counts and in the summary, all
// at once.
func (w *Window) applyFilter(f data.Filter) { w.applyFilterAfter(f, nil) }

// applyFilterAfter is applyFilter after edits made to the dataset's list
// in place: where the timeline shows that list (no filter), its index
// follows the edits rather than being made again.
func (w *Window) applyFilterAfter(f data.Filter, edits []data.Edit) {
	ds := w.Dataset
	w.Shown = f.Apply(ds, ds.Events)
	if edits != nil && f.IsZero() {
		w.Timeline.EventsEdited(w.Shown, edits)
	} else {
		w.Timeline.SetEvents(w.Shown)
	}
	w.bringIntoView()
	// Each chip counts what it would show with the other filters as they are.
	others := f
	others.Channels = nil
	w.Filters.SetCounts(ds.CountByChannel(others.Apply(ds, ds.Events)), len(w.Shown), len(ds.Events))
	if text := summaryText(ds); text != w.Summary.Text {
		w.Summary.SetText(text)
	}
	// The selection, where it is still shown, is counted among the events
	// shown now ("5 of 106", not the "5 of 7" of the filter before).
	i := w.Timeline.Selected()
	var e data.Event
	if i >= 0 {
		e = *w.Timeline.Events()[i]
	}
	w.showSelection(i, e)
}

// refreshCharts redraws both charts from the shown events, outlining the
// bar that holds the selected event.
func (w *Window) refreshCharts() {
	var selected *data.Event
	if i := w.Timeline.Selected(); i >= 0 {
		e := w.Timeline.Events()[i]
		selected = e
	}
	for _, c := range []struct {
		kind charts.Kind
		view *views.ChartView
	}{{charts.Decades, w.Decades}, {charts.Channels, w.Channels}} {
		// No caption: the window's header names the dataset.
		tally := charts.TallyFor(c.kind, w.Dataset, w.Shown)
		bc := charts.BarChart{Title: charts.ChartTitle(c.kind, w.Dataset, tally), Tally: tally}
		bc.TooSmall = "Too small: enlarge the window, or hide the charts (Ctrl+K)"
		if selected != nil {
			bc.Marked = charts.KeyOf(c.kind, w.Dataset, bc.Tally, *selected)
		}
		c.view.SetChart(bc)
	}
}

// chartTapped filters to the bar segment the user clicked: a decade and
// channel, or an administration and channel.
func (w *Window) chartTapped(k charts.Kind, s charts.Segment) {
	f := w.Filter()
	tally := w.Decades.Chart().Tally
	if k == charts.Channels {
		tally = w.Channels.Chart().Tally
	}
	if s.Row >= len(tally.Keys) {
		return
	}
	switch {
	case k == charts.Channels && tally.ByCategory:
		// a row is a category: its bar is that category's events
		if ch, ok := w.Dataset.CategoryIndex(tally.Keys[s.Row]); ok {
			s.Channel = ch
		}
	case k == charts.Channels:
		f.Administration = tally.Keys[s.Row]
	case tally.Period != nil && *tally.Period == data.Decade && s.Row < len(tally.Spans):
		f.Decade = tally.Spans[s.Row].From
	case tally.Period != nil && tally.Period.Within != 0 && s.Row < len(tally.Picks):
		f.Period = &tally.Picks[s.Row]
	case s.Row < len(tally.Spans):
		f.From, f.To = tally.Spans[s.Row].From, tally.Spans[s.Row].To
	}
	f.Channels = map[data.Channel]bool{s.Channel: true}
	w.setFilter(f)
}

// bringIntoView glides the timeline to the events shown when none of
// them is in view: a filter's results never sit off screen ("4 of 106 events" over
// an empty timeline).
func (w *Window) bringIntoView() {
	if len(w.Timeline.Events()) == 0 || w.Timeline.AnyInView() {
		return
	}
	target := w.Timeline.Fit()
	v := w.Timeline.View()
	target.MinSpan, target.MaxSpan = v.MinSpan, v.MaxSpan
	w.glider.glide(w.Timeline, target, w.ReducedMotion())
}

// searchNext selects the next event the search found, from the first
// again after the last, and shows it; the keys stay in the search box.
func (w *Window) searchNext() {
	n := len(w.Timeline.Events())
	if n == 0 {
		return
	}
	w.Timeline.Select((w.Timeline.Selected() + 1) % n)
}
