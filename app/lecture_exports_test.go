package app

import (
	"bytes"
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/documents"
)

// TestTheTourFilmExportsInTheBackground: the film is made off the window's
// goroutine, a dialog counting the slides; it is written whole, and a
// Cancel leaves no file and says so (#14 item 3).
func TestTheTourFilmExportsInTheBackground(t *testing.T) {
	w := newTestWindow(t)
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	req := w.exportRequest(charts.Tour, documents.GIF, 320, 180, 1, charts.Projector)
	req.SecondsPerEvent = 1
	path := filepath.Join(t.TempDir(), "secret.gif")
	w.exportInBackground(req, path)
	eventually(t, "the film written", func() bool { return strings.HasPrefix(w.Status.Text, "Saved to "+path) })
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if g, err := gif.DecodeAll(bytes.NewReader(raw)); err != nil || len(g.Image) < len(w.Shown) {
		t.Fatalf("the film: %v", err)
	}
	if w.Win.Canvas().Overlays().Top() != nil {
		t.Error("the progress dialog stayed up")
	}

	w.Filters.Clear() // every event: long enough to cancel
	req = w.exportRequest(charts.Tour, documents.GIF, 320, 180, 1, charts.Projector)
	cancelled := filepath.Join(t.TempDir(), "all.gif")
	w.exportInBackground(req, cancelled)
	tapOverlayButton(t, w, "Cancel")
	eventually(t, "the export to stop", func() bool { return strings.HasPrefix(w.Status.Text, "Stopped exporting all.gif") })
	if _, err := os.Stat(cancelled); !os.IsNotExist(err) {
		t.Errorf("a cancelled film left a file: %v", err)
	}
}

// TestFileExportSlides: File > Export Slides… makes the PDF of the events
// shown, a page each and the two charts, in the window's theme.
func TestFileExportSlides(t *testing.T) {
	w := newTestWindow(t)
	var item *fyne.MenuItem
	for _, it := range w.Win.MainMenu().Items[0].Items {
		if it.Label == "Export Slides…" {
			item = it
		}
	}
	if item == nil {
		t.Fatal("File has no Export Slides…")
	}
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	path := filepath.Join(t.TempDir(), "secret.pdf")
	n, err := w.exportToFile(w.exportRequest(charts.Slides, documents.PDF, slidesSize[0], slidesSize[1], 1, w.Theme), path)
	raw, _ := os.ReadFile(path)
	if err != nil || n == 0 || bytes.Count(raw, []byte("/Type /Page\n")) != len(w.Shown)+2 {
		t.Errorf("slides: %v, %d bytes, %d pages for %d events", err, n, bytes.Count(raw, []byte("/Type /Page\n")), len(w.Shown))
	}
}

// TestFileExportHandout: File > Export Handout offers A4 and Letter, and
// makes the PDF of the events shown on that paper.
func TestFileExportHandout(t *testing.T) {
	w := newTestWindow(t)
	var papers []string
	for _, it := range w.Win.MainMenu().Items[0].Items {
		if it.Label == "Export Handout" && it.ChildMenu != nil {
			for _, c := range it.ChildMenu.Items {
				if !c.IsSeparator {
					papers = append(papers, c.Label)
				}
			}
		}
	}
	if strings.Join(papers, " | ") != "A4… | Letter… | A4, with My Notes… | Letter, with My Notes…" {
		t.Fatalf("File > Export Handout offers %v", papers)
	}
	req := w.exportRequest(charts.Handout, documents.PDF, 1, 1, 1, charts.Light)
	req.Paper = documents.Letter
	path := filepath.Join(t.TempDir(), "handout.pdf")
	if _, err := w.exportToFile(req, path); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !bytes.Contains(raw, []byte("/MediaBox [ 0 0 612.00 792.00 ]")) || bytes.Count(raw, []byte("/Type /Page\n")) < 10 {
		t.Error("the handout is not on Letter, or too short")
	}
	if got := describeSize(req); got != "a handout on LETTER, PDF" {
		t.Errorf("the status would say %q", got)
	}
}
