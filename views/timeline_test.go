package views

import (
	"math"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/pen"
)

func bundledData(t *testing.T) *data.Dataset {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// showTimeline puts a timeline of the bundled data in a 1280×600 window and paints it once.
func showTimeline(t *testing.T) (*TimelineView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	ds := bundledData(t)
	v := NewTimelineView(ds.Events, ds.Eras, charts.Light)
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 600))
	w.Canvas().Capture()
	return v, w
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6*math.Max(1, math.Abs(b)) }

func TestTimelineScrollZoomsAroundThePointer(t *testing.T) {
	v, w := showTimeline(t)
	before := v.View()
	pos := fyne.NewPos(320, 300)
	under := before.T(320, 1280)
	// Fyne's test.Scroll sends no position; the driver does, so send it so.
	scroll := func(dy float32) {
		v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.Delta{DY: dy}})
	}
	scroll(40) // zoom in
	after := v.View()
	if after.Span() >= before.Span() {
		t.Fatalf("span %v after scrolling, was %v", after.Span(), before.Span())
	}
	if !near(after.T(320, 1280), under) {
		t.Errorf("the instant under the pointer moved from %v to %v", under, after.T(320, 1280))
	}
	scroll(-40)
	if back := v.View(); !near(back.Span(), before.Span()) {
		t.Errorf("scrolling back gave span %v, want %v", back.Span(), before.Span())
	}
	test.Scroll(w.Canvas(), pos, -128, 0) // a horizontal swipe pans
	if got := v.View().Start - before.Start; !near(got, before.Span()/10) {
		t.Errorf("a swipe of a tenth of the width panned %v years, want %v", got, before.Span()/10)
	}
}

func TestTimelineDragPansAndOverviewMovesTheWindow(t *testing.T) {
	v, w := showTimeline(t)
	before := v.View()
	test.Drag(w.Canvas(), fyne.NewPos(640, 250), -128, 0)
	if got := v.View().Start - before.Start; !near(got, before.Span()/10) {
		t.Errorf("dragging left by a tenth of the width moved the view %v years, want %v later", got, before.Span()/10)
	}
	// Zoom in, then drag in the overview strip: the view follows the pointer there.
	v.SetView(charts.TimeView{Start: 1990, End: 1995, MinSpan: charts.Day, MaxSpan: 200})
	w.Canvas().Capture()
	o := v.Layout().Overview
	if o.W == 0 {
		t.Fatal("no overview strip")
	}
	target := v.View().Start
	test.Drag(w.Canvas(), fyne.NewPos(float32(o.X+o.W*0.75), float32(o.Y+o.H/2)), 1, 0)
	whole := charts.FitEvents(v.Events())
	want := whole.T(o.W*0.75+1, o.W)
	if mid := (v.View().Start + v.View().End) / 2; math.Abs(mid-want) > 0.05 {
		t.Errorf("after dragging the overview the view is centred on %.2f, want %.2f (was at %.1f)", mid, want, target)
	}
	if v.View().Span() != 5 {
		t.Errorf("moving the window changed the span to %v", v.View().Span())
	}
}

func TestTimelineTapSelectsAndReports(t *testing.T) {
	v, _ := showTimeline(t)
	var got []string
	v.OnSelected = func(i int, e data.Event) { got = append(got, e.ID) }
	var target charts.TimelineItem
	for _, it := range v.Layout().Items {
		if it.Event >= 0 && it.Text != "" {
			target = it
			break
		}
	}
	id := v.Events()[target.Event].ID
	test.TapAt(v, fyne.NewPos(float32(target.Marker.X+target.Marker.W/2), float32(target.Marker.Y+target.Marker.H/2)))
	if v.Selected() != target.Event || len(got) != 1 || got[0] != id {
		t.Fatalf("tap selected %d and reported %v; want %d (%s)", v.Selected(), got, target.Event, id)
	}
	// Tapping the label selects too; tapping empty lanes selects nothing new.
	test.TapAt(v, fyne.NewPos(1270, float32(v.Layout().AxisY-30)))
	if len(got) != 1 {
		t.Errorf("a tap on empty space reported %v", got)
	}
}

func TestTimelineKeys(t *testing.T) {
	v, w := showTimeline(t)
	w.Canvas().Focus(v)
	events := v.Events()
	test.Type(v, "+")
	if v.View().Span() >= charts.FitEvents(events).Span() {
		t.Error("+ did not zoom in")
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if !near(v.View().Span(), charts.FitEvents(events).Span()) {
		t.Error("Home did not fit all")
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if v.Selected() != 0 {
		t.Fatalf("Right with nothing selected selected %d, want the first event", v.Selected())
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if v.Selected() != 2 {
		t.Errorf("Right, Right reached %d, want 2", v.Selected())
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if v.Selected() != 1 {
		t.Errorf("Left reached %d, want 1", v.Selected())
	}
	if _, takesTab := any(v).(fyne.Tabbable); takesTab {
		t.Error("the timeline keeps Tab, so the keyboard cannot leave it")
	}
	// Stepping to the last event scrolls it into view, zoomed in.
	v.SetView(charts.TimeView{Start: 1980, End: 1985, MinSpan: charts.Day, MaxSpan: 200})
	for i := 0; i < len(events); i++ {
		v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	last := events[len(events)-1].Start.Begin()
	if vw := v.View(); v.Selected() != len(events)-1 || last < vw.Start || last > vw.End {
		t.Errorf("selection %d, view %.1f–%.1f; want the last event (%.1f) in view", v.Selected(), vw.Start, vw.End, last)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if v.Selected() != -1 {
		t.Error("Escape did not clear the selection")
	}
	span := v.View().Span()
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if v.View().Span() <= span {
		t.Error("Down did not zoom out")
	}
}

func TestTimelineDoubleTapBandZoomsToAdministration(t *testing.T) {
	v, _ := showTimeline(t)
	var obama charts.BandHit
	for _, b := range v.Layout().Bands {
		if b.Era.ID == "obama" {
			obama = b
		}
	}
	at := fyne.NewPos(float32(obama.Rect.X+obama.Rect.W/2), float32(obama.Rect.Y+obama.Rect.H/2))
	before := v.View()
	test.TapAt(v, at)
	if v.View() != before {
		t.Fatal("one click on a band already moved the view")
	}
	test.TapAt(v, at)
	vw := v.View()
	if vw.Start > 2009.06 || vw.End < 2017.05 || vw.Span() > 9 {
		t.Errorf("after double-clicking Obama the view is %.2f–%.2f", vw.Start, vw.End)
	}
}

func TestTimelineHoverShowsTooltip(t *testing.T) {
	v, w := showTimeline(t)
	var it charts.TimelineItem
	for _, it = range v.Layout().Items {
		if it.Event >= 0 {
			break // an event's marker, not a cluster's
		}
	}
	if it.Event < 0 {
		t.Fatal("no event marker in the full view")
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(float32(it.Marker.X+it.Marker.W/2), float32(it.Marker.Y+it.Marker.H/2)))
	w.Canvas().Capture()
	l := v.Layout()
	if len(l.Scene.OverlayTexts) == 0 || l.Scene.OverlayTexts[0].Body != v.Events()[it.Event].Title {
		t.Errorf("hovering %q shows %+v", v.Events()[it.Event].Title, l.Scene.OverlayTexts)
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(1275, float32(l.AxisY-20)))
	w.Canvas().Capture()
	if len(v.Layout().Scene.OverlayTexts) != 0 {
		t.Error("the tooltip stays after the pointer left the marker")
	}
}

func TestTimelineClusterTapZoomsIn(t *testing.T) {
	test.NewTempApp(t)
	var events []*data.Event
	for i := 0; i < 3000; i++ {
		d := data.Date{Year: int64(1980 + i%40), Month: 1 + i%12, Day: 1 + i%28, Precision: data.PrecisionDay}
		events = append(events, &data.Event{ID: string(rune('a'+i%26)) + string(rune('0'+i%10)) + string(rune(i)), Title: "Event", Start: d, Channel: data.Channel(i % 6)})
	}
	v := NewTimelineView(events, nil, charts.Light)
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 600))
	w.Canvas().Capture()
	for _, it := range v.Layout().Items {
		if it.Event < 0 {
			before := v.View().Span()
			test.TapAt(v, fyne.NewPos(float32(it.Marker.X+it.Marker.W/2), float32(it.Marker.Y+it.Marker.H/2)))
			if v.View().Span() >= before/5 {
				t.Errorf("tapping a cluster of %d left the span at %v (was %v)", it.Count, v.View().Span(), before)
			}
			return
		}
	}
	t.Fatal("no cluster to tap")
}

func TestTimelineFilterKeepsSelection(t *testing.T) {
	v, _ := showTimeline(t)
	ds := bundledData(t)
	v.Select(10)
	id := v.Events()[10].ID
	view := v.View()
	v.SetEvents(data.Filter{Channels: map[data.Channel]bool{v.Events()[10].Channel: true}}.Apply(nil, ds.Events))
	if sel := v.Selected(); sel < 0 || v.Events()[sel].ID != id {
		t.Errorf("the selection was lost by filtering")
	}
	if got := v.View(); got.Start != view.Start || got.End != view.End {
		t.Error("filtering moved the view")
	}
	v.SetEvents(data.Filter{Channels: map[data.Channel]bool{}}.Apply(nil, ds.Events))
	if v.Selected() != -1 || len(v.Events()) != 0 {
		t.Error("an empty filter should leave nothing selected")
	}
}

func TestTimelineHandsFyneOneObjectWhateverTheSize(t *testing.T) {
	test.NewTempApp(t)
	for _, n := range []int{10, 20000} {
		events := make([]*data.Event, n)
		for i := range events {
			events[i] = &data.Event{ID: string(rune(i)), Title: "E", Start: data.Date{Year: int64(1980 + i%40), Precision: data.PrecisionYear}}
		}
		v := NewTimelineView(events, nil, charts.Light)
		w := test.NewTempWindow(t, v)
		w.Resize(fyne.NewSize(1280, 600))
		w.Canvas().Capture()
		if got := len(test.WidgetRenderer(v).Objects()); got != 1 {
			t.Errorf("%d events: the widget has %d canvas objects, want 1", n, got)
		}
	}
}

func TestTimelineTwoClicksOnDifferentBandsDoNotZoom(t *testing.T) {
	v, _ := showTimeline(t)
	var a, b charts.BandHit
	for _, band := range v.Layout().Bands {
		switch band.Era.ID {
		case "reagan":
			a = band
		case "clinton":
			b = band
		}
	}
	before := v.View()
	test.TapAt(v, fyne.NewPos(float32(a.Rect.X+a.Rect.W/2), float32(a.Rect.Y+a.Rect.H/2)))
	test.TapAt(v, fyne.NewPos(float32(b.Rect.X+b.Rect.W/2), float32(b.Rect.Y+b.Rect.H/2)))
	if v.View() != before {
		t.Error("clicks on two different bands zoomed")
	}
}

// TestZoomKeysKeepTheSelectionInView: with an event selected, + (thirty
// times), Up and − zoom about it, so it stays where it was on the screen;
// with none, they zoom about the middle.
func TestZoomKeysKeepTheSelectionInView(t *testing.T) {
	v, w := showTimeline(t)
	w.Canvas().Focus(v)
	events := v.Events()
	first := 0 // the first event sits near the left edge of the fitted view
	v.Select(first)
	width := float64(v.Size().Width)
	at := v.View().X(events[first].Start.Begin(), width)
	for range 30 {
		test.Type(v, "+")
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	test.Type(v, "-")
	vw := v.View()
	if x := vw.X(events[first].Start.Begin(), width); math.Abs(x-at) > 1 {
		t.Errorf("after zooming the selected event moved from x=%.0f to %.0f (view %.4f–%.4f)", at, x, vw.Start, vw.End)
	}
	v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	mid := vw.T(width/2, width)
	test.Type(v, "+")
	if got := v.View().T(width/2, width); math.Abs(got-mid) > charts.Day {
		t.Errorf("without a selection + moved the middle from %.4f to %.4f", mid, got)
	}
}

// TestOverviewStripKeepsTheDatasetsYearsUnderAFilter: searching down to
// one event leaves the strip spanning the dataset's years, so the event's
// mark sits where its year is, not in the middle of a strip stretched to
// it alone; 0 still fits the events shown (#17 item 7).
func TestOverviewStripKeepsTheDatasetsYearsUnderAFilter(t *testing.T) {
	v, w := showTimeline(t)
	all := v.Events()
	whole := charts.FitEvents(all)
	var one data.Event
	for _, e := range all {
		if strings.Contains(e.Title, "Soleimani") {
			one = *e
		}
	}
	if one.ID == "" {
		t.Fatal("no Soleimani event")
	}
	v.SetEvents([]*data.Event{&one})
	w.Canvas().Capture()
	l := v.Layout()
	o := l.Overview
	want := o.X + whole.X(one.Start.Begin(), o.W)
	var marks []pen.Rect
	for _, b := range l.Scene.Boxes {
		if r := b.Rect; b.Fill == charts.Light.Muted && r.Y >= o.Y && r.Y+r.H <= o.Y+o.H+0.5 && r.W <= 2 {
			marks = append(marks, r)
		}
	}
	if len(marks) != 1 || math.Abs(marks[0].X+marks[0].W/2-want) > 3 {
		t.Errorf("the event's mark in the strip is at %v, want one near x=%.0f (its year across the dataset's)", marks, want)
	}
	test.Type(v, "0")
	if got := v.View(); got.Span() >= whole.Span()/2 || one.Start.Begin() < got.Start || one.Start.Begin() > got.End {
		t.Errorf("0 under the filter shows %.2f–%.2f, want the one event fitted", got.Start, got.End)
	}
}

// TestHoveringABandNamesItsRow: over a band the tooltip says what its row
// is, so "Khamenei" as president and as Leader can be told apart (#17 item 9).
func TestHoveringABandNamesItsRow(t *testing.T) {
	v, w := showTimeline(t)
	var want = map[data.Band]string{data.BandIranPresident: "Iranian president: Khamenei", data.BandIranLeader: "Supreme Leader: Ali Khamenei"}
	for _, b := range v.Layout().Bands {
		line, ok := want[b.Era.Band]
		if !ok || !strings.HasSuffix(line, ": "+b.Era.Name) {
			continue
		}
		test.MoveMouse(w.Canvas(), fyne.NewPos(float32(b.Rect.X+b.Rect.W/2), float32(b.Rect.Y+b.Rect.H/2)))
		w.Canvas().Capture() // paint what the pointer changed
		found := false
		for _, tx := range v.Layout().Scene.OverlayTexts {
			found = found || tx.Body == line
		}
		if !found {
			t.Errorf("hovering the %s band shows no %q", b.Era.Band, line)
		}
		delete(want, b.Era.Band)
	}
	if len(want) > 0 {
		t.Errorf("no Khamenei band in %v", want)
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(2000, 2000))
	w.Canvas().Capture()
	if n := len(v.Layout().Scene.OverlayTexts); n > 0 {
		t.Errorf("%d tooltip lines stay after the pointer left", n)
	}
}

// TestSelectingAnEventInViewMovesNothing: clicking an event on the screen
// neither pans the view nor moves any other event to another lane; only
// an event off the screen brings the view to it (#17 item 5).
func TestSelectingAnEventInViewMovesNothing(t *testing.T) {
	v, w := showTimeline(t)
	before := v.Layout()
	view := v.View()
	rowOf := func(l charts.TimelineLayout) map[int]int {
		rows := map[int]int{}
		for _, it := range l.Items {
			if it.Event >= 0 {
				rows[it.Event] = it.Row
			}
		}
		return rows
	}
	was := rowOf(before)
	// The labelled event nearest the right edge, where Show used to pan.
	pick := -1
	for _, it := range before.Items {
		if it.Event >= 0 && it.Text != "" && (pick < 0 || it.Marker.X > before.Items[pick].Marker.X) {
			pick = slices.IndexFunc(before.Items, func(x charts.TimelineItem) bool { return x.Event == it.Event })
		}
	}
	sel := before.Items[pick]
	test.Tap(v) // focus
	v.Tapped(&fyne.PointEvent{Position: fyne.NewPos(float32(sel.Marker.X+sel.Marker.W/2), float32(sel.Marker.Y+sel.Marker.H/2))})
	w.Canvas().Capture()
	if v.Selected() != sel.Event {
		t.Fatalf("clicking %v selected %d, want %d", sel.Marker, v.Selected(), sel.Event)
	}
	if v.View() != view {
		t.Errorf("selecting an event on the screen moved the view from %.2f–%.2f to %.2f–%.2f", view.Start, view.End, v.View().Start, v.View().End)
	}
	for ev, row := range rowOf(v.Layout()) {
		if old, ok := was[ev]; ok && old != row {
			t.Errorf("%s moved from lane %d to %d", v.Events()[ev].ID, old, row)
		}
	}
	// An event off the screen is brought into view.
	v.SetView(charts.TimeView{Start: 1980, End: 1985, MinSpan: charts.Day, MaxSpan: 200})
	last := len(v.Events()) - 1
	v.Select(last)
	if t0 := v.Events()[last].Start.Begin(); t0 < v.View().Start || t0 > v.View().End {
		t.Errorf("selecting an event off the screen left it off: %.2f not in %.2f–%.2f", t0, v.View().Start, v.View().End)
	}
}

// TestTheSelectionFollowsEdits selects an event, deletes one before it,
// the selected one, and undoes both: the selection moves with its event,
// is gone while the event is, and comes back with it.
func TestTheSelectionFollowsEdits(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	v := NewTimelineView(ds.Events, ds.Eras, charts.Light)
	v.Select(10)
	id := v.Events()[10].ID
	var h data.History
	from := 0
	step := func(_ data.Change, ok bool) {
		t.Helper()
		if !ok {
			t.Fatal("nothing to undo")
		}
		v.EventsEdited(ds.Events, h.Log()[from:])
		from = len(h.Log())
	}
	for _, at := range []int{3, 5} {
		c, err := data.DeleteEvent(ds, ds.Events[at].ID)
		if err != nil {
			t.Fatal(err)
		}
		h.Do(ds, c)
		step(c, true)
	}
	if got := v.Selected(); got != 8 || v.Events()[got].ID != id {
		t.Fatalf("after two deletes before it the selection is %d, want 8 (%s)", got, id)
	}
	c, _ := data.DeleteEvent(ds, id)
	h.Do(ds, c)
	step(c, true)
	if v.Selected() != -1 {
		t.Fatalf("the deleted event is still selected at %d", v.Selected())
	}
	step(h.Undo(ds))
	if got := v.Selected(); got < 0 || v.Events()[got].ID != id {
		t.Fatalf("undone, the selection is %d, want %s back", got, id)
	}
	step(h.Undo(ds))
	step(h.Undo(ds))
	if got := v.Selected(); got != 10 || v.Events()[got].ID != id {
		t.Errorf("all undone, the selection is %d, want 10", got)
	}
}
