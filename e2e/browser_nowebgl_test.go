//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestABrowserWithoutWebGLIsTold: with WebGL turned off, the page says in
// words that Backchannel cannot run there and why, in place of the app.
func TestABrowserWithoutWebGLIsTold(t *testing.T) {
	p := openBrowser(t, t.TempDir(), chromedp.Flag("disable-3d-apis", true))
	if err := chromedp.Do(p.ctx, chromedp.Navigate(p.site+"/index.html")); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	said := p.waitFor("the page to say it cannot run", time.Minute,
		`document.getElementById("what").textContent + " | " + document.getElementById("problem").textContent`,
		func(s string) bool { return strings.HasPrefix(s, "Backchannel cannot run here.") })
	if !strings.Contains(said, "no WebGL") {
		t.Errorf("the page said %q", said)
	}
	state, _ := p.eval(`getComputedStyle(document.getElementById("start")).display + " | " + (document.body.dataset.shown || "no frame")`)
	if state != "flex | no frame" {
		t.Errorf("the words are not shown in place of the app: %q", state)
	}
	saveArtifact(t, p.screenshot(), "browser-no-webgl.png")
	t.Logf("the page says: %s", said)
}
