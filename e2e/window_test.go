//go:build e2e

package e2e

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"backchannel/charts"
	"backchannel/data"
)

// colourCount counts the pixels of exactly c and the distinct colours.
func colourCount(img image.Image, c color.RGBA) (int, int) {
	n := 0
	distinct := map[[3]uint8]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			k := [3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bb >> 8)}
			distinct[k] = true
			if k == [3]uint8{c.R, c.G, c.B} {
				n++
			}
		}
	}
	return n, len(distinct)
}

func TestWindowOpensOnBundledData(t *testing.T) {
	d := startXvfb(t, 1280, 800)
	a := startApp(t, d)

	id := xdotool(t, d, 60*time.Second, "search", "--sync", "--onlyvisible", "--name", "^Backchannel$")
	if name := xdotool(t, d, 5*time.Second, "getwindowname", strings.Fields(id)[0]); name != "Backchannel" {
		t.Errorf("window title %q, want Backchannel", name)
	}

	// Wait for the first drawn frame: the charts' bars on screen.
	coercive := charts.Light.ChannelColor(data.Coercive)
	intermediary := charts.Light.ChannelColor(data.Intermediary)
	var img image.Image
	deadline := time.Now().Add(30 * time.Second)
	for {
		img = capture(t, d)
		n, _ := colourCount(img, coercive)
		if n > 500 || time.Now().After(deadline) {
			break
		}
		time.Sleep(pollEvery)
	}
	artifacts := filepath.Join("artifacts")
	os.MkdirAll(artifacts, 0o755)
	save(t, img, filepath.Join(artifacts, "window.png"), os.Getenv("BACKCHANNEL_SCREENSHOT"))

	if !a.running() {
		t.Fatalf("the app exited; stderr:\n%s", a.stderr)
	}
	nCo, distinct := colourCount(img, coercive)
	nIn, _ := colourCount(img, intermediary)
	white, _ := colourCount(img, charts.Light.Background)
	if distinct < 50 {
		t.Errorf("the window shows %d colours: blank or nearly", distinct)
	}
	if nCo < 500 || nIn < 500 {
		t.Errorf("bars missing: %d coercive and %d intermediary pixels", nCo, nIn)
	}
	if total := img.Bounds().Dx() * img.Bounds().Dy(); white < total/3 {
		t.Errorf("only %d of %d pixels are the light background", white, total)
	}
	// Nothing printed on a normal start, once the window is at rest: no
	// locale error, no warnings.
	settle(t, d, img)
	if s := strings.TrimSpace(a.stderr.String()); s != "" {
		t.Errorf("the app printed on a normal start:\n%s", s)
	}
}
