package charts

import (
	"fmt"
	"image"
	"image/draw"
	"math/rand"
	"runtime"
	"slices"
	"testing"
	"time"

	"backchannel/data"
)

// frameEvents makes n events over the 50 years from 1975: 70 % points,
// 30 % spans of 1 to 400 days, reproducibly.
func frameEvents(n int) []*data.Event {
	rng := rand.New(rand.NewSource(int64(n) + 13))
	out := make([]*data.Event, n)
	for i := range out {
		start := 1975 + rng.Float64()*50
		e := data.Event{ID: fmt.Sprintf("f%d", i), Title: fmt.Sprintf("Event %d: talks and letters", i),
			Channel: data.Channel(rng.Intn(data.NumChannels)), Start: data.DateAt(start)}
		if rng.Intn(10) < 3 {
			e.End = data.DateAt(start + float64(1+rng.Intn(400))*Day)
		}
		out[i] = &e
	}
	return out // NewTimelineIndex sorts them
}

// BenchmarkTimelineFrame measures whole frames, layout plus paint into a
// reused 1920×1080 (or, at scale 2, 3840×2160) buffer as the widget does,
// over the protocol's steps, for the bundled timeline and synthetic ones.
// ns/op is the mean frame of a step kind; median-ms, p95-ms and worst-ms
// the median frame, the one that 95 in 100 are faster than, and the
// slowest.
func BenchmarkTimelineFrame(b *testing.B) {
	bundledTL, _ := bundledTimeline(b)
	// Each set is made when its turn comes, so that the heap holds one
	// timeline, as the window's does, and the collector has as much to
	// mark as it would there.
	sets := []frameSet{{"bundled", func() (*TimelineIndex, []data.Era) { return bundledTL.Index, bundledTL.Eras }}}
	for _, n := range []int{1000, 10000, 100000} {
		sets = append(sets, frameSet{fmt.Sprint(n), func() (*TimelineIndex, []data.Era) { return NewTimelineIndex(frameEvents(n)), nil }})
	}
	steps := FrameProtocol()
	for _, set := range sets {
		ix, eras := set.make()
		runtime.GC()
		for _, scale := range []float64{1, 2} {
			img := image.NewRGBA(image.Rect(0, 0, int(1920*scale), int(1080*scale)))
			// The window's buffer stays from frame to frame: touch every page
			// once here, so that the first timed frame does not pay for them.
			draw.Draw(img, img.Rect, image.White, image.Point{}, draw.Src)
			for _, kind := range []string{"zoom", "pan", "zoomout"} {
				b.Run(fmt.Sprintf("events=%s/scale=%g/step=%s", set.name, scale, kind), func(b *testing.B) {
					tl := TimelineChart{Index: ix, Eras: eras, Whole: FitEvents(ix.Events), Selected: -1, Hover: -1}
					timeFrames(b, tl, img, scale, steps, kind)
				})
				if set.name != "100000" {
					continue // a row per channel: at the most events only
				}
				b.Run(fmt.Sprintf("events=%s/rows=channel/scale=%g/step=%s", set.name, scale, kind), func(b *testing.B) {
					tl := TimelineChart{Index: ix, Eras: eras, Whole: FitEvents(ix.Events), Selected: -1, Hover: -1, Rows: RowsByCategory}
					timeFrames(b, tl, img, scale, steps, kind)
				})
			}
		}
	}
}

// frameSet is a timeline the frame benchmark draws, made when its turn
// comes.
type frameSet struct {
	name string
	make func() (*TimelineIndex, []data.Era)
}

// timeFrames lays out and paints tl into img at scale for each of the
// protocol's steps of one kind in turn, and reports the frames' median,
// 95th percentile and worst times.
func timeFrames(b *testing.B, tl TimelineChart, img *image.RGBA, scale float64, steps []FrameStep, kind string) {
	// The window shows the protocol's first view before the first step,
	// as it opens on it.
	if _, err := TimeFrame(tl, steps[0].View, img, scale, Light); err != nil {
		b.Fatal(err)
	}
	var frames []time.Duration
	i := 0
	for b.Loop() {
		for steps[i%len(steps)].Kind != kind {
			i++
		}
		took, err := TimeFrame(tl, steps[i%len(steps)].View, img, scale, Light)
		if err != nil {
			b.Fatal(err)
		}
		i++
		frames = append(frames, took)
	}
	slices.Sort(frames)
	b.ReportMetric(float64(frames[len(frames)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(frames[len(frames)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(frames[len(frames)-1].Microseconds())/1000, "worst-ms")
}
