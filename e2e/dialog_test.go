//go:build e2e

package e2e

import (
	"image"
	"testing"
)

// brightRows counts the rows of img inside r that are mostly near white:
// a dialog's face, where the rest of the window lies under the dialog's
// grey veil.
func brightRows(img image.Image, r image.Rectangle) int {
	nearWhite := func(r, g, b uint32) bool { return r > 0xe800 && g > 0xe800 && b > 0xe800 }
	rows := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		if countPixels(img, image.Rect(r.Min.X, y, r.Max.X, y+1), nearWhite)*2 > r.Dx() {
			rows++
		}
	}
	return rows
}

// TestF1InTheRealWindow: at a projector's 1280×720, F1 opens the list of
// shortcuts taller than ten rows (not one row high), and Escape closes it,
// leaving the window as it was (#17 item 2).
func TestF1InTheRealWindow(t *testing.T) {
	_, a, window, kb := launchWithKeyboard(t, 1280, 720)
	key := kb.press
	help := key("F1")
	closed := key("Escape")
	saveArtifact(t, help, "f1-1280x720.png")
	a.mustRun(t)
	middle := image.Rect(440, 0, 840, 720) // the dialog is centred
	side := image.Rect(0, 0, 150, 720)     // beside it, the window lies under a veil
	const row = 35                         // a row of the list, at scale 1
	if before, under := brightRows(window, side), brightRows(help, side); under*2 > before {
		t.Fatalf("F1 put no veil over the window: %d bright rows beside the middle, %d before", under, before)
	}
	if open := brightRows(help, middle); open < 10*row {
		t.Errorf("the dialog F1 opened is %d rows tall: want over ten rows of %d px", open, row)
	}
	if n := changedPixels(window, closed, window.Bounds()); n > 1280*720/100 {
		t.Errorf("after Escape %d pixels differ from before F1: the dialog did not close", n)
	}
}
