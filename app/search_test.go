package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
)

// eraNamed finds a U.S. administration by its name.
func eraNamed(t *testing.T, w *Window, name string) data.Era {
	t.Helper()
	for _, e := range w.Dataset.ErasIn(data.BandUSPresident) {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no administration %q", name)
	return data.Era{}
}

// TestAFilterBringsItsResultsIntoView: zoomed on the Obama years, picking
// Reagan's administration moves the timeline to Reagan's events instead of
// leaving "12 of 106 events" over an empty stretch (#17 item 4).
func TestAFilterBringsItsResultsIntoView(t *testing.T) {
	w := newTestWindow(t)
	w.Timeline.ZoomToEra(eraNamed(t, w, "Obama"))
	reagan := eraNamed(t, w, "Reagan")
	f := w.Filter()
	f.Administration = reagan.ID
	w.setFilter(f) // the test driver runs the glide to its end
	if len(w.Shown) == 0 {
		t.Fatal("Reagan's administration has no events")
	}
	if !w.Timeline.AnyInView() {
		v := w.Timeline.View()
		t.Fatalf("after the filter the view %.1f–%.1f shows none of its %d events", v.Start, v.End, len(w.Shown))
	}
	for _, e := range w.Shown {
		if v := w.Timeline.View(); e.Start.Begin() < v.Start || e.Start.Begin() > v.End {
			t.Errorf("%s (%s) is out of view %.1f–%.1f", e.ID, e.Start, v.Start, v.End)
		}
	}
	// A filter whose results are already in view leaves the view alone.
	before := w.Timeline.View()
	f.Channels = map[data.Channel]bool{data.Public: true, data.Coercive: true, data.Direct: true, data.Secret: true, data.Intermediary: true}
	w.setFilter(f)
	if v := w.Timeline.View(); v.Start != before.Start || v.End != before.End {
		t.Error("a filter whose results were in view moved the view")
	}
}

// TestEnterInTheSearchBoxStepsThroughMatches: Enter selects the first
// match and shows it, Enter again the next; Escape leaves the box, and
// "0" then fits the timeline instead of being typed (#17 item 4).
func TestEnterInTheSearchBoxStepsThroughMatches(t *testing.T) {
	w := newTestWindow(t)
	c := w.Win.Canvas()
	c.Focus(w.Filters.Search)
	test.Type(w.Filters.Search, "geneva")
	matches := w.Timeline.Events()
	if len(matches) < 2 || len(matches) == len(w.Dataset.Events) {
		t.Fatalf("searching geneva shows %d events", len(matches))
	}
	enter := &fyne.KeyEvent{Name: fyne.KeyReturn}
	w.Filters.Search.TypedKey(enter)
	if w.Timeline.Selected() != 0 {
		t.Fatalf("Enter selected %d, want the first match", w.Timeline.Selected())
	}
	w.Filters.Search.TypedKey(enter)
	if w.Timeline.Selected() != 1 {
		t.Errorf("Enter again selected %d, want the second match", w.Timeline.Selected())
	}
	if c.Focused() != w.Filters.Search {
		t.Error("Enter took the keys out of the search box")
	}
	w.Filters.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Focused() != w.Timeline {
		t.Fatalf("Escape left the keys with %T, want the timeline", c.Focused())
	}
	w.Timeline.ZoomIn()
	test.Type(c.Focused(), "0") // to whatever has the keys
	if w.Filters.Search.Text != "geneva" {
		t.Errorf("0 was typed into the search box: %q", w.Filters.Search.Text)
	}
	if got, want := w.Timeline.View().Span(), charts.FitEvents(matches).Span(); got < want*0.99 {
		t.Errorf("0 after Escape did not fit the timeline: span %.2f, want %.2f", got, want)
	}
}
