//go:build e2e

package e2e

import (
	"image"
	"os"
	"path/filepath"
	"testing"
)

// vividPixels counts the pixels inside r with strong colour, as the
// channels' markers have and the pale bands, grey clusters and text lack.
func vividPixels(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			hi, lo := max(cr, cg, cb)>>8, min(cr, cg, cb)>>8
			if hi-lo > 90 {
				n++
			}
		}
	}
	return n
}

// TestASearchBringsItsResultsIntoView: on a 1280×720 projector, zoomed on
// the 2000s, searching "Algiers" (five events of 1979–1981) moves the
// timeline to them instead of leaving "5 of 106 events" over empty lanes
// (#17 item 4).
func TestASearchBringsItsResultsIntoView(t *testing.T) {
	d, a, id, window := launch(t, 1280, 720)
	kb := &keyboard{t: t, d: d, id: id, last: window}
	key := kb.press
	key("ctrl+l")
	zoomed := key("plus", "plus", "plus", "plus")
	key("ctrl+f")
	kb.write("Algiers")
	found := settle(t, d, kb.last) // the glide to the results
	os.MkdirAll("artifacts", 0o755)
	save(t, found, filepath.Join("artifacts", "search-into-view-1280x720.png"))
	if !a.running() {
		t.Fatalf("the app exited; stderr:\n%s", a.stderr)
	}
	lanes := image.Rect(8, 232, 930, 390) // under the bands, above the axis
	if n := changedPixels(window, zoomed, image.Rect(0, 0, 1280, 720)); n < 1000 {
		t.Fatalf("+ did not zoom (%d pixels changed)", n)
	}
	if n := vividPixels(found, lanes); n < 60 {
		t.Errorf("after searching, the lanes show %d coloured pixels: the five events are not in view", n)
	}
}
