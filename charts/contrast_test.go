package charts

import (
	"backchannel/pen"
	"fmt"
	"image/color"
	"math"
	"testing"

	"backchannel/data"
)

// TestEveryTextIsReadable checks every text of every picture, in every
// theme, against what is painted behind it: 4.5:1, or 3:1 for large type.
func TestEveryTextIsReadable(t *testing.T) {
	for _, th := range Themes() {
		lowest := math.Inf(1)
		for name, sc := range pictures(t, th) {
			for _, tc := range pen.TextContrasts(sc) {
				lowest = math.Min(lowest, tc.Ratio)
				if tc.Ratio < pen.MinContrast(tc.Text.Size) {
					t.Errorf("%s, %s: %q (%.0f px, %v) on %v: %.2f:1", th.Name, name, tc.Text.Body, tc.Text.Size, tc.Text.Color, tc.Behind, tc.Ratio)
				}
			}
		}
		t.Logf("%s: lowest text contrast %.2f:1", th.Name, lowest)
	}
}

// TestMarksStandApart checks every filled marker either has 3:1 against
// the background or an outline that has, that every bar segment below 3:1
// is edged, and that one era band never runs into the next without an edge.
func TestMarksStandApart(t *testing.T) {
	for _, th := range Themes() {
		for name, sc := range pictures(t, th) {
			for _, sh := range sc.Shapes {
				if sh.Fill.A == 0 {
					continue
				}
				if pen.ContrastRatio(sh.Fill, th.Background) < MinMarkContrast && (sh.Width == 0 || pen.ContrastRatio(sh.Stroke, th.Background) < MinMarkContrast) {
					t.Errorf("%s, %s: a %v marker neither stands out nor is outlined", th.Name, name, sh.Fill)
				}
			}
			for _, b := range sc.Boxes {
				if !th.isMark(b.Fill) || pen.ContrastRatio(b.Fill, th.Background) >= MinMarkContrast {
					continue
				}
				if !hasLine(sc, b.X, b.Y+b.H/2) || !hasLine(sc, b.X+b.W, b.Y+b.H/2) {
					t.Errorf("%s, %s: a %v bar at %.0f,%.0f has no edge", th.Name, name, b.Fill, b.X, b.Y)
				}
			}
		}
		ds, _ := data.Bundled()
		l := wholeTimeline(ds, TimeView{}, "", 0).Layout(1600, 800, th)
		for i, a := range l.Bands {
			for _, b := range l.Bands[i+1:] {
				if math.Abs(a.Rect.X+a.Rect.W-b.Rect.X) < 0.5 && a.Rect.Y == b.Rect.Y && !hasLine(l.Scene, b.Rect.X, b.Rect.Y+b.Rect.H/2) {
					t.Errorf("%s: %s runs into %s with no edge", th.Name, a.Era.Name, b.Era.Name)
				}
			}
		}
		if len(l.Bands) < 20 {
			t.Errorf("%s: %d bands drawn", th.Name, len(l.Bands))
		}
	}
}

// isMark reports whether c is one of the theme's category colours.
func (th Theme) isMark(c color.RGBA) bool {
	for i := data.Channel(0); i < 12; i++ {
		if th.ChannelColor(i) == c {
			return true
		}
	}
	return false
}

// hasLine reports whether a vertical line of the scene passes through (x, y).
func hasLine(sc pen.Scene, x, y float64) bool {
	for _, ln := range sc.Lines {
		if math.Abs(ln.X1-x) < 0.5 && math.Abs(ln.X2-x) < 0.5 && math.Min(ln.Y1, ln.Y2) <= y && math.Max(ln.Y1, ln.Y2) >= y {
			return true
		}
	}
	return false
}

// pictures lays out every picture the app draws of the bundled data in a
// theme: both charts, with and without a marked bar, the timeline at
// several zooms with a selection and a tooltip, and a presentation card.
func pictures(t *testing.T, th Theme) map[string]pen.Scene {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]pen.Scene{}
	for _, k := range []Kind{Decades, Channels} {
		bc := NewBarChart(k, ds, ds.Events, "Secret only")
		out[k.Title()] = bc.Layout(1280, 720, th).Scene
		bc.Marked = KeyOf(k, ds, bc.Tally, *ds.Events[10])
		out[k.Title()+", marked"] = bc.Layout(640, 400, th).Scene
	}
	for _, v := range []struct{ from, to float64 }{{0, 0}, {1999, 2009}, {2015.3, 2016.2}} {
		var view TimeView
		if v.to > 0 {
			view = TimeView{Start: v.from, End: v.to, MinSpan: Day, MaxSpan: 200}
		}
		tl := wholeTimeline(ds, view, "1999–2009", 2026.9)
		tl.Selected, tl.Hover = 3, 3
		out[fmt.Sprintf("timeline %g–%g", v.from, v.to)] = tl.Layout(1600, 800, th).Scene
	}
	e := ds.Events[len(ds.Events)/2]
	out["card"] = Card{Title: e.Title, Date: e.DateText(), Channel: e.Channel, Meta: "Multilateral · Obama administration",
		Summary: e.Summary, Source: "Source: " + ds.Source(e.Sources[0]).Citation()}.Layout(1920, 460, th)
	return out
}

// wholeTimeline is the timeline of all of ds's events as an export draws
// it: in view, or fitted to them when view is empty.
func wholeTimeline(ds *data.Dataset, view TimeView, filterText string, today float64) TimelineChart {
	ix := NewTimelineIndex(ds.Events)
	if view.Span() <= 0 {
		view = FitEvents(ix.Events)
	}
	return TimelineChart{Index: ix, Eras: ds.Eras, View: view, Selected: -1, Hover: -1, Today: today,
		Title: ds.Title, Caption: Caption(ds, filterText), Legend: true, Categories: ds.Categories()}
}

// TestChannelColoursCarryReadableText: the text written on a bar segment
// of any category's colour reaches 4.5:1, in every theme.
func TestChannelColoursCarryReadableText(t *testing.T) {
	for _, th := range Themes() {
		for c := data.Channel(0); c < 12; c++ {
			fill := th.ChannelColor(c)
			if r := pen.ContrastRatio(pen.ContrastText(fill), fill); r < 4.5 {
				t.Errorf("%s: text on the %d colour reaches %.2f:1", th.Name, c, r)
			}
		}
	}
}
