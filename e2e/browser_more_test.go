//go:build e2e

package e2e

import (
	"backchannel/data"
	"image"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// More of what the app does in a page: editing, filtering, and a theme
// kept across a reload in the browser's storage.

// checkEditing: Delete deletes the selected event at once, and Ctrl+Z
// brings it back, each said in the status line.
func (p *page) checkEditing() {
	p.keys(kb.Delete)
	got := p.waitFor("the delete to be said", time.Minute, statusExpr,
		func(s string) bool {
			return strings.HasPrefix(s, "Delete “") && strings.Contains(s, "Ctrl+Z undoes it")
		})
	p.t.Logf("after Delete: %q", got)
	p.keys("z", chromedp.ModifierCtrl)
	got = p.waitFor("the undo to be said", time.Minute, statusExpr, func(s string) bool { return strings.HasPrefix(s, "Undid delete “") })
	p.t.Logf("after Ctrl+Z: %q", got)
}

// shownCount reads "N of 128 events", as the page tells screen readers
// when a filter changes.
var shownCount = regexp.MustCompile(`^(\d+) of 128 events$`)

// checkFiltering: a search narrows what is shown, and Ctrl+R shows
// everything again; each time the page says how many events are shown.
func (p *page) checkFiltering() {
	p.search("Algiers")
	p.t.Logf("after searching for Algiers: %q", p.status())
	p.keys("r", chromedp.ModifierCtrl)
	p.waitFor("every event shown again", time.Minute, statusExpr, func(s string) bool { return s == "128 of 128 events" })
}

// checkTypingByTouch: on a tablet, a finger lifted over the search box
// gives the focus to the page's hidden text area (which brings up the
// on-screen keyboard); what such a keyboard sends as input (a word, then
// the word corrected) searches; a finger lifted over the timeline lets
// the area go, and Ctrl+R shows everything again.
func (p *page) checkTypingByTouch() {
	t := p.t
	const typing = `document.activeElement && document.activeElement.id === "typing" ? "focused" : "not"`
	p.touch(input.DispatchTouchEventTypeTouchStart, [2]float64{1300, 88})
	p.touch(input.DispatchTouchEventTypeTouchEnd)
	p.waitFor("the text area to take the keyboard", 10*time.Second, typing, func(s string) bool { return s == "focused" })
	if _, err := chromedp.Call(p.ctx, input.InsertText, input.InsertTextParams{Text: "Algeirs"}); err != nil {
		t.Fatal(err)
	}
	p.waitFor("a search for the misspelled word", time.Minute, statusExpr, func(s string) bool { return s == "0 of 128 events" })
	corrected := `(() => { const a = document.getElementById("typing"); a.value = "Algiers";
		a.dispatchEvent(new InputEvent("input", {inputType: "insertReplacementText"})); return a.value })()`
	if _, err := p.eval(corrected); err != nil {
		t.Fatal(err)
	}
	found := p.waitFor("a search for the corrected word", time.Minute, statusExpr, func(s string) bool {
		m := shownCount.FindStringSubmatch(s)
		return m != nil && m[1] != "0"
	})
	t.Logf("typed by touch, Algeirs corrected to Algiers: %q", found)
	p.touch(input.DispatchTouchEventTypeTouchStart, [2]float64{600, 300})
	p.touch(input.DispatchTouchEventTypeTouchEnd)
	p.waitFor("the text area to let the keyboard go", 10*time.Second, typing, func(s string) bool { return s == "not" })
	time.Sleep(500 * time.Millisecond)
	p.keys("r", chromedp.ModifierCtrl)
	p.waitFor("every event shown again", time.Minute, statusExpr, func(s string) bool { return s == "128 of 128 events" })
}

// checkThemeKept: View > Dark theme changes the theme (the timeline's
// background with it), and the page loaded again comes back in that
// theme, read from the browser's storage. (Ctrl+2 and Ctrl+T are the
// browser's: it switches and opens tabs with them.)
func (p *page) checkThemeKept() {
	t := p.t
	area := image.Rect(40, 200, 900, 420)
	p.click(1773, 42) // the toolbar's Show Every Event: after the pinch, for the picture
	time.Sleep(time.Second)
	before := meanLightness(p.screenshot(), area)
	p.click(117, 14) // View
	p.click(170, 84) // Dark theme
	time.Sleep(2 * time.Second)
	dark := p.screenshot()
	saveArtifact(t, dark, "browser-dark-theme.png")
	changed := meanLightness(dark, area)
	if d := changed - before; d > -0.25 && d < 0.25 {
		t.Fatalf("View > Dark theme left the timeline's lightness at %.2f (was %.2f)", changed, before)
	}
	time.Sleep(2 * time.Second) // the preference reaches the browser's storage
	t.Logf("loaded again, the first frame came %v after the page started", p.load("/index.html"))
	time.Sleep(time.Second)
	again := p.screenshot()
	saveArtifact(t, again, "browser-theme-after-reload.png")
	if l := meanLightness(again, area); (l-changed)*(l-changed) > (l-before)*(l-before) {
		t.Errorf("after a reload the timeline's lightness is %.2f: the theme before Ctrl+T (%.2f), not the one chosen (%.2f)", l, before, changed)
	}
}

// click moves the mouse to x, y on the page and clicks there, as a hand
// does: the button held a tenth of a second (the page's driver handles
// each mouse event on a goroutine of its own, so a press and release sent
// at once may arrive the other way round).
func (p *page) click(x, y float64) {
	p.t.Helper()
	for _, ev := range []struct {
		kind input.DispatchMouseEventType
		wait time.Duration
	}{{input.DispatchMouseEventTypeMouseMoved, 300 * time.Millisecond}, {input.DispatchMouseEventTypeMousePressed, 100 * time.Millisecond}, {input.DispatchMouseEventTypeMouseReleased, 500 * time.Millisecond}} {
		if err := chromedp.Do(p.ctx, chromedp.MouseEvent(ev.kind, x, y, chromedp.Button("left"), chromedp.ClickCount(1))); err != nil {
			p.t.Fatal(err)
		}
		time.Sleep(ev.wait)
	}
}

// meanLightness is the mean lightness of r in img, 0 black to 1 white.
func meanLightness(img image.Image, r image.Rectangle) float64 {
	sum, n := 0.0, 0
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			sum += (0.2126*float64(cr) + 0.7152*float64(cg) + 0.0722*float64(cb)) / 0xffff
			n++
		}
	}
	return sum / float64(n)
}

// checkAddingAnEvent, on the lecturer's own timeline (one source, which a
// new event cites at first): the toolbar's + opens the event form on the
// title, a title typed and Enter add the event, said in the status line,
// and Ctrl+S downloads the timeline with it.
func (p *page) checkAddingAnEvent(name string, events int) {
	t := p.t
	p.click(1727, 47) // the toolbar's +
	time.Sleep(time.Second)
	p.keys("Ceasefire talks in Islamabad")
	saveArtifact(t, p.screenshot(), "browser-event-form.png")
	p.keys(kb.Enter)
	got := p.waitFor("the new event to be added and selected", time.Minute, statusExpr,
		func(s string) bool { return strings.Contains(s, " of 4: Ceasefire talks in Islamabad") })
	t.Logf("after the form: %q", got)
	p.keys("s", chromedp.ModifierCtrl)
	saved := waitForFiles(t, p.downloads, strings.TrimSuffix(name, ".json")+"*.json")
	var newest string
	var at time.Time
	for _, f := range saved {
		if st, err := os.Stat(f); err == nil && st.ModTime().After(at) {
			newest, at = f, st.ModTime()
		}
	}
	ds, err := data.LoadFile(newest)
	if err != nil || len(ds.Events) != events+1 {
		t.Fatalf("the timeline saved after adding an event, %s: %v (%d events)", filepath.Base(newest), err, len(ds.Events))
	}
}
