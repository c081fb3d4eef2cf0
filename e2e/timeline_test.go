//go:build e2e

package e2e

import (
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"

	"backchannel/charts"
	"backchannel/data"
)

// changedPixels counts the pixels that differ between two captures inside r.
func changedPixels(a, b image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				n++
			}
		}
	}
	return n
}

// waitForBars captures until the charts' bars are on screen.
func waitForBars(t *testing.T, d *display) image.Image {
	t.Helper()
	coercive := charts.Light.ChannelColor(data.Coercive)
	deadline := time.Now().Add(30 * time.Second)
	for {
		img := capture(t, d)
		if n, _ := colourCount(img, coercive); n > 300 || time.Now().After(deadline) {
			return img
		}
		time.Sleep(pollEvery)
	}
}

func TestTimelineZoomsWithKeysAndWheel(t *testing.T) {
	d, a, id, all := launch(t, 1280, 800)

	// At 1280×800: the timeline fills the upper left, the charts the lower
	// left, the detail pane the right.
	timeline := image.Rect(0, 160, 940, 500)
	chartsArea := image.Rect(0, 530, 940, 750)
	detail := image.Rect(950, 160, 1280, 700)

	// Keyboard: click an empty spot of the lanes for focus, then zoom in.
	xdotool(t, d, 5*time.Second, "mousemove", "--window", id, "700", "425", "click", "1")
	xdotool(t, d, 5*time.Second, "key", "--window", id, "plus", "plus", "plus", "plus")
	keys := settle(t, d, all)

	// Mouse wheel over the middle of the lanes: zoom in further.
	xdotool(t, d, 5*time.Second, "mousemove", "--window", id, "470", "300")
	for i := 0; i < 6; i++ {
		xdotool(t, d, 5*time.Second, "click", "4")
	}
	wheel := settle(t, d, keys)

	// Step to an event: the detail pane fills in.
	xdotool(t, d, 5*time.Second, "key", "--window", id, "Right")
	selected := settle(t, d, wheel)

	artifacts := "artifacts"
	os.MkdirAll(artifacts, 0o755)
	save(t, all, filepath.Join(artifacts, "zoom-1-all.png"))
	save(t, keys, filepath.Join(artifacts, "zoom-2-keys.png"))
	save(t, wheel, filepath.Join(artifacts, "zoom-3-wheel.png"))
	save(t, selected, filepath.Join(artifacts, "zoom-4-selected.png"))

	if !a.running() {
		t.Fatalf("the app exited; stderr:\n%s", a.stderr)
	}
	area := timeline.Dx() * timeline.Dy()
	if n := changedPixels(all, keys, timeline); n < area/20 {
		t.Errorf("zooming with + changed %d timeline pixels of %d", n, area)
	}
	if n := changedPixels(keys, wheel, timeline); n < area/20 {
		t.Errorf("zooming with the wheel changed %d timeline pixels of %d", n, area)
	}
	if n := changedPixels(all, wheel, chartsArea); n > 0 {
		t.Errorf("zooming the timeline changed %d pixels of the charts", n)
	}
	if n := changedPixels(wheel, selected, detail); n < 2000 {
		t.Errorf("selecting an event changed %d pixels of the detail pane", n)
	}
}
