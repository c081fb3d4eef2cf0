//go:build e2e

package e2e

import (
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"
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
	d, a, id, window := launch(t, 1920, 1080)
	last := window
	key := func(keys ...string) image.Image {
		xdotool(t, d, 5*time.Second, append([]string{"key", "--window", id}, keys...)...)
		last = settle(t, d, last)
		return last
	}
	step1 := key("F5")
	step2 := key("Right")
	step3 := key("1", "8", "Return")
	black := key("b")
	back := key("Right")
	left := key("Escape")

	os.MkdirAll("artifacts", 0o755)
	for name, img := range map[string]image.Image{"present-1.png": step1, "present-2.png": step2, "present-3.png": step3, "present-black.png": black} {
		save(t, img, filepath.Join("artifacts", name))
	}
	if !a.running() {
		t.Fatalf("the app exited; stderr:\n%s", a.stderr)
	}
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
