package charts

import (
	"image"
	"time"

	"backchannel/pen"
)

// FrameStep is one step of the zoom-and-pan protocol frames are timed
// over: what the step does, and the view it shows.
type FrameStep struct {
	Kind string // first, zoom, pan or zoomout
	View TimeView
}

// FrameProtocol is vis-timeline's protocol: the view 1975–2025, ten
// zoom-ins halving the window around 2000, ten pans of a tenth, one
// zoom-out.
func FrameProtocol() []FrameStep {
	v := TimeView{Start: 1975, End: 2025, MinSpan: Day, MaxSpan: 100}
	steps := []FrameStep{{"first", v}}
	for range 10 {
		v = TimeView{Start: 2000 - v.Span()/4, End: 2000 + v.Span()/4, MinSpan: Day, MaxSpan: 100}
		steps = append(steps, FrameStep{"zoom", v})
	}
	for range 10 {
		v = v.Pan(192, 1920)
		steps = append(steps, FrameStep{"pan", v})
	}
	return append(steps, FrameStep{"zoomout", TimeView{Start: 1975, End: 2025, MinSpan: Day, MaxSpan: 100}})
}

// TimeFrame lays tl out at view for a 1920×1080 window and paints it into
// img at scale, as the window does for a frame, and says how long that
// took.
func TimeFrame(tl TimelineChart, view TimeView, img *image.RGBA, scale float64, th Theme) (time.Duration, error) {
	tl.View = view
	start := time.Now()
	l := tl.Layout(1920, 1080, th)
	err := pen.RenderInto(img, l.Scene, scale)
	return time.Since(start), err
}
