//go:build e2e

package e2e

import (
	"image"
	"testing"
)

// meanBrightness is the average of every pixel's grey level, 0 to 1.
func meanBrightness(img image.Image) float64 {
	b := img.Bounds()
	sum := 0.0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bb, _ := img.At(x, y).RGBA()
			sum += float64(r+g+bb) / 3 / 65535
		}
	}
	return sum / float64((b.Dx()/2)*(b.Dy()/2))
}

func TestPresentationInTheRealWindow(t *testing.T) {
	_, a, window, kb := launchWithKeyboard(t, 1920, 1080)
	key := kb.press
	step1 := key("F5")
	step2 := key("Right")
	step3 := key("1", "8", "Return")
	black := key("b")
	back := key("Right")
	left := key("Escape")

	for name, img := range map[string]image.Image{"present-1.png": step1, "present-2.png": step2, "present-3.png": step3, "present-black.png": black} {
		saveArtifact(t, img, name)
	}
	a.mustRun(t)
	full := image.Rect(0, 0, 1920, 1080)
	card := image.Rect(0, 620, 1920, 1060) // the caption card, under the timeline
	if n := changedPixels(window, step1, full); n < 1920*1080/4 {
		t.Errorf("F5 changed only %d pixels", n)
	}
	if n := changedPixels(step1, step2, card); n < 5000 {
		t.Errorf("stepping changed %d pixels of the caption card", n)
	}
	if n := changedPixels(step2, step3, card); n < 5000 {
		t.Errorf("jumping to 18 changed %d pixels of the caption card", n)
	}
	if m := meanBrightness(black); m > 0.03 {
		t.Errorf("B left the screen at brightness %.3f, want black", m)
	}
	if n := changedPixels(step3, back, full); n > 0 {
		t.Errorf("the key that ended the blank also changed the slide (%d pixels)", n)
	}
	if n := changedPixels(back, left, full); n < 1920*1080/4 {
		t.Errorf("Escape changed only %d pixels", n)
	}
}

// TestPresentationClockLeavesTheBandsReadable: on a 1280×720 projector,
// T shows the clock and counter in the bottom right corner; the top of the
// timeline, where the bands name the presidents, is not drawn over
// (#17 item 8).
func TestPresentationClockLeavesTheBandsReadable(t *testing.T) {
	_, a, _, kb := launchWithKeyboard(t, 1280, 720)
	key := kb.press
	key("F5")
	// Under Xvfb, with no window manager, the window may take the whole
	// screen only at the next key: show and hide the clock once first.
	key("t")
	slide := key("t")
	clock := key("t")
	saveArtifact(t, clock, "present-clock-1280x720.png")
	a.mustRun(t)
	bands := image.Rect(0, 0, 1280, 120)      // the timeline's top rows: the bands and their names
	corner := image.Rect(900, 600, 1280, 712) // the bottom right, above the progress bar
	if n := changedPixels(slide, clock, bands); n > 0 {
		t.Errorf("T changed %d pixels of the bands at the top of the timeline", n)
	}
	if n := changedPixels(slide, clock, corner); n < 100 {
		t.Errorf("T changed only %d pixels of the bottom right corner: no clock", n)
	}
}
