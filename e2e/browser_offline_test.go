//go:build e2e

package e2e

import (
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestTheWebBuildOpensWithNoNetwork: after a first visit, which opened a
// course's timeline linked with ?data=, the site stops answering (a
// lecture hall's Wi-Fi gone), and the page opened again comes from the
// service worker's cache: the app draws its first frame and opens the
// linked timeline as before. With the worker the browser can install the
// page as an app. A link to a timeline the site lacks, or one never
// opened before when the site is gone, is said to be so.
func TestTheWebBuildOpensWithNoNetwork(t *testing.T) {
	timelines := t.TempDir()
	os.WriteFile(filepath.Join(timelines, "course.json"), []byte(courseTimeline), 0o644)
	p := openBrowser(t, timelines)
	p.settle()
	const link = "/index.html?data=/timelines/course.json"
	openedCourse := func(s string) bool { return strings.HasPrefix(s, "Opened course.json: 3 events") }
	p.load(link)
	p.waitFor("the linked timeline to open", time.Minute, statusExpr, openedCourse)
	kept := `navigator.serviceWorker.controller ? caches.keys().then(k => k.join(" ")) : ""`
	p.waitFor("a service worker to keep the app", 2*time.Minute, kept, func(s string) bool {
		return strings.Contains(s, "backchannel-app-") && strings.Contains(s, "backchannel-site")
	})
	// With its manifest and worker, the browser offers to install the page
	// as an app (in its own window, on a Chromebook's shelf).
	if r, err := chromedp.Call(p.ctx, cdppage.GetInstallabilityErrors, cdp.Empty{}); err != nil || len(r.InstallabilityErrors) > 0 {
		var ids []string
		for _, e := range r.InstallabilityErrors {
			ids = append(ids, e.ErrorID)
		}
		t.Errorf("the page cannot be installed as an app: %v %v", ids, err)
	}
	if s := p.status(); strings.HasPrefix(s, "A new version") {
		t.Errorf("on a first visit, the worker starting to keep the app was taken for an update: %q", s)
	}
	p.load("/index.html?data=/timelines/missing.json")
	p.waitFor("the missing timeline to be named", time.Minute, statusExpr, func(s string) bool {
		return strings.Contains(s, "/timelines/missing.json could not be fetched: the site answered 404 Not Found. The bundled record is shown.")
	})
	p.server.Close()
	// A file the worker has not kept tells whether the site is gone.
	if got, _ := p.eval(`fetch("/timelines/other.json").then(r => "reached " + r.status, () => "unreachable")`); got != "unreachable" {
		t.Fatalf("the site still answers after it was closed: %s", got)
	}
	shown := p.load(link)
	t.Logf("with no network, the first frame came %v after the page started", shown)
	p.waitFor("the linked timeline to open with no network", time.Minute, statusExpr, openedCourse)
	img := p.screenshot()
	saveArtifact(t, img, "browser-offline.png")
	// A timeline the page never opened before cannot come with no network:
	// the status line says so, and the bundled record is shown.
	p.load("/index.html?data=/timelines/other.json")
	p.waitFor("the unreachable timeline to be named", time.Minute, statusExpr, func(s string) bool {
		return strings.Contains(s, "/timelines/other.json could not be fetched: the site could not be reached (Failed to fetch). The bundled record is shown.")
	})
	b := img.Bounds()
	if n := darkPixels(img, image.Rect(0, b.Dy()/6, b.Dx()*3/4, b.Dy()/2)); n < 2000 {
		t.Errorf("with no network, the timeline drew %d dark pixels", n)
	}
	if errs := p.threadErrors(); len(errs) > 0 {
		t.Errorf("%d Fyne calls off Fyne's thread, the first: %s", len(errs), errs[0])
	}
}

// TestANewWebBuildReplacesTheKeptOne: a site that puts up a new build (a
// new page and a new service worker) is seen from the visit after the one
// that finds it, which says on its status line that a new version is
// ready, and the old build's files are no longer kept.
func TestANewWebBuildReplacesTheKeptOne(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS(os.Getenv("BACKCHANNEL_WEB"))); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BACKCHANNEL_WEB", site)
	p := openBrowser(t, t.TempDir())
	p.settle()
	p.load("/index.html")
	keptBuilds := `navigator.serviceWorker.controller ? caches.keys().then(k => k.filter(n => n.startsWith("backchannel-app-")).join(" ")) : ""`
	old := p.waitFor("a service worker to keep the app", 2*time.Minute, keptBuilds, func(s string) bool { return s != "" })

	rewrite(t, filepath.Join(site, "index.html"), `<p id="version">Version `, `<p id="version">Version next-`)
	rewrite(t, filepath.Join(site, "serviceworker.js"), `const build = "`, `const build = "next-`)
	p.load("/index.html") // from the kept build, while the new one is fetched
	p.waitFor("the new build to be kept in place of the old", 2*time.Minute, keptBuilds, func(s string) bool {
		return strings.HasPrefix(s, "backchannel-app-next-") && !strings.Contains(s, " ")
	})
	p.waitFor("the page to say a new version is ready", time.Minute, statusExpr, func(s string) bool {
		return strings.HasPrefix(s, "A new version of Backchannel is ready")
	})
	p.load("/index.html")
	if v, _ := p.eval(`document.getElementById("version").textContent`); !strings.HasPrefix(v, "Version next-") {
		t.Errorf("after a new build was kept (before it: %s), the page says %q", old, v)
	}
}

// rewrite replaces the first old in the file at path with new.
func rewrite(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q (%v)", path, old, err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
