//go:build js

package app

import (
	"encoding/json"
	"image"
	"slices"
	"syscall/js"
	"time"

	"backchannel/charts"
)

// The frames of the timeline in the page, timed over the same zoom-and-pan
// protocol as BenchmarkTimelineFrame (charts.FrameProtocol): a hidden
// button in the page runs it on the timeline shown and puts the figures
// in its data-frames, in milliseconds, for the tests and for anyone
// measuring a browser.

// addFrameTimer puts the button in the page.
func (w *Window) addFrameTimer() {
	doc := js.Global().Get("document")
	button := doc.Call("createElement", "button")
	button.Set("id", "time-frames")
	button.Set("textContent", "Time the timeline's frames")
	button.Set("style", "position:absolute;left:-10000px")
	button.Call("addEventListener", "click", js.FuncOf(func(this js.Value, _ []js.Value) any {
		this.Get("dataset").Set("frames", w.timeFrames())
		return nil
	}))
	doc.Get("body").Call("appendChild", button)
}

// timeFrames paints the protocol's frames three times over at 1920×1080,
// scale 1, and gives their median, 95th percentile and worst as JSON.
func (w *Window) timeFrames() string {
	tl := w.Timeline.Chart()
	tl.Selected, tl.Hover = -1, -1
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	var frames []time.Duration
	for round := range 3 {
		for _, step := range charts.FrameProtocol() {
			took, err := charts.TimeFrame(tl, step.View, img, 1, w.Theme)
			if err != nil {
				return `{"error": "` + err.Error() + `"}`
			}
			if round > 0 || step.Kind != "first" {
				frames = append(frames, took)
			}
		}
	}
	slices.Sort(frames)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	out, _ := json.Marshal(map[string]any{"frames": len(frames), "median": ms(frames[len(frames)/2]),
		"p95": ms(frames[len(frames)*95/100]), "worst": ms(frames[len(frames)-1])})
	return string(out)
}
