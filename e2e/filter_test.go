//go:build e2e

package e2e

import (
	"image"
	"testing"
)

// vividPixels counts the pixels inside r with strong colour, as the
// channels' markers have and the pale bands, grey clusters and text lack.
func vividPixels(img image.Image, r image.Rectangle) int {
	return countPixels(img, r, func(r, g, b uint32) bool { return max(r, g, b)>>8-min(r, g, b)>>8 > 90 })
}

// TestASearchBringsItsResultsIntoView: on a 1280×720 projector, zoomed on
// the 2000s, searching "Algiers" (five events of 1979–1981) moves the
// timeline to them instead of leaving "5 of 106 events" over empty lanes
// (#17 item 4).
func TestASearchBringsItsResultsIntoView(t *testing.T) {
	d, a, window, kb := launchWithKeyboard(t, 1280, 720)
	key := kb.press
	key("ctrl+l")
	zoomed := key("plus", "plus", "plus", "plus")
	key("ctrl+f")
	kb.write("Algiers")
	found := settle(t, d, kb.last) // the glide to the results
	saveArtifact(t, found, "search-into-view-1280x720.png")
	a.mustRun(t)
	lanes := image.Rect(8, 232, 930, 390) // under the bands, above the axis
	if n := changedPixels(window, zoomed, image.Rect(0, 0, 1280, 720)); n < 1000 {
		t.Fatalf("+ did not zoom (%d pixels changed)", n)
	}
	if n := vividPixels(found, lanes); n < 60 {
		t.Errorf("after searching, the lanes show %d coloured pixels: the five events are not in view", n)
	}
}
