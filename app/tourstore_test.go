package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/data"
	"backchannel/internal/files"
)

// TestToursMoveOutOfThePreferencesOnce: tours an earlier version kept in
// the preferences move to the tours file, and leave the preferences only
// once it holds them.
func TestToursMoveOutOfThePreferencesOnce(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefTours, `[{"name":"Secret only","channels":["secret"],"viewStart":1980,"viewEnd":2000},{"name":"Obama","administration":"obama","viewStart":0,"viewEnd":0}]`)
	ds, _ := data.Bundled()
	w := NewWindow(a, ds)
	defer w.Win.Close()
	tours := w.Tours()
	if len(tours) != 2 || tours[0].Name != "Secret only" || tours[1].Administration != "obama" {
		t.Fatalf("tours after moving: %+v", tours)
	}
	if a.Preferences().String(prefTours) != "" {
		t.Error("the tours stayed in the preferences")
	}
	raw, err := os.ReadFile(filepath.Join(toursDir(a), toursFileName))
	if err != nil || !strings.Contains(string(raw), `"Secret only"`) {
		t.Errorf("the tours file: %v\n%s", err, raw)
	}
}

// TestADamagedToursFileIsKeptAsideAndReported: a tours file cut short is
// renamed aside untouched, the status line says so in words, and a tour
// saved afterwards goes to a new file.
func TestADamagedToursFileIsKeptAsideAndReported(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(toursDir(a), toursFileName)
	cut := `{"version":1,"tours":[{"name":"Secret only","channels":["sec`
	if err := os.WriteFile(path, []byte(cut), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, _ := data.Bundled()
	w := NewWindow(a, ds)
	defer w.Win.Close()
	if tours := w.Tours(); len(tours) != 0 {
		t.Errorf("tours read from a damaged file: %+v", tours)
	}
	aside, _ := filepath.Glob(path + ".damaged-*")
	if len(aside) != 1 {
		t.Fatalf("kept aside: %v", aside)
	}
	if raw, _ := os.ReadFile(aside[0]); string(raw) != cut {
		t.Errorf("the damaged file was changed: %q", raw)
	}
	if s := w.Status.Text; !strings.Contains(s, "could not be read") || !strings.Contains(s, filepath.Base(aside[0])) {
		t.Errorf("the status line says %q", s)
	}
	if err := w.SaveTour(Tour{Name: "New"}); err != nil {
		t.Fatal(err)
	}
	if tours := w.Tours(); len(tours) != 1 || tours[0].Name != "New" {
		t.Errorf("after saving: %+v", tours)
	}
	if raw, _ := os.ReadFile(aside[0]); string(raw) != cut {
		t.Errorf("saving touched the damaged file: %q", raw)
	}
}

// TestSavedToursAreReadOnceWhileTheFileStaysAsItWas: the menus ask for
// the saved tours at every edit; the tours file is read once, not after a
// save of this window's own, and again once another window has saved
// tours; a window's edits read nothing.
func TestSavedToursAreReadOnceWhileTheFileStaysAsItWas(t *testing.T) {
	reads := 0
	readToursFile = func(p string) ([]byte, error) { reads++; return files.ReadFile(p) }
	recheck := toursRecheck
	toursRecheck = 0 // the file looked at every time
	t.Cleanup(func() { readToursFile, toursRecheck = files.ReadFile, recheck })
	dir := t.TempDir()
	s := newTourStore(dir)
	s.load()
	s.load()
	if reads != 1 {
		t.Fatalf("no tours file yet: read %d times", reads)
	}
	if err := s.save([]Tour{{Name: "Mine"}}); err != nil {
		t.Fatal(err)
	}
	if got := s.load(); len(got) != 1 || got[0].Name != "Mine" || reads != 1 {
		t.Fatalf("after a save of its own: %+v, read %d times", got, reads)
	}
	if err := newTourStore(dir).save([]Tour{{Name: "Mine"}, {Name: "Another window's"}}); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute) // another time, whatever the clock's grain
	if err := os.Chtimes(filepath.Join(dir, toursFileName), later, later); err != nil {
		t.Fatal(err)
	}
	if got := s.load(); len(got) != 2 || reads != 2 {
		t.Fatalf("after another window saved: %+v, read %d times", got, reads)
	}

	w := newTestWindow(t)
	w.Tours()
	before := reads
	for _, id := range []string{"algiers-accords", "iran-contra", "rescue-attempt"} {
		selectID(t, w, id)
		press(w, fyne.KeyDelete)
	}
	if reads != before {
		t.Errorf("three edits read the tours file %d times", reads-before)
	}
}
