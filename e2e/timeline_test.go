//go:build e2e

package e2e

import (
	"image"
	"os"
	"path/filepath"
	"strings"
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
		time.Sleep(300 * time.Millisecond)
	}
}

// settle waits for the window to repaint after input, then captures.
func settle(t *testing.T, d *display) image.Image {
	time.Sleep(700 * time.Millisecond)
	return capture(t, d)
}

func TestTimelineZoomsWithKeysAndWheel(t *testing.T) {
	d := startXvfb(t, 1280, 800)
	a := startApp(t, d)
	id := strings.Fields(xdotool(t, d, 60*time.Second, "search", "--sync", "--onlyvisible", "--name", "^Backchannel$"))[0]
	all := waitForBars(t, d)

	// The timeline fills the upper part of the window, the charts the lower.
	timeline := image.Rect(0, 60, 1280, 430)
	chartsArea := image.Rect(0, 520, 1280, 760)

	// Keyboard: click an empty spot of the timeline for focus, then zoom in.
	xdotool(t, d, 5*time.Second, "mousemove", "--window", id, "1250", "400", "click", "1")
	xdotool(t, d, 5*time.Second, "key", "--window", id, "plus", "plus", "plus", "plus")
	keys := settle(t, d)

	// Mouse wheel over the middle of the lanes: zoom in further.
	xdotool(t, d, 5*time.Second, "mousemove", "--window", id, "640", "250")
	for i := 0; i < 6; i++ {
		xdotool(t, d, 5*time.Second, "click", "4")
	}
	wheel := settle(t, d)

	artifacts := "artifacts"
	os.MkdirAll(artifacts, 0o755)
	save(t, all, filepath.Join(artifacts, "zoom-1-all.png"))
	save(t, keys, filepath.Join(artifacts, "zoom-2-keys.png"))
	save(t, wheel, filepath.Join(artifacts, "zoom-3-wheel.png"))

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
}
