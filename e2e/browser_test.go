//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"backchannel/data"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The web build (make web) in Debian's Chromium, headless, WebGL drawn by
// SwiftShader, driven over the DevTools protocol.

// page is the web build open in a browser tab.
type page struct {
	t         *testing.T
	ctx       context.Context
	site      string // the address the web build is served at
	server    *httptest.Server
	downloads string
	mu        sync.Mutex
	console   []string
}

// openBrowser serves the web build (with a folder of timelines beside it)
// and starts Chromium on a 1920×1080 window, with any further flags.
func openBrowser(t *testing.T, timelines string, flags ...chromedp.ExecAllocatorOption) *page {
	t.Helper()
	dir := os.Getenv("BACKCHANNEL_WEB")
	if dir == "" {
		t.Fatal("set BACKCHANNEL_WEB to the web build, dist/web (make e2e does)")
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(dir)))
	mux.Handle("/timelines/", http.StripPrefix("/timelines/", http.FileServer(http.Dir(timelines))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.NoSandbox, chromedp.WindowSize(1920, 1080),
		chromedp.Flag("use-angle", "swiftshader"), chromedp.Flag("enable-unsafe-swiftshader", true))
	opts = append(opts, flags...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 8*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	p := &page{t: t, ctx: ctx, site: srv.URL, server: srv, downloads: t.TempDir()}
	if err := chromedp.Do(ctx); err != nil { // the browser starts
		t.Fatalf("starting Chromium: %v", err)
	}
	chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
			p.mu.Lock()
			for _, a := range e.Args {
				p.console = append(p.console, string(a.Value))
			}
			p.mu.Unlock()
		}
	})
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: p.downloads}); err != nil {
		t.Fatalf("downloads: %v", err)
	}
	return p
}

// load opens the page at address (under the site) and waits for the
// timeline's first frame; it returns how long after the page's start
// that came.
func (p *page) load(address string) time.Duration {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.Navigate(p.site+address)); err != nil {
		p.t.Fatalf("loading %s: %v", address, err)
	}
	shown := p.waitFor("the first frame", 4*time.Minute, `document.body.dataset.shown || ""`, func(s string) bool { return s != "" })
	d, _ := time.ParseDuration(shown + "ms")
	return d
}

// settle lets the browser, just started, finish starting before the page
// is first opened, as a user's browser has when they follow a link: on
// this machine Chromium's own start keeps both cores busy for a second or
// two, which is not the page's time to its first frame.
func (p *page) settle() {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.Navigate("about:blank")); err != nil {
		p.t.Fatalf("opening a blank page: %v", err)
	}
	time.Sleep(3 * time.Second)
}

// eval evaluates a JavaScript expression giving a string, or a promise
// of one, which it waits for.
func (p *page) eval(expr string) (string, error) {
	return chromedp.Run(p.ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
}

// waitFor evaluates expr until ok accepts its value, and returns it.
func (p *page) waitFor(what string, within time.Duration, expr string, ok func(string) bool) string {
	p.t.Helper()
	var last string
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		v, err := p.eval(expr)
		if err == nil && ok(v) {
			return v
		}
		last = v
	}
	p.mu.Lock()
	seen := map[string]bool{}
	var console []string
	for _, line := range p.console {
		if at := strings.Index(line, "From: "); at >= 0 && !seen[line[at:]] {
			seen[line[at:]] = true
			console = append(console, line[at:])
		}
	}
	console = append(console, p.console[max(0, len(p.console)-6):]...)
	p.mu.Unlock()
	p.t.Fatalf("gave up waiting for %s (last %q); the console's last lines:\n%s", what, last, strings.Join(console, "\n"))
	return ""
}

// status is what the status line says, as the page tells screen readers.
func (p *page) status() string {
	v, _ := p.eval(`(document.getElementById("status") || {}).textContent || ""`)
	return v
}

// screenshot is the page as it looks.
func (p *page) screenshot() image.Image {
	p.t.Helper()
	raw, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		p.t.Fatal(err)
	}
	return img
}

// keys types keys on the page, with modifiers.
func (p *page) keys(keys string, mods ...chromedp.Modifier) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.KeyEvent(keys, chromedp.KeyModifiers(mods...))); err != nil {
		p.t.Fatal(err)
	}
}

// touch sends a touch event with fingers at points.
func (p *page) touch(kind input.DispatchTouchEventType, points ...[2]float64) {
	p.t.Helper()
	params := input.DispatchTouchEventParams{Type: kind, TouchPoints: []*input.TouchPoint{}}
	for i, at := range points {
		id := float64(i)
		params.TouchPoints = append(params.TouchPoints, &input.TouchPoint{X: at[0], Y: at[1], ID: &id})
	}
	if _, err := chromedp.Call(p.ctx, input.DispatchTouchEvent, params); err != nil {
		p.t.Fatalf("touch %s: %v", kind, err)
	}
}

// threadErrors are the console's lines about Fyne calls off its thread.
func (p *page) threadErrors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, line := range p.console {
		if strings.Contains(line, "Error in Fyne call thread") {
			out = append(out, line)
		}
	}
	return out
}

// TestTheAppInABrowser: the page loads the app and the timeline draws;
// → selects an event and the status line names it; Delete and Ctrl+Z
// edit; a search filters and Ctrl+R clears it; a chart exported as SVG
// and the File menu's handout,
// slides, web page, CSV and TimelineJS file download whole; a tour saved
// is kept in the browser's storage (and read back after a reload) and its
// film downloads; Ctrl+E, Enter
// downloads a PNG that decodes; a file given to the page's file input, one
// linked with ?data= and one dropped on the page are opened; Save As is a
// download; a swipe pans and a pinch zooms the timeline; and no Fyne call
// is made off Fyne's thread all the while; a theme chosen is there again
// after a reload.
func TestTheAppInABrowser(t *testing.T) {
	timelines := t.TempDir()
	os.WriteFile(filepath.Join(timelines, "course.json"), []byte(courseTimeline), 0o644)
	p := openBrowser(t, timelines)
	p.checkLoads()
	p.checkSelecting()
	p.checkEditing()
	p.checkFiltering()
	p.checkTypingByTouch()
	p.checkExporting()
	p.checkSVGExport()
	p.checkDocuments()
	p.checkTours()
	p.checkOpening(filepath.Join(timelines, "course.json"))
	p.checkAddingAnEvent("dropped.json", 3)
	p.checkTouch()
	p.checkThemeKept()
	p.checkToursKept()
	p.checkRecentAfterReload()
	p.lookAtPresentingAndTablet()
	if errs := p.threadErrors(); len(errs) > 0 {
		t.Errorf("%d Fyne calls off Fyne's thread, the first: %s", len(errs), errs[0])
	}
}

// statusExpr is the status line as the page tells screen readers.
const statusExpr = `(document.getElementById("status") || {}).textContent || ""`

// checkLoads loads the page and looks at the timeline it draws, and at
// how fast its frames are.
func (p *page) checkLoads() {
	t := p.t
	p.settle()
	first := p.load("/index.html")
	marks, _ := p.eval(`"downloaded " + document.body.dataset.downloaded + " ms, compiled " + document.body.dataset.compiled + " ms; " +
		performance.getEntriesByType("mark").map(m => m.name + " " + m.startTime.toFixed(0) + " ms").join(", ")`)
	t.Logf("first frame %v after the page started (%s)", first, marks)
	// The page itself has loaded before the app is downloaded: the browser
	// stops showing that it is loading while the app downloads and starts.
	loaded, _ := p.eval(`performance.getEntriesByType("navigation")[0].loadEventEnd + " " + document.body.dataset.downloaded`)
	if at := strings.Fields(loaded); len(at) != 2 || !earlier(at[0], at[1]) {
		t.Errorf("the page's load event ended at %q ms, not before the app was downloaded", loaded)
	}
	img := p.screenshot()
	saveArtifact(t, img, "browser-1920x1080.png")
	b := img.Bounds()
	if n := darkPixels(img, image.Rect(0, b.Dy()/6, b.Dx()*3/4, b.Dy()/2)); n < 2000 {
		t.Fatalf("the timeline drew %d dark pixels", n)
	}
	// Fyne's storage (IndexedDB) is opened while the window is made, not
	// before: it is there all the same.
	p.waitFor("Fyne's storage in the browser", 30*time.Second, `indexedDB.databases().then(d => d.map(x => x.name).join(" "))`,
		func(s string) bool { return slices.Contains(strings.Fields(s), "files") })
	// Timed at once, while the browser still compiles the app's busiest
	// code in the background, and again three seconds later.
	for _, after := range []time.Duration{0, 3 * time.Second} {
		time.Sleep(after)
		frames, _ := p.eval(`document.getElementById("time-frames").click(), document.getElementById("time-frames").dataset.frames`)
		t.Logf("the timeline's frames in the browser %v after the first, 1920×1080, scale 1, ms: %s", after, frames)
		if !strings.Contains(frames, `"median"`) {
			t.Errorf("no frame figures: %q", frames)
		}
	}
}

// earlier says whether a and b are times in ms, a after the page started
// and before b.
func earlier(a, b string) bool {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	return errA == nil && errB == nil && x > 0 && x < y
}

// checkSelecting: → selects the first event, and the status line names it.
func (p *page) checkSelecting() {
	p.keys(kb.ArrowRight)
	got := p.waitFor("the status line to name an event", time.Minute, statusExpr,
		func(s string) bool { return strings.Contains(s, " of 128: ") })
	p.t.Logf("after →: %q", got)
}

// checkExporting: Ctrl+E, Enter downloads the chart as a PNG that decodes.
func (p *page) checkExporting() {
	p.keys("e", chromedp.ModifierCtrl)
	time.Sleep(2 * time.Second) // the export dialog opens
	p.keys(kb.Enter)
	pngs := waitForFiles(p.t, p.downloads, "*.png")
	raw, _ := os.ReadFile(pngs[0])
	if chart, err := png.Decode(bytes.NewReader(raw)); err != nil || chart.Bounds().Dx() < 400 {
		p.t.Fatalf("the downloaded %s: %v", filepath.Base(pngs[0]), err)
	}
}

// checkOpening opens the timeline at path by the page's file input, by a
// link's ?data= and by a drop, and saves it as a download.
func (p *page) checkOpening(path string) {
	t := p.t
	opened := func(name string) func(string) bool {
		return func(s string) bool { return strings.HasPrefix(s, "Opened "+name+": 3 events") }
	}
	if err := chromedp.Do(p.ctx, chromedp.SetUploadFiles(chromedp.ID("open-file"), []string{path})); err != nil {
		t.Fatal(err)
	}
	p.waitFor("the picked file to open", time.Minute, statusExpr, opened("course.json"))
	p.load("/index.html?data=/timelines/course.json")
	p.waitFor("the linked file to open", time.Minute, statusExpr, opened("course.json"))

	p.keys("s", chromedp.ModifierCtrl, chromedp.ModifierShift) // Save As: a download, in Backchannel's JSON
	saved := waitForFiles(t, p.downloads, "course*.json")
	if ds, err := data.LoadFile(saved[0]); err != nil || len(ds.Events) != 3 {
		t.Errorf("the timeline downloaded by Save As, %s: %v", filepath.Base(saved[0]), err)
	}

	drop := `(() => { const dt = new DataTransfer();
		dt.items.add(new File([` + strconv.Quote(strings.Replace(courseTimeline, `"x3"`, `"x4"`, 1)) + `], "dropped.json"));
		document.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true})); return "dropped" })()`
	if got, err := p.eval(drop); err != nil || got != "dropped" {
		t.Fatalf("dropping a file: %v", err)
	}
	p.waitFor("the dropped file to open", time.Minute, statusExpr, opened("dropped.json"))
}

// checkTouch: on a touch screen a swipe pans the timeline and a pinch
// zooms it.
func (p *page) checkTouch() {
	t := p.t
	before := p.screenshot()
	p.touch(input.DispatchTouchEventTypeTouchStart, [2]float64{900, 330})
	for x := 880.0; x >= 500; x -= 20 {
		p.touch(input.DispatchTouchEventTypeTouchMove, [2]float64{x, 330})
	}
	p.touch(input.DispatchTouchEventTypeTouchEnd)
	time.Sleep(time.Second)
	swiped := p.screenshot()
	axis := image.Rect(0, 140, 1400, 560)
	if n := changedPixels(before, swiped, axis); n < 2000 {
		t.Errorf("a swipe on the timeline changed %d pixels", n)
	}
	p.touch(input.DispatchTouchEventTypeTouchStart, [2]float64{650, 330}, [2]float64{750, 330})
	for d := 60.0; d <= 300; d += 20 {
		p.touch(input.DispatchTouchEventTypeTouchMove, [2]float64{700 - d, 330}, [2]float64{700 + d, 330})
	}
	p.touch(input.DispatchTouchEventTypeTouchEnd)
	time.Sleep(time.Second)
	pinched := p.screenshot()
	saveArtifact(t, pinched, "browser-pinched.png")
	if n := changedPixels(swiped, pinched, axis); n < 2000 {
		t.Errorf("a pinch on the timeline changed %d pixels", n)
	}
}

// lookAtPresentingAndTablet captures presenting (F5 fills the page) and
// the window at a tablet's 1024×768, to look at.
func (p *page) lookAtPresentingAndTablet() {
	p.keys(kb.F5)
	time.Sleep(3 * time.Second)
	saveArtifact(p.t, p.screenshot(), "browser-presenting.png")
	p.keys(kb.Escape)
	if err := chromedp.Do(p.ctx, chromedp.EmulateViewport(1024, 768)); err != nil {
		p.t.Fatal(err)
	}
	time.Sleep(3 * time.Second)
	saveArtifact(p.t, p.screenshot(), "browser-1024x768.png")
}

// courseTimeline is a lecturer's own small timeline.
const courseTimeline = `{"title": "Course timeline", "sources": {"s": {"title": "Course notes"}}, "events": [
 {"id": "x1", "title": "Talks in Geneva", "start": "2001-01-01", "channel": "direct", "sources": ["s"]},
 {"id": "x2", "title": "Letter delivered", "start": "2002-02-02", "channel": "intermediary", "sources": ["s"]},
 {"id": "x3", "title": "Sanctions extended", "start": "2003-03-03", "channel": "coercive", "sources": ["s"]}]}`

// waitForFiles waits for files matching pattern in dir, fully written.
func waitForFiles(t *testing.T, dir, pattern string) []string {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if found, _ := filepath.Glob(filepath.Join(dir, pattern)); len(found) > 0 {
			time.Sleep(500 * time.Millisecond)
			return found
		}
	}
	entries, _ := os.ReadDir(dir)
	t.Fatalf("no %s downloaded (the folder holds %d files)", pattern, len(entries))
	return nil
}
