package app

import (
	"bytes"
	"image/gif"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
)

// TestAKioskAdvancesByItselfAndLoops: presented advancing by itself, the
// slides step on at the interval chosen (remembered), loop after the last,
// a key the lecturer presses waits the interval again, and A stops it.
func TestAKioskAdvancesByItselfAndLoops(t *testing.T) {
	w := newTestWindow(t)
	w.SetAutoInterval(time.Second)
	if w.AutoInterval() != time.Second {
		t.Fatalf("interval %v", w.AutoInterval())
	}
	w.PresentAuto()
	p := w.presenting
	if p == nil || !p.deck.Auto() || p.CornerText() != "Auto" {
		t.Fatal("not presenting by itself")
	}
	p.autoEvery = 20 * time.Millisecond // the test need not wait seconds
	p.scheduleAuto()
	eventually(t, "three steps", func() bool { return p.Index() >= 3 })
	p.Go(p.deck.Slides() - 1)
	eventually(t, "the loop back to the first slide", func() bool { return p.Index() < 3 })
	p.autoEvery = time.Hour
	press(w, fyne.KeyRight) // the lecturer's key: the wait starts again, an hour now
	at := p.Index()
	time.Sleep(60 * time.Millisecond)
	if p.Index() != at {
		t.Error("the kiosk stepped on right after the lecturer's key")
	}
	typeRunes(w, "a")
	if p.deck.Auto() || p.autoTimer != nil {
		t.Error("A did not stop it")
	}
	press(w, fyne.KeyEscape)
	if w.presenting != nil {
		t.Error("Escape did not leave")
	}
	var choices []string
	for _, it := range w.Win.MainMenu().Items[2].Items[2].ChildMenu.Items {
		if it.Checked {
			choices = append(choices, it.Label)
		}
	}
	if len(choices) != 0 { // one second is not on the menu
		t.Errorf("checked %v", choices)
	}
	w.SetAutoInterval(12 * time.Second)
	for _, it := range w.Win.MainMenu().Items[2].Items[2].ChildMenu.Items {
		if it.Checked {
			choices = append(choices, it.Label)
		}
	}
	if len(choices) != 1 || choices[0] != "12 Seconds" {
		t.Errorf("Present > Advance By Itself Every checks %v, want 12 Seconds", choices)
	}
}

// TestStartingStraightIntoATour: -present -tour NAME -auto SECONDS opens
// presenting that tour, advancing by itself; an unknown tour says which
// tours there are instead (#14 item 4).
func TestStartingStraightIntoATour(t *testing.T) {
	w := newTestWindow(t)
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	w.SaveTour(w.currentTour("Secret only"))
	w.Filters.Clear()
	w.presentAsAsked(Start{Present: true, Tour: "secret ONLY", AutoSeconds: 10})
	p := w.presenting
	if p == nil || len(p.Events()) != len(w.Shown) || len(w.Shown) == len(w.Dataset.Events) {
		t.Fatal("the tour is not being presented")
	}
	if !p.deck.Auto() || p.autoEvery != 10*time.Second || p.autoTimer == nil {
		t.Errorf("auto %v every %v", p.deck.Auto(), p.autoEvery)
	}
	press(w, fyne.KeyEscape)
	w.presentAsAsked(Start{Present: true, Tour: "Nowhere"})
	if w.presenting != nil {
		t.Fatal("an unknown tour was presented")
	}
	top := w.Win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(labelTexts(top), " "), "“Secret only”") {
		t.Error("an unknown tour does not say which tours there are")
	}
}

// TestTheTourFilmExportsInTheBackground: the film is made off the window's
// goroutine, a dialog counting the slides; it is written whole, and a
// Cancel leaves no file and says so (#14 item 3).
func TestTheTourFilmExportsInTheBackground(t *testing.T) {
	w := newTestWindow(t)
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	req := w.exportRequest(charts.Tour, charts.GIF, 320, 180, 1, charts.Projector)
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
	req = w.exportRequest(charts.Tour, charts.GIF, 320, 180, 1, charts.Projector)
	cancelled := filepath.Join(t.TempDir(), "all.gif")
	w.exportInBackground(req, cancelled)
	var cancel *widget.Button
	for _, o := range overlayWidgets(t, w) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Cancel" {
			cancel = b
		}
	}
	if cancel == nil {
		t.Fatal("no Cancel")
	}
	test.Tap(cancel)
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
	n, err := w.exportToFile(w.exportRequest(charts.Slides, charts.PDF, slidesSize[0], slidesSize[1], 1, w.Theme), path)
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
				papers = append(papers, c.Label)
			}
		}
	}
	if strings.Join(papers, " ") != "A4… Letter…" {
		t.Fatalf("File > Export Handout offers %v", papers)
	}
	req := w.exportRequest(charts.Handout, charts.PDF, 1, 1, 1, charts.Light)
	req.Paper = charts.Letter
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
