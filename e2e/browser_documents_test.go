//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"backchannel/data"

	"github.com/chromedp/chromedp"
)

// The File menu's documents, made in the page and downloaded.

// fileMenuItem is an item of the File menu (at 1920×1080): where to click
// it, in the menu or in the Export Handout submenu.
type fileMenuItem struct {
	what    string
	y       float64 // the item's middle, on the page
	handout bool    // in the Export Handout submenu, at the handout's height
	name    string  // the file the download is named
	check   func(raw []byte) error
}

// pdfPages counts a PDF's pages.
var pdfPages = regexp.MustCompile(`/Type\s*/Page\b`)

// checkPDF accepts a whole PDF of at least two pages.
func checkPDF(raw []byte) error {
	if !bytes.HasPrefix(raw, []byte("%PDF-")) || !bytes.Contains(raw[max(0, len(raw)-64):], []byte("%%EOF")) {
		return fmt.Errorf("not a whole PDF (%d bytes)", len(raw))
	}
	if n := len(pdfPages.FindAll(raw, -1)); n < 2 {
		return fmt.Errorf("a PDF of %d pages", n)
	}
	return nil
}

// checkRecordFile accepts a file that opens as the bundled record.
func checkRecordFile(name string) func([]byte) error {
	return func(raw []byte) error {
		path := filepath.Join(os.TempDir(), "backchannel-e2e-"+name)
		os.WriteFile(path, raw, 0o644)
		defer os.Remove(path)
		ds, err := data.LoadFile(path)
		if err != nil {
			return err
		}
		if len(ds.Events) != 128 {
			return fmt.Errorf("opens with %d events", len(ds.Events))
		}
		return nil
	}
}

// checkDocuments makes each document from the File menu and reads what
// downloads: the handout and the slides as PDFs, the web page naming the
// first event, the CSV and the TimelineJS file opening again whole.
func (p *page) checkDocuments() {
	items := []fileMenuItem{
		{"the A4 handout", 324, true, "backchannel-handout.pdf", checkPDF},
		{"the slides", 363, false, "backchannel-slides.pdf", checkPDF},
		{"the web page", 402, false, "backchannel-page.html", func(raw []byte) error {
			if !bytes.Contains(raw, []byte("<html")) || !bytes.Contains(raw, []byte("Talks to free the American hostages in Tehran")) {
				return fmt.Errorf("a page of %d bytes without the first event", len(raw))
			}
			return nil
		}},
		{"the CSV", 441, false, "backchannel-dataset.csv", checkRecordFile("dataset.csv")},
		{"the TimelineJS file", 480, false, "backchannel-dataset-timelinejs.json", checkRecordFile("timelinejs.json")},
	}
	for _, it := range items {
		p.click(27, 14) // File
		if it.handout {
			p.click(66, it.y)  // Export Handout opens its submenu
			p.click(280, it.y) // A4…
		} else {
			p.click(66, it.y)
		}
		path := filepath.Join(p.downloads, it.name)
		waitForFiles(p.t, p.downloads, it.name)
		raw, err := os.ReadFile(path)
		if err == nil {
			err = it.check(raw)
		}
		if err != nil {
			saveArtifact(p.t, p.screenshot(), "browser-document-failed.png")
			p.t.Errorf("%s, downloaded as %s: %v", it.what, it.name, err)
		} else {
			os.MkdirAll("artifacts", 0o755)
			os.WriteFile(filepath.Join("artifacts", "browser-"+it.name), raw, 0o644) // to look at
			p.t.Logf("%s downloaded: %s, %d bytes (a copy in artifacts)", it.what, it.name, len(raw))
		}
		time.Sleep(time.Second)
	}
}

// checkSVGExport: Ctrl+E, the SVG format and Save… download the chart as
// an SVG whose text names the decades and describes the chart.
func (p *page) checkSVGExport() {
	p.keys("e", chromedp.ModifierCtrl)
	time.Sleep(2 * time.Second) // the export dialog opens
	p.click(872, 388)           // Format: SVG
	p.click(1003, 623)          // Save…
	svgs := waitForFiles(p.t, p.downloads, "*.svg")
	raw, _ := os.ReadFile(svgs[0])
	if !bytes.Contains(raw, []byte("<svg")) || !bytes.Contains(raw, []byte("</svg>")) || !bytes.Contains(raw, []byte("1980s")) || !bytes.Contains(raw, []byte("<desc")) {
		saveArtifact(p.t, p.screenshot(), "browser-document-failed.png")
		p.t.Errorf("the SVG downloaded, %s (%d bytes), is not the decades chart with its description", filepath.Base(svgs[0]), len(raw))
		return
	}
	p.t.Logf("the chart downloaded as SVG: %s, %d bytes", filepath.Base(svgs[0]), len(raw))
}
