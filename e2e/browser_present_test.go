//go:build e2e

package e2e

import (
	"image"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp/kb"
)

// TestPresentingOnATablet: with no keyboard but F5's menu item, a
// lecturer presents by touch: a tap moves on to the next slide, and a
// swipe down leaves the presentation, on the event shown (the status line
// names it).
func TestPresentingOnATablet(t *testing.T) {
	p := openBrowser(t, t.TempDir())
	p.load("/index.html")
	p.keys(kb.F5)
	time.Sleep(2 * time.Second)
	first := p.screenshot()
	p.touch(input.DispatchTouchEventTypeTouchStart, [2]float64{1500, 600})
	p.touch(input.DispatchTouchEventTypeTouchEnd)
	time.Sleep(2 * time.Second)
	next := p.screenshot()
	saveArtifact(t, next, "browser-presenting-tapped.png")
	if n := changedPixels(first, next, image.Rect(0, 0, 1920, 900)); n < 2000 {
		t.Errorf("a tap on the presentation changed %d pixels", n)
	}
	p.touch(input.DispatchTouchEventTypeTouchStart, [2]float64{900, 200})
	for y := 240.0; y <= 640; y += 40 {
		p.touch(input.DispatchTouchEventTypeTouchMove, [2]float64{905, y})
	}
	p.touch(input.DispatchTouchEventTypeTouchEnd)
	left := p.waitFor("a swipe down to leave on the second event", 30*time.Second, statusExpr, func(s string) bool { return strings.HasPrefix(s, "2 of 128: ") })
	t.Logf("after a tap and a swipe down: %q", left)
}
