//go:build e2e

package e2e

import (
	"image"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestPresenterViewInTheRealWindow: Alt+F5 opens a second window, the
// presenter's, over the audience's full screen; → sent to the presenter's
// window moves the audience's to the next event, and the presenter's
// follows.
func TestPresenterViewInTheRealWindow(t *testing.T) {
	d, a, _, kb := launchWithKeyboard(t, 1920, 1080)
	xdotool(t, d, 5*time.Second, "key", "--window", kb.id, "alt+F5") // no settling: the presenter's clock ticks
	presenter := ""
	for by := time.Now().Add(10 * time.Second); presenter == "" && time.Now().Before(by); {
		search := exec.Command("xdotool", "search", "--all", "--onlyvisible", "--name", "Presenter View")
		search.Env = append(os.Environ(), "DISPLAY="+d.name)
		out, _ := search.Output() // none found yet: exit status 1
		if presenter = strings.TrimSpace(string(out)); presenter == "" {
			time.Sleep(pollEvery)
		}
	}
	presenter, _, _ = strings.Cut(presenter, "\n")
	if presenter == "" {
		t.Fatal("Alt+F5 opened no presenter window")
	}
	// The presenter's clock ticks every second, so the screen never rests:
	// wait for the windows to be drawn, then for the key's effect.
	time.Sleep(2 * time.Second)
	both := capture(t, d)
	audienceCard := image.Rect(1150, 720, 1920, 1060)
	presenterTop := image.Rect(0, 0, 400, 60) // "Slide N of M"
	xdotool(t, d, 5*time.Second, "key", "--window", presenter, "Right")
	next := capture(t, d)
	for by := time.Now().Add(10 * time.Second); changedPixels(both, next, audienceCard) < 3000 && time.Now().Before(by); {
		time.Sleep(pollEvery)
		next = capture(t, d)
	}
	time.Sleep(500 * time.Millisecond) // the glide's end
	next = capture(t, d)
	saveArtifact(t, both, "presenter-1.png")
	saveArtifact(t, next, "presenter-2.png")
	a.mustRun(t)
	// The presenter's window is at the top left; the audience's caption
	// card shows to its right and below it.
	if n := changedPixels(both, next, audienceCard); n < 3000 {
		t.Errorf("→ in the presenter's window changed %d pixels of the audience's caption card", n)
	}
	if n := changedPixels(both, next, presenterTop); n < 20 {
		t.Errorf("→ changed %d pixels of the presenter's slide counter", n)
	}
}
