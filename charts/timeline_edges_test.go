package charts

import (
	"backchannel/pen"
	"testing"

	"backchannel/data"
)

// layoutOne lays out the given events in a 1000×300 light picture of the
// years from..to and returns the item of the event with id.
func layoutOne(t *testing.T, events []*data.Event, from, to float64, id string) TimelineItem {
	t.Helper()
	ix := NewTimelineIndex(events)
	tl := TimelineChart{Index: ix, View: TimeView{Start: from, End: to, MinSpan: Day, MaxSpan: 1000}, Selected: -1, Hover: -1}
	l := tl.Layout(1000, 300, Light)
	checkNoOverlap(t, id, l)
	checkNothingOnSpans(t, id, l, ix)
	want := ix.IndexOf(id)
	for _, it := range l.Items {
		if it.Event == want {
			return it
		}
	}
	t.Fatalf("%s is not drawn", id)
	return TimelineItem{}
}

// barOf is the part of a span's click area that is its bar.
func barOf(it TimelineItem) pen.Rect {
	return pen.Rect{X: it.Marker.X + it.Marker.H, Y: it.Marker.Y, W: it.Marker.W - it.Marker.H, H: it.Marker.H}
}

func span(id, title, start, end string) *data.Event {
	return &data.Event{ID: id, Title: title, Start: data.MustParseDate(start), End: data.MustParseDate(end), Channel: data.Direct}
}

func point(id, title, start string) *data.Event {
	return &data.Event{ID: id, Title: title, Start: data.MustParseDate(start), Channel: data.Direct}
}

const longTitle = "Negotiations on the nuclear programme in Vienna and Lausanne"

func TestSpanLabelGoesAfterItsBar(t *testing.T) {
	it := layoutOne(t, []*data.Event{span("s", longTitle, "2000-01-01", "2004-01-01")}, 1990, 2020, "s")
	if it.Text != longTitle {
		t.Errorf("label %q, want the whole title", it.Text)
	}
	if overlaps(it.Label, barOf(it)) || it.Label.X < it.Marker.X+it.Marker.W {
		t.Errorf("label at %+v, bar at %+v: want the label after the bar's end", it.Label, it.Marker)
	}
}

func TestSpanLabelGoesBeforeItsStartNearTheRightEdge(t *testing.T) {
	it := layoutOne(t, []*data.Event{span("s", longTitle, "2010-01-01", "2019-06-01")}, 1990, 2020, "s")
	if it.Text != longTitle {
		t.Errorf("label %q, want the whole title", it.Text)
	}
	if overlaps(it.Label, barOf(it)) || it.Label.X+it.Label.W > it.Marker.X {
		t.Errorf("label at %+v, bar at %+v: want the label before the span's start", it.Label, it.Marker)
	}
}

func TestPinnedSpanLabel(t *testing.T) {
	// Begun before the view and ended in it: the label follows the bar.
	ends := layoutOne(t, []*data.Event{span("s", "Talks to free the hostages", "1979-11-04", "1981-01-20")}, 1980.5, 1983, "s")
	if ends.Text == "" || ends.Label.X < ends.Marker.X+ends.Marker.W {
		t.Errorf("label %q at %+v, want it after the bar ending at %.0f", ends.Text, ends.Label, ends.Marker.X+ends.Marker.W)
	}
	// Running through the whole view: the bar is the only place, and the
	// label holds the left edge so the bar stays named.
	through := layoutOne(t, []*data.Event{span("s", "Talks to free the hostages", "1979-11-04", "1981-01-20")}, 1980.2, 1980.8, "s")
	if through.Text == "" || through.Label.X < 0 || through.Label.X > 20 {
		t.Errorf("label %q at x=%.1f, want it pinned near the left edge", through.Text, through.Label.X)
	}
}

func TestLabelAtTheRightEdgeFlipsWhole(t *testing.T) {
	it := layoutOne(t, []*data.Event{point("p", longTitle, "2019-01-01")}, 1990, 2020, "p")
	if it.Text != longTitle {
		t.Errorf("label %q, want the whole title flipped to the left", it.Text)
	}
	if it.Label.X+it.Label.W > it.Marker.X {
		t.Errorf("label at %+v, marker at %+v: want the label left of the marker", it.Label, it.Marker)
	}
}

func TestLabelAtTheRightEdgeFlipsShortenedWhereTheLeftHasMoreRoom(t *testing.T) {
	// One lane, taken up to mid-2012 by an earlier event's label: the
	// flipped label gets what is left, more than the right edge leaves.
	events := []*data.Event{point("a", "An earlier event", "2010-01-01"), point("p", longTitle+" and Geneva and New York", "2019-01-01")}
	ix := NewTimelineIndex(events)
	tl := TimelineChart{Index: ix, View: TimeView{Start: 2009.9, End: 2020, MinSpan: Day, MaxSpan: 1000}, Selected: -1, Hover: -1}
	l := tl.Layout(1000, 90, Light)
	checkNoOverlap(t, "one lane", l)
	if n := int(l.Lanes.H / l.RowH); n != 1 {
		t.Fatalf("%d lanes, want one", n)
	}
	for _, it := range l.Items {
		if it.Event != 1 {
			continue
		}
		right := 1000 - (it.Marker.X + it.Marker.W)
		if it.Text == "" || it.Label.X+it.Label.W > it.Marker.X || it.Label.W <= right {
			t.Errorf("label %q at %+v (marker %+v): want it shortened on the left, wider than the %.0f px on the right", it.Text, it.Label, it.Marker, right)
		}
		return
	}
	t.Error("the event at the right edge is not drawn")
}
