//go:build e2e

package e2e

import (
	"bytes"
	"image/gif"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Tours in a page: saved in the browser's storage, read back after a
// reload, and filmed as a download.

// search types words into the search field and waits until the page says
// fewer than 20 events are shown.
func (p *page) search(words string) {
	p.t.Helper()
	p.keys("f", chromedp.ModifierCtrl)
	time.Sleep(500 * time.Millisecond)
	p.keys(words)
	p.waitFor("the search for "+words, time.Minute, statusExpr, func(s string) bool {
		m := shownCount.FindStringSubmatch(s)
		n := 0
		if m != nil {
			n, _ = strconv.Atoi(m[1])
		}
		return n > 0 && n < 20
	})
	p.keys(kb.Escape)
}

// toursItem clicks the item at y in View > Tours (1920×1080).
func (p *page) toursItem(y float64) {
	p.click(117, 14)  // View
	p.click(160, 285) // Tours
	p.click(480, y)
}

// saveTour saves what is shown as a tour under the name the dialog offers
// (the filter's words), and waits for the status line to say so.
func (p *page) saveTour() {
	p.t.Helper()
	p.toursItem(285) // Save Current as Tour…
	time.Sleep(time.Second)
	p.keys(kb.Enter)
	p.waitFor("the tour to be saved", time.Minute, statusExpr, func(s string) bool { return len(s) > 15 && s[:15] == "Saved the tour " })
}

// storedHolds says whether the app's files in the browser's storage,
// read as text, hold all of words.
func (p *page) storedHolds(words ...string) bool {
	expr := `Object.keys(localStorage).filter(k => k.startsWith("backchannel:")).map(k => { try { return atob(localStorage.getItem(k)) } catch (e) { return "" } }).join("\n")`
	all, err := p.eval(expr)
	if err != nil {
		return false
	}
	for _, w := range words {
		if !bytes.Contains([]byte(all), []byte(w)) {
			return false
		}
	}
	return true
}

// checkTours: the events a search leaves, saved as a tour, are kept in
// the browser's storage; View > Tours > Export as Animation… downloads
// their film as a GIF that decodes, several frames long.
func (p *page) checkTours() {
	t := p.t
	p.search("Algiers")
	p.saveTour()
	if !p.storedHolds("Algiers") {
		t.Error("the tour is not in the browser's storage")
	}
	p.toursItem(363) // Export as Animation…
	films := waitForFiles(t, p.downloads, "*.gif")
	raw, _ := os.ReadFile(films[0])
	film, err := gif.DecodeAll(bytes.NewReader(raw))
	if err != nil || len(film.Image) < 5 {
		t.Errorf("the film %s: %v", filepath.Base(films[0]), err)
	} else {
		os.WriteFile(filepath.Join("artifacts", "browser-tour.gif"), raw, 0o644)
		t.Logf("the tour's film downloaded: %d frames, %d bytes", len(film.Image), len(raw))
	}
	p.keys("r", chromedp.ModifierCtrl)
}

// checkToursKept, after the page is loaded again: a second tour saved
// joins the first in the browser's storage, so the app read the first
// back (were it not, only the second would be written).
func (p *page) checkToursKept() {
	p.search("Khatami")
	p.saveTour()
	if !p.storedHolds("Algiers", "Khatami") {
		p.t.Error("after a reload the tours saved before were not kept with the new one")
	}
	p.keys("r", chromedp.ModifierCtrl)
}

// checkRecentAfterReload, after the page is loaded again: File > Open
// Recent still lists the file opened before (the list is kept in the
// browser's storage), and choosing it says, read out to screen readers,
// that a page reads only the files it is given.
func (p *page) checkRecentAfterReload() {
	p.click(27, 14)  // File
	p.click(66, 123) // Open Recent
	p.click(300, 123)
	got := p.waitFor("Open Recent to say why the file is not there", time.Minute, statusExpr, func(s string) bool {
		return strings.HasPrefix(s, "Could not open ") && strings.Contains(s, "a web page reads only the files it is given")
	})
	p.t.Logf("Open Recent after a reload: %q", got)
	p.keys(kb.Escape)
}
