package charts

import (
	"backchannel/pen"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"backchannel/data"
)

// syntheticEvents makes n events spread over the years from 1975, with a
// mix of channels, precisions and spans, reproducibly.
func syntheticEvents(n int, years int) []*data.Event {
	rng := rand.New(rand.NewSource(int64(n)))
	words := []string{"talks", "letter", "sanctions", "meeting", "exchange", "strike", "envoy", "accord", "summit", "statement"}
	out := make([]*data.Event, n)
	for i := range out {
		y := int64(1975 + rng.Intn(years))
		m := 1 + rng.Intn(12)
		d := 1 + rng.Intn(data.DaysInMonth(y, m))
		start := data.Date{Year: y, Month: m, Day: d, Precision: data.PrecisionDay}
		switch rng.Intn(10) {
		case 0:
			start = data.Date{Year: y, Precision: data.PrecisionYear}
		case 1:
			start = data.Date{Year: y, Month: m, Precision: data.PrecisionMonth}
		}
		e := data.Event{ID: fmt.Sprintf("e%d", i), Start: start, Channel: data.Channel(rng.Intn(data.NumChannels)),
			Title: fmt.Sprintf("Event %d: %s and %s", i, words[rng.Intn(len(words))], words[rng.Intn(len(words))])}
		if rng.Intn(20) == 0 {
			e.End = data.Date{Year: y + int64(rng.Intn(3)), Month: 12, Precision: data.PrecisionMonth}
		}
		out[i] = &e
	}
	return out
}

func bundledTimeline(t testing.TB) (TimelineChart, *data.Dataset) {
	ds := bundled(t)
	ix := NewTimelineIndex(ds.Events)
	return TimelineChart{Index: ix, Eras: ds.Eras, View: FitEvents(ix.Events), Whole: FitEvents(ix.Events), Selected: -1, Hover: -1}, ds
}

// checkNoOverlap fails when two drawn labels, or a label and a marker of
// another item, overlap.
func checkNoOverlap(t *testing.T, name string, l TimelineLayout) {
	t.Helper()
	for i, a := range l.Items {
		if a.Text != "" && (a.Label.X < -0.5 || a.Label.X+a.Label.W > l.Scene.Width+0.5) {
			t.Errorf("%s: label %q leaves the picture at %+v", name, a.Text, a.Label)
		}
		for j, b := range l.Items {
			if i == j {
				continue
			}
			if a.Text != "" && b.Text != "" && i < j && overlaps(a.Label, b.Label) {
				t.Errorf("%s: labels %q and %q overlap", name, a.Text, b.Text)
			}
			if a.Text != "" && a.Row == b.Row && overlaps(a.Label, markerOnly(b)) {
				t.Errorf("%s: label %q covers the marker of item %d (%q)", name, a.Text, j, b.Text)
			}

		}
	}
}

// checkNothingOnSpans fails when an item's marker or label sits on another
// item's span bar on the same lane.
func checkNothingOnSpans(t *testing.T, name string, l TimelineLayout, ix *TimelineIndex) {
	t.Helper()
	for j, b := range l.Items {
		if b.Event < 0 || !ix.Events[b.Event].IsSpan() {
			continue
		}
		for i, a := range l.Items {
			if i != j && a.Row == b.Row && (overlaps(markerOnly(a), b.Marker) || a.Text != "" && overlaps(a.Label, b.Marker)) {
				t.Errorf("%s: item %d (%q) sits on the bar of item %d (%q)", name, i, a.Text, j, b.Text)
			}
		}
	}
}

// isBar tells whether an item's click area is a span's bar.
func isBar(it TimelineItem) bool { return it.Marker.W > it.Marker.H*1.5 }

// markerOnly is the marker's own square, without a span's bar.
func markerOnly(it TimelineItem) pen.Rect {
	if isBar(it) {
		return pen.Rect{X: it.Marker.X, Y: it.Marker.Y, W: it.Marker.H, H: it.Marker.H}
	}
	return it.Marker
}

func TestTimelineLabelsNeverOverlap(t *testing.T) {
	tl, _ := bundledTimeline(t)
	for _, th := range Themes() {
		for _, zoom := range []struct {
			name       string
			start, end float64
		}{{"all", tl.View.Start, tl.View.End}, {"2000s", 2000, 2010}, {"2015-16", 2015.4, 2016.2}, {"Jan 2016", 2016, 2016.1}} {
			for _, size := range [][2]float64{{1280, 500}, {1920, 800}, {800, 400}} {
				tl.View = TimeView{Start: zoom.start, End: zoom.end, MinSpan: Day, MaxSpan: 100}
				l := tl.Layout(size[0], size[1], th)
				checkNoOverlap(t, fmt.Sprintf("%s %s %v", th.Name, zoom.name, size), l)
				checkNothingOnSpans(t, fmt.Sprintf("%s %s %v", th.Name, zoom.name, size), l, tl.Index)
				shown := 0
				for _, it := range l.Items {
					shown += it.Count
				}
				if shown+l.Overflow != l.InView {
					t.Errorf("%s %s %v: %d shown + %d overflow != %d in view", th.Name, zoom.name, size, shown, l.Overflow, l.InView)
				}
			}
		}
	}
}

func TestTimelineClustersAddUpAndSplitWhenZoomedIn(t *testing.T) {
	ix := NewTimelineIndex(syntheticEvents(10000, 50))
	tl := TimelineChart{Index: ix, View: FitEvents(ix.Events), Selected: -1, Hover: -1}
	l := tl.Layout(1920, 800, Light)
	clusters, shown := 0, 0
	for _, it := range l.Items {
		shown += it.Count
		if it.Event < 0 {
			clusters++
		}
	}
	if clusters == 0 {
		t.Fatal("10,000 events over 50 years at 1920 px should cluster")
	}
	if l.InView != ix.Len() || shown+l.Overflow != l.InView {
		t.Errorf("in view %d (want %d); shown %d + overflow %d", l.InView, ix.Len(), shown, l.Overflow)
	}
	checkNoOverlap(t, "10k all", l)
	// Zoom into one cluster: it splits into smaller clusters or events.
	var c TimelineItem
	for _, it := range l.Items {
		if it.Event < 0 {
			c = it
			break
		}
	}
	tl.View = tl.View.Frame(c.From, c.To)
	z := tl.Layout(1920, 800, Light)
	biggest := 0
	for _, it := range z.Items {
		biggest = max(biggest, it.Count)
	}
	if biggest >= c.Count {
		t.Errorf("zooming into a cluster of %d left a marker of %d", c.Count, biggest)
	}
	// Zoomed to a week, every event stands alone.
	tl.View = TimeView{Start: 2000.5, End: 2000.5 + 7*Day}
	w := tl.Layout(1920, 800, Light)
	for _, it := range w.Items {
		if it.Event < 0 {
			t.Errorf("a cluster of %d remains at a week's zoom", it.Count)
		}
	}
	checkNoOverlap(t, "10k week", w)
}

func TestTimelineLayoutIsBoundedWhateverTheDatasetSize(t *testing.T) {
	for _, n := range []int{1000, 100000} {
		ix := NewTimelineIndex(syntheticEvents(n, 50))
		tl := TimelineChart{Index: ix, View: FitEvents(ix.Events), Whole: FitEvents(ix.Events), Selected: -1, Hover: -1}
		l := tl.Layout(1920, 1080, Light)
		objects := len(l.Scene.Boxes) + len(l.Scene.Shapes) + len(l.Scene.Lines) + len(l.Scene.Texts) + len(l.Scene.Grid)
		if objects > 3000 {
			t.Errorf("%d events: %d drawing objects, want a few thousand at most", n, objects)
		}
	}
}

func TestTimelineSelectionIsAlwaysShown(t *testing.T) {
	ix := NewTimelineIndex(syntheticEvents(10000, 50))
	sel := 5000
	tl := TimelineChart{Index: ix, View: FitEvents(ix.Events), Selected: sel, Hover: sel}
	l := tl.Layout(1920, 800, Light)
	for _, it := range l.Items {
		if it.Event == sel {
			if it.Text == "" {
				t.Error("the selected event's label is hidden")
			}
			if len(l.Scene.OverlayTexts) == 0 || l.Scene.OverlayTexts[0].Body != ix.Events[sel].Title {
				t.Error("no tooltip with the hovered event's title")
			}
			return
		}
	}
	t.Error("the selected event is not drawn in a crowded view")
}

func TestTimelineDeepTime(t *testing.T) {
	events := []*data.Event{
		{ID: "bang", Title: "Big Bang", Start: data.MustParseDate("-13800000000"), Channel: data.Public},
		{ID: "earth", Title: "Earth forms", Start: data.MustParseDate("-4540000000"), Channel: data.Public},
		{ID: "dinos", Title: "Dinosaurs die out", Start: data.MustParseDate("-66000000"), Channel: data.Coercive},
		{ID: "rome", Title: "Rome founded", Start: data.MustParseDate("-752"), Channel: data.Direct},
		{ID: "now", Title: "Today's lecture", Start: data.MustParseDate("2026-11-22"), Channel: data.Direct},
	}
	ix := NewTimelineIndex(events)
	tl := TimelineChart{Index: ix, View: FitEvents(ix.Events), Whole: FitEvents(ix.Events), Selected: -1, Hover: -1}
	l := tl.Layout(1920, 600, Light)
	labels := map[string]bool{}
	for _, tk := range l.Ticks {
		labels[tk.Label] = true
	}
	if !labels["10 billion years ago"] || !labels["5 billion years ago"] || !labels["0"] {
		t.Errorf("deep-time ticks %v", labels)
	}
	if l.InView != 5 {
		t.Errorf("%d events in view, want 5", l.InView)
	}
	checkNoOverlap(t, "deep time", l)
	// Zoomed to antiquity, Rome stands alone, dated BCE.
	tl.View = TimeView{Start: -900, End: -600}
	l = tl.Layout(1920, 600, Light)
	if len(l.Items) != 1 || l.Items[0].Text != "Rome founded" {
		t.Errorf("antiquity shows %+v", l.Items)
	}
	has500 := false
	for _, tk := range l.Ticks {
		has500 = has500 || tk.Label == "700 BCE"
	}
	if !has500 {
		t.Error("no 700 BCE tick")
	}
}

func TestTimelineTodayMarkerOnlyInRange(t *testing.T) {
	tl, _ := bundledTimeline(t)
	tl.Today = 2026.89
	hasToday := func(l TimelineLayout) bool {
		for _, tx := range l.Scene.Texts {
			if tx.Body == "Today" {
				return true
			}
		}
		return false
	}
	if !hasToday(tl.Layout(1280, 500, Light)) {
		t.Error("no today marker when today is in view")
	}
	tl.View = TimeView{Start: 1990, End: 2000}
	if hasToday(tl.Layout(1280, 500, Light)) {
		t.Error("a today marker in a view of the 1990s")
	}
}

func TestTimelineMarkersAreClickableAllOver(t *testing.T) {
	tl, _ := bundledTimeline(t)
	l := tl.Layout(1280, 600, Light)
	r := Light.LabelSize * 0.42
	for _, it := range l.Items {
		if it.Event < 0 {
			continue
		}
		e := tl.Index.Events[it.Event]
		cx := tl.View.X((e.Start.Begin()+e.Start.Finish())/2, 1280)
		if e.IsSpan() {
			cx = tl.View.X(e.Start.Begin(), 1280)
		}
		if cx < 0 {
			continue // a span whose start is off screen
		}
		cy := it.Marker.Y + it.Marker.H/2
		for _, dx := range []float64{-r, -r / 2, 0, r / 2, r} {
			if !it.Marker.Contains(cx+dx, cy) {
				t.Errorf("%s: a click %.1f px from its marker's centre misses %+v", e.ID, dx, it.Marker)
			}
		}
	}
}

// TestTimelineRandomViews lays out hundreds of random views, sizes and
// themes of the bundled and a synthetic dataset: none may panic, overlap
// or lose count of an event.
func TestTimelineRandomViews(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	bundledTL, _ := bundledTimeline(t)
	synth := NewTimelineIndex(syntheticEvents(3000, 50))
	for i := 0; i < 400; i++ {
		tl := bundledTL
		if i%2 == 1 {
			tl = TimelineChart{Index: synth, View: FitEvents(synth.Events), Whole: FitEvents(synth.Events), Selected: -1, Hover: -1}
		}
		// from about a day to 100 years, down to 400×120
		tl, th, w, h, name := randomView(rng, tl, viewRange{themes: 3, minW: 400, dW: 1600, minH: 120, dH: 930, lo: -2.5, decades: 4.5}, i)
		l := tl.Layout(w, h, th)
		checkNoOverlap(t, name, l)
		checkNothingOnSpans(t, name, l, tl.Index)
		shown := 0
		for _, it := range l.Items {
			shown += it.Count
		}
		if shown+l.Overflow != l.InView {
			t.Errorf("%s: %d shown + %d overflow != %d in view", name, shown, l.Overflow, l.InView)
		}
		checkOverflowCounted(t, name, l)
	}
}

// checkOverflowCounted fails unless the "+N" counts drawn add up to the
// events in view that found no room: none is hidden without a count.
func checkOverflowCounted(t *testing.T, name string, l TimelineLayout) {
	t.Helper()
	counted := 0
	for _, tx := range l.Scene.Texts {
		if n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimPrefix(tx.Body, "+"), ",", "")); err == nil && strings.HasPrefix(tx.Body, "+") {
			counted += n
			if tx.Y > l.AxisY || tx.Y < l.Lanes.Y {
				t.Errorf("%s: the count %q at y %.1f is not between the lanes' top %.1f and the axis %.1f", name, tx.Body, tx.Y, l.Lanes.Y, l.AxisY)
			}
		}
	}
	if counted != l.Overflow {
		t.Errorf("%s: %d events found no room, the counts drawn say %d", name, l.Overflow, counted)
	}
}

// TestSmallPicturesKeepThreeLanes: a slide's or a film's timeline at
// 960×540 and smaller keeps room for three lanes, thinning or leaving out
// its bands and overview strip, in every theme; at the sizes people show
// slides, its lanes hold every event of the record's secret channel.
func TestSmallPicturesKeepThreeLanes(t *testing.T) {
	tl, ds := bundledTimeline(t)
	secret := data.Filter{Channels: map[data.Channel]bool{data.Secret: true}}.Apply(ds, ds.Events)
	for _, th := range Themes() {
		for _, size := range [][2]float64{{960, 540}, {800, 450}, {640, 360}} {
			h := size[1] * SlideTimelineShare
			l := tl.Layout(size[0], h, th)
			name := fmt.Sprintf("%s %.0f×%.0f", th.Name, size[0], size[1])
			if rows := int(l.Lanes.H / l.RowH); rows < minLanes {
				t.Errorf("%s: room for %d lanes, want %d", name, rows, minLanes)
			}
			checkOverflowCounted(t, name, l)
			checkNoOverlap(t, name, l)
			// The secret channel's film: Iran-Contra and McFarlane's mission
			// both on the slide of either.
			small := TimelineChart{Index: NewTimelineIndex(secret), Eras: ds.Eras, View: TimeView{Start: 1981, End: 1999, MinSpan: Day, MaxSpan: 100}, Whole: FitEvents(secret), Selected: -1, Hover: -1}
			sl := small.Layout(size[0], h, th)
			if sl.Overflow != 0 {
				t.Errorf("%s: %d of the secret channel's events in 1981–1999 found no lane", name, sl.Overflow)
			}
		}
	}
}

func TestTimelineTenThousandEventsOnOneDay(t *testing.T) {
	events := make([]*data.Event, 10000)
	for i := range events {
		events[i] = &data.Event{ID: fmt.Sprint(i), Title: fmt.Sprintf("Event %d", i), Start: data.MustParseDate("1969-07-20")}
	}
	ix := NewTimelineIndex(events)
	day := data.MustParseDate("1969-07-20")
	dayView := TimeView{Start: day.Begin() - Day, End: day.Finish() + Day}
	for _, v := range []TimeView{FitEvents(ix.Events), dayView} {
		tl := TimelineChart{Index: ix, View: v, Selected: -1, Hover: -1}
		l := tl.Layout(1280, 600, Light)
		shown := 0
		for _, it := range l.Items {
			shown += it.Count
		}
		if l.InView != 10000 || shown+l.Overflow != 10000 || len(l.Items) > 50 {
			t.Errorf("view %.3f–%.3f: in view %d, shown %d + overflow %d, %d markers", v.Start, v.End, l.InView, shown, l.Overflow, len(l.Items))
		}
		checkNoOverlap(t, "same day", l)
	}
}

// TestEveryClusterShowsItsCount: in a short timeline in the projector
// theme, where labels have no room, each cluster still shows how many
// events it holds, inside its disc (#17 item 1).
func TestEveryClusterShowsItsCount(t *testing.T) {
	tl, _ := bundledTimeline(t)
	for _, th := range []Theme{Projector, Light} {
		l := tl.Layout(930, 260, th)
		clusters := 0
		for _, it := range l.Items {
			if it.Event >= 0 {
				continue
			}
			clusters++
			count := data.FormatCount(it.Count)
			shown := strings.HasPrefix(it.Text, count+" ")
			for _, tx := range l.Scene.Texts {
				if tx.Body == count && math.Abs(tx.X-it.geometry.cx) < 1 {
					shown = true
					if w := pen.TextWidth(tx.Body, tx.Size); w > 2*it.geometry.disc {
						t.Errorf("%s: the count %s (%.0f px) spills out of its disc of %.0f", th.Name, count, w, 2*it.geometry.disc)
					}
				}
			}
			if !shown {
				t.Errorf("%s: a cluster of %d shows no count", th.Name, it.Count)
			}
		}
		if clusters == 0 {
			t.Errorf("%s: no cluster at 930×260", th.Name)
		}
	}
}

// TestTodayNeverSitsOnAnEvent: wherever today falls among crowded events,
// its label is drawn clear of every marker, cluster and label; and where
// its usual place, at the foot of the line on its left, is taken, it
// moves rather than covering the event.
func TestTodayNeverSitsOnAnEvent(t *testing.T) {
	tl, _ := bundledTimeline(t)
	tl.View = NewTimeView(1978.5, 2027)
	moved, drawn, tried := 0, 0, 0
	for today := 1979.0; today < 2026.9; today += 0.25 {
		tried++
		tl.Today = today
		l := tl.Layout(960, 400, Light)
		var label *pen.Text
		for i := range l.Scene.Texts {
			if l.Scene.Texts[i].Body == "Today" {
				label = &l.Scene.Texts[i]
			}
		}
		if label == nil {
			continue // every place was taken: the line goes unnamed
		}
		drawn++
		S := Light.TickSize
		w, h := pen.TextWidth("Today", S), pen.CapHeight(S)
		x := label.X
		if label.Anchor == pen.AnchorEnd {
			x -= w
		}
		box := pen.Rect{X: x, Y: label.Y - h, W: w, H: h}
		for _, it := range l.Items {
			if overlaps(it.Marker, box) || (it.Label.W > 0 && overlaps(it.Label, box)) {
				t.Errorf("today %.2f: the label %+v sits on %q (%+v)", today, box, it.Text, it.Marker)
			}
		}
		tx := tl.View.X(today, 960)
		if label.Anchor != pen.AnchorEnd || label.X != tx-S*0.3 || label.Y != l.AxisY-S*0.5 {
			moved++
		}
	}
	if moved == 0 {
		t.Error("the label never had to move: the test does not reach a crowded place")
	}
	if drawn < tried*9/10 {
		t.Errorf("the line was named %d times in %d", drawn, tried)
	}
	t.Logf("named %d times in %d, moved %d times", drawn, tried, moved)
}

// TestTheOverflowLaneIsKeptOnlyForOverflow: the bottom lane is kept for
// "+N" counts only when some event found no room; otherwise events use
// it like any other. The whole record at 1280×560 fills every lane and
// leaves nothing over, so its bottom lane holds events and no count.
func TestTheOverflowLaneIsKeptOnlyForOverflow(t *testing.T) {
	tl, _ := bundledTimeline(t)
	l := tl.Layout(1280, 560, Light)
	nRows := int(l.Lanes.H / l.RowH)
	if l.Overflow != 0 {
		t.Fatalf("the whole record overflows at 1280×560 (%d events): the test needs a roomier picture", l.Overflow)
	}
	lowest := 0
	for _, it := range l.Items {
		lowest = max(lowest, it.Row)
	}
	if lowest != nRows-1 {
		t.Errorf("with nothing over, events use rows 0 to %d of %d: the bottom lane is kept empty", lowest, nRows)
	}
	for _, tx := range l.Scene.Texts {
		if strings.HasPrefix(tx.Body, "+") {
			t.Errorf("a count %q with nothing over", tx.Body)
		}
	}
}

// viewRange is what randomView draws from: the first themes of Themes,
// sizes from minW×minH up by dW and dH, spans from 10^lo years over so
// many decades.
type viewRange struct {
	themes                          int
	minW, dW, minH, dH, lo, decades float64
}

// randomView is tl in a random view of r, one time in three with a random
// event selected, in a random theme and size; name says which, for
// messages.
func randomView(rng *rand.Rand, tl TimelineChart, r viewRange, i int) (TimelineChart, Theme, float64, float64, string) {
	th := Themes()[rng.Intn(r.themes)]
	w, h := r.minW+rng.Float64()*r.dW, r.minH+rng.Float64()*r.dH
	span := math.Pow(10, r.lo+rng.Float64()*r.decades)
	start := 1970 + rng.Float64()*60
	tl.View = TimeView{Start: start, End: start + span, MinSpan: Day, MaxSpan: 400}
	if rng.Intn(3) == 0 {
		tl.Selected = rng.Intn(tl.Index.Len())
	}
	return tl, th, w, h, fmt.Sprintf("#%d %s %.0fx%.0f %.4f+%.4f sel %d", i, th.Name, w, h, start, span, tl.Selected)
}
