package charts

import (
	"backchannel/pen"
	"math"
	"slices"
	"strings"
	"testing"

	"backchannel/data"
)

func sampleTally() data.Tally {
	return data.Tally{
		Rows: []string{"1970s", "1980s", "1990s", "2000s"},
		Keys: []string{"1970s", "1980s", "1990s", "2000s"},
		Counts: [][]int{
			row(map[data.Channel]int{data.Intermediary: 2, data.Coercive: 2}),
			row(map[data.Channel]int{data.Secret: 3, data.Coercive: 4}),
			row(nil),
			row(map[data.Channel]int{data.Multilateral: 5, data.Public: 2, data.Direct: 1}),
		},
		Categories: data.ChannelCategories(),
	}
}

// withoutRoles is the tally with its categories declaring no role: the
// chart it makes stacks every channel up from zero.
func withoutRoles(t data.Tally) data.Tally {
	t.Categories = slices.Clone(t.Categories)
	for i := range t.Categories {
		t.Categories[i].Role = ""
	}
	return t
}

// row is one tally row of the six channels.
func row(counts map[data.Channel]int) []int {
	r := make([]int, data.NumChannels)
	for ch, n := range counts {
		r[ch] = n
	}
	return r
}

func TestBarLayoutAxisFromZeroWithWholeTicks(t *testing.T) {
	for _, th := range Themes() {
		l := BarChart{Title: "T", Tally: withoutRoles(sampleTally())}.Layout(1280, 720, th)
		if len(l.Ticks) < 2 || l.Ticks[0] != 0 || l.YMin != 0 {
			t.Fatalf("%s: ticks %v should start at zero", th.Name, l.Ticks)
		}
		step := l.Ticks[1] - l.Ticks[0]
		for i := 1; i < len(l.Ticks); i++ {
			if l.Ticks[i]-l.Ticks[i-1] != step {
				t.Errorf("%s: uneven ticks %v", th.Name, l.Ticks)
			}
		}
		if l.YMax < 8 || l.Ticks[len(l.Ticks)-1] != l.YMax {
			t.Errorf("%s: axis top %d, ticks %v; the largest bar is 8", th.Name, l.YMax, l.Ticks)
		}
	}
}

// TestDivergingAxisCountsBothWays: where coercion is pressure, the axis
// runs from the most pressure below zero to the most dialogue above it,
// ticked in even whole steps through zero, its labels counts either way.
func TestDivergingAxisCountsBothWays(t *testing.T) {
	for _, th := range Themes() {
		l := BarChart{Title: "T", Tally: sampleTally()}.Layout(1280, 720, th)
		if l.YMax != 8 || l.YMin != -4 || l.Ticks[0] < l.YMin || l.Ticks[len(l.Ticks)-1] > l.YMax || !slices.Contains(l.Ticks, 0) || len(l.Ticks) < 4 {
			t.Fatalf("%s: axis %d to %d, ticks %v: want from the most pressure, 4, to the most dialogue, 8, ticked within through 0", th.Name, l.YMin, l.YMax, l.Ticks)
		}
		for i := 1; i < len(l.Ticks); i++ {
			if l.Ticks[i]-l.Ticks[i-1] != l.Ticks[1]-l.Ticks[0] {
				t.Errorf("%s: uneven ticks %v", th.Name, l.Ticks)
			}
		}
		for _, tx := range l.Scene.Texts {
			if strings.HasPrefix(tx.Body, "-") {
				t.Errorf("%s: a tick reads %q: pressure is counted, not negative", th.Name, tx.Body)
			}
		}
	}
}

func TestBarLayoutSegmentsAreProportionalAndStacked(t *testing.T) {
	for _, tally := range []data.Tally{withoutRoles(sampleTally()), sampleTally()} {
		l := BarChart{Tally: tally}.Layout(1280, 720, Light)
		checkSegments(t, l, tally)
		// The 2000s bar stacks direct at the bottom, then multilateral, then public.
		var order []data.Channel
		for _, s := range l.Segments {
			if s.Row == 3 {
				order = append(order, s.Channel)
			}
		}
		if len(order) != 3 || order[0] != data.Direct || order[2] != data.Public {
			t.Errorf("2000s stack order %v", order)
		}
		if seg, ok := l.SegmentAt(l.Segments[0].Rect.X+1, l.Segments[0].Rect.Y+1); !ok || seg != l.Segments[0] {
			t.Errorf("SegmentAt missed the first segment")
		}
	}
}

// checkSegments checks that each segment is as tall as its count, holds
// the tally's count, sits on its side of the axis (pressure below where
// the tally diverges), touches its neighbours in the stack, and that the
// bars stand apart in order.
func checkSegments(t *testing.T, l BarLayout, tally data.Tally) {
	t.Helper()
	perUnit := l.Plot.H / float64(l.YMax-l.YMin)
	n := 0
	edge := map[int]float64{} // where the stack below the next segment ends
	for _, s := range l.Segments {
		if got, want := s.Rect.H, float64(s.Count)*perUnit; math.Abs(got-want) > 0.01 {
			t.Errorf("segment %+v height %.2f, want %.2f", s, got, want)
		}
		if s.Count != tally.Counts[s.Row][s.Channel] {
			t.Errorf("segment %+v count differs from tally", s)
		}
		below := tally.Diverges() && tally.Categories[s.Channel].IsPressure()
		if below != (s.Rect.Y >= l.baseline-0.01) || !below && s.Rect.Y+s.Rect.H > l.baseline+0.01 {
			t.Errorf("segment %+v on the wrong side of the axis at %.2f", s, l.baseline)
		}
		if e, ok := edge[s.Row]; ok && math.Abs(e-(s.Rect.Y+s.Rect.H)) > 0.01 {
			t.Errorf("segment %+v does not meet the one below it, which ends at %.2f", s, e)
		}
		edge[s.Row] = s.Rect.Y
		n += s.Count
	}
	if n != tally.Sum() {
		t.Errorf("segments hold %d events, tally %d", n, tally.Sum())
	}
	for i := 1; i < len(l.Bars); i++ {
		if l.Bars[i].X <= l.Bars[i-1].X+l.Bars[i-1].W {
			t.Errorf("bars %d and %d overlap or are out of order", i-1, i)
		}
	}
}

func TestBarLayoutTextFitsAndDoesNotCollide(t *testing.T) {
	tally := data.Tally{Rows: []string{"Carter", "Reagan", "G.H.W. Bush", "Clinton", "G.W. Bush", "Obama", "Trump (1st)", "Biden", "Trump (2nd)"},
		Categories: data.ChannelCategories()}
	for i := range tally.Rows {
		tally.Counts = append(tally.Counts, row(map[data.Channel]int{data.Direct: i + 1, data.Coercive: (i * 7) % 5}))
	}
	for _, size := range [][2]float64{{300, 160}, {420, 240}, {480, 200}, {640, 400}, {1280, 720}, {1920, 1080}} {
		for _, th := range Themes() {
			l := BarChart{Title: "Channel type by administration", Caption: "A long caption that names the dataset and all of its sources and the filter", Tally: tally}.Layout(size[0], size[1], th)
			var boxes []pen.Rect
			for _, tx := range l.Scene.Texts {
				b := tx.Bounds()
				if b.X < -0.5 || b.X+b.W > size[0]+0.5 || b.Y < 0 || tx.Y > size[1] {
					t.Errorf("%s %v: text %q at %+v leaves the picture", th.Name, size, tx.Body, b)
				}
				for _, o := range boxes {
					if overlaps(b, o) {
						t.Errorf("%s %v: text %q at %+v overlaps another at %+v", th.Name, size, tx.Body, b, o)
					}
				}
				boxes = append(boxes, b)
			}
		}
	}
}

func TestBarLayoutEmpty(t *testing.T) {
	l := BarChart{Title: "T", Tally: data.Tally{}}.Layout(800, 600, Light)
	found := false
	for _, tx := range l.Scene.Texts {
		if tx.Body == "No events to show" {
			found = true
		}
	}
	if !found || len(l.Segments) != 0 {
		t.Error("an empty chart should say there is nothing to show")
	}
}

func TestNiceStep(t *testing.T) {
	tests := []struct{ max, ticks, want int }{
		{3, 10, 1}, {8, 5, 2}, {23, 5, 5}, {40, 5, 10}, {120, 6, 20}, {0, 5, 1},
	}
	for _, tt := range tests {
		if got := niceStep(func(step int) bool { return (tt.max+step-1)/step <= tt.ticks }); got != tt.want {
			t.Errorf("niceStep for %d in %d ticks = %d, want %d", tt.max, tt.ticks, got, tt.want)
		}
	}
}

func TestWrapAndEllipsize(t *testing.T) {
	if got := pen.WrapTwoLines("Trump (1st)", 12, 1000); len(got) != 1 {
		t.Errorf("a label that fits should stay on one line: %q", got)
	}
	got := pen.WrapTwoLines("G.H.W. Bush", 12, pen.TextWidth("G.H.W.", 12)+1)
	if len(got) != 2 || got[0] != "G.H.W." || got[1] != "Bush" {
		t.Errorf("wrap = %q", got)
	}
	e := pen.Ellipsize("Intermediary channels", 12, 60)
	if pen.TextWidth(e, 12) > 60 || e[len(e)-3:] != "…" {
		t.Errorf("ellipsize = %q (%.1f px)", e, pen.TextWidth(e, 12))
	}
}

func TestCaptionNamesMainSourcesAndFilter(t *testing.T) {
	ds := &data.Dataset{Title: "T", Sources: map[string]data.Source{
		"a": {Title: "A", Publisher: "Pub A", Date: "2007-03-09"},
		"b": {Title: "Title B", Publisher: "web article, publisher not named in the text", Date: "2024"},
		"c": {Title: "C", Publisher: "public record"},
	}, Events: []*data.Event{{Sources: []string{"b"}}, {Sources: []string{"b", "a"}}, {Sources: []string{"c", "a"}}, {Sources: []string{"b"}}}}
	got := Caption(ds, "Secret only")
	if want := "T · Sources: Title B (2024); Pub A (2007); 1 more source · Filter: Secret only"; got != want {
		t.Errorf("caption %q, want %q", got, want)
	}
}

func TestBarLayoutOutlinesTheMarkedRow(t *testing.T) {
	// Open at the axis a bar stands on; closed round one that also hangs
	// below it.
	for _, tt := range []struct {
		tally data.Tally
		sides int
	}{{withoutRoles(sampleTally()), 3}, {sampleTally(), 4}} {
		plain := BarChart{Tally: tt.tally}.Layout(1280, 720, Light)
		marked := BarChart{Tally: tt.tally, Marked: "1980s"}.Layout(1280, 720, Light)
		if got := len(marked.Scene.Lines) - len(plain.Scene.Lines); got != tt.sides {
			t.Fatalf("marking a row added %d lines, want an outline of %d", got, tt.sides)
		}
		bar := marked.Bars[1]
		var outline []pen.Line
		for _, ln := range marked.Scene.Lines {
			if ln.Width == 2*Light.Stroke {
				outline = append(outline, ln)
			}
		}
		if len(outline) != tt.sides {
			t.Fatalf("%d heavy lines, want the marked bar's outline of %d", len(outline), tt.sides)
		}
		for _, ln := range outline {
			if ln.X1 < bar.X-5 || ln.X1 > bar.X+bar.W+5 || ln.Y1 < bar.Y-5 || ln.Y2 > bar.Y+bar.H+5 {
				t.Errorf("outline line %+v is not around the 1980s bar %+v", ln, bar)
			}
		}
	}
}

func TestBarLayoutNeverInvertsWhenSmall(t *testing.T) {
	for _, th := range Themes() {
		for h := 120.0; h <= 500; h += 20 {
			l := BarChart{Title: "Contacts per decade", Caption: "Caption", Tally: sampleTally()}.Layout(420, h, th)
			if len(l.Segments) == 0 {
				continue // too small: it says so instead
			}
			if l.Plot.H < th.TickSize*5 {
				t.Errorf("%s at height %v: a plot %v high", th.Name, h, l.Plot.H)
			}
			for _, s := range l.Segments {
				if s.Rect.H <= 0 || s.Rect.Y < l.Plot.Y-0.01 || s.Rect.Y+s.Rect.H > l.Plot.Y+l.Plot.H+0.01 {
					t.Errorf("%s at height %v: segment %+v outside the plot %+v", th.Name, h, s.Rect, l.Plot)
				}
			}
		}
	}
	tiny := BarChart{Title: "T", Tally: sampleTally()}.Layout(300, 90, Projector)
	var said []string
	for _, tx := range tiny.Scene.Texts[1:] {
		said = append(said, tx.Body)
	}
	if strings.Join(said, " ") != "Enlarge the window to see this chart" {
		t.Errorf("a chart too small to draw should say so, on a line or two: %+v", tiny.Scene.Texts)
	}
}
