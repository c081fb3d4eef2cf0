package charts

import (
	"backchannel/pen"
	"fmt"
	"testing"
)

// BenchmarkTimelineLayout lays out one frame of synthetic datasets spread
// over 50 years at a 1920-pixel-wide view: the whole range, a decade and a
// month.
func BenchmarkTimelineLayout(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		ix := NewTimelineIndex(syntheticEvents(n, 50))
		whole := FitEvents(ix.Events)
		views := []struct {
			name string
			v    TimeView
		}{
			{"all", whole},
			{"decade", TimeView{Start: 1990, End: 2000}},
			{"month", TimeView{Start: 1995.5, End: 1995.5 + 30*Day}},
		}
		for _, vw := range views {
			b.Run(fmt.Sprintf("events=%d/view=%s", n, vw.name), func(b *testing.B) {
				tl := TimelineChart{Index: ix, Eras: nil, View: vw.v, Whole: whole, Selected: -1, Hover: -1}
				tl.Layout(1920, 1080, Light) // measure labels once, as the widget does
				b.ReportAllocs()
				for b.Loop() {
					tl.Layout(1920, 1080, Light)
				}
			})
		}
	}
}

// BenchmarkTimelinePan lays out successive frames of a pan across a view a
// tenth of the range wide.
func BenchmarkTimelinePan(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		ix := NewTimelineIndex(syntheticEvents(n, 50))
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			tl := TimelineChart{Index: ix, View: TimeView{Start: 1990, End: 1995}, Selected: -1, Hover: -1}
			b.ReportAllocs()
			for b.Loop() {
				tl.View = tl.View.Pan(7, 1920)
				if tl.View.End > 2025 {
					tl.View = TimeView{Start: 1980, End: 1985}
				}
				tl.Layout(1920, 1080, Light)
			}
		})
	}
}

// BenchmarkTimelinePaint paints the bundled timeline at full HD, as the window does every frame.
func BenchmarkTimelinePaint(b *testing.B) {
	tl, _ := bundledTimeline(b)
	l := tl.Layout(1920, 1080, Light)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pen.RenderImage(l.Scene, 1); err != nil {
			b.Fatal(err)
		}
	}
}
