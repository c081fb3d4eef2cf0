package app

import (
	"testing"

	"backchannel/charts"
)

// TestTheOverviewsButtonsStepFromTheView: with nothing selected, the
// detail pane's Next selects the first event in view and Previous the one
// before it, as → and ← do; the buttons are there to be pressed.
func TestTheOverviewsButtonsStepFromTheView(t *testing.T) {
	w := newTestWindow(t)
	w.Timeline.SetView(charts.TimeView{Start: 1990, End: 1995, MinSpan: charts.Day, MaxSpan: 200})
	events := w.Timeline.Events()
	first := 0
	for first < len(events) && events[first].Start.Begin() < 1990 {
		first++
	}
	if first == 0 || first == len(events) {
		t.Fatalf("the record has no event either side of 1990 (first after at %d)", first)
	}
	w.Detail.OnNext()
	if got := w.Timeline.Selected(); got != first {
		t.Errorf("Next from the overview selected %d, want %d (%s), the first in view", got, first, events[first].Title)
	}
	w.Timeline.Select(-1)
	w.Timeline.SetView(charts.TimeView{Start: 1990, End: 1995, MinSpan: charts.Day, MaxSpan: 200})
	w.Detail.OnPrevious()
	if got := w.Timeline.Selected(); got != first-1 {
		t.Errorf("Previous from the overview selected %d, want %d, the one before the view", got, first-1)
	}
}
