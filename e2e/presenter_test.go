//go:build e2e

package e2e

import (
	"image"
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
	both := kb.press("alt+F5")
	presenter := ""
	for by := time.Now().Add(10 * time.Second); presenter == "" && time.Now().Before(by); {
		presenter = xdotool(t, d, 5*time.Second, "search", "--all", "--onlyvisible", "--name", "Presenter View")
		if presenter == "" {
			time.Sleep(pollEvery)
		}
	}
	presenter, _, _ = strings.Cut(presenter, "\n")
	if presenter == "" {
		t.Fatal("Alt+F5 opened no presenter window")
	}
	both = settle(t, d, both)
	toPresenter := &keyboard{t: t, d: d, id: presenter, last: both}
	next := toPresenter.press("Right")
	saveArtifact(t, both, "presenter-1.png")
	saveArtifact(t, next, "presenter-2.png")
	a.mustRun(t)
	// The presenter's window is at the top left; the audience's caption
	// card shows to its right and below it.
	audienceCard := image.Rect(1150, 720, 1920, 1060)
	presenterTop := image.Rect(0, 0, 400, 60) // "Slide N of M"
	if n := changedPixels(both, next, audienceCard); n < 3000 {
		t.Errorf("→ in the presenter's window changed %d pixels of the audience's caption card", n)
	}
	if n := changedPixels(both, next, presenterTop); n < 20 {
		t.Errorf("→ changed %d pixels of the presenter's slide counter", n)
	}
}
