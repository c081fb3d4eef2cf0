//go:build e2e

package e2e

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"backchannel/charts"
	"backchannel/data"
)

// findColour returns a point inside r where a pixel has exactly colour c
// and so do its neighbours: the inside of a marker, not its edge.
func findColour(img image.Image, r image.Rectangle, c [3]uint8) (image.Point, bool) {
	is := func(x, y int) bool {
		cr, cg, cb, _ := img.At(x, y).RGBA()
		return uint8(cr>>8) == c[0] && uint8(cg>>8) == c[1] && uint8(cb>>8) == c[2]
	}
	for y := r.Min.Y + 1; y < r.Max.Y-1; y++ {
		for x := r.Min.X + 1; x < r.Max.X-1; x++ {
			if is(x, y) && is(x+1, y) && is(x, y+1) && is(x-1, y) && is(x, y-1) {
				return image.Pt(x, y), true
			}
		}
	}
	return image.Point{}, false
}

func TestClickingAnEventShowsItsDetails(t *testing.T) {
	d, a, id, before := launch(t, 1280, 800)
	lanes := image.Rect(0, 230, 940, 440)
	col := charts.Light.ChannelColor(data.Multilateral)
	at, ok := findColour(before, lanes, [3]uint8{col.R, col.G, col.B})
	if !ok {
		t.Fatal("no multilateral marker on the timeline to click")
	}
	xdotool(t, d, 5*time.Second, "mousemove", "--window", id, strconv.Itoa(at.X), strconv.Itoa(at.Y), "click", "1")
	after := settle(t, d, before)
	saveArtifact(t, after, "clicked.png")
	a.mustRun(t)
	detail := image.Rect(950, 160, 1280, 700)
	if n := changedPixels(before, after, detail); n < 2000 {
		t.Errorf("clicking the marker at %v changed %d pixels of the detail pane", at, n)
	}
	// The detail pane now shows the multilateral marker beside the channel.
	if _, ok := findColour(after, detail, [3]uint8{col.R, col.G, col.B}); !ok {
		t.Error("the detail pane does not show the multilateral channel's marker")
	}
}

func TestExportFromTheBinary(t *testing.T) {
	out := filepath.Join(t.TempDir(), "decades.png")
	cmd := exec.Command(binary(t), "export", "-chart", "decades", "-width", "800", "-height", "450", "-scale", "2", "-o", out)
	cmd.Env = append(os.Environ(), "DISPLAY=") // no display needed
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, msg)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1600 || cfg.Height != 900 || fi.Size() < 20000 {
		t.Errorf("exported %dx%d, %d bytes, %v; want a 1600x900 picture", cfg.Width, cfg.Height, fi.Size(), err)
	}
	v, err := exec.Command(binary(t), "-version").Output()
	if err != nil || !strings.HasPrefix(string(v), "backchannel ") {
		t.Errorf("-version printed %q, %v", v, err)
	}
}
