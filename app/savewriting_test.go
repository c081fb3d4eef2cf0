package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"

	"backchannel/data"
)

// TestALargeTimelineIsSavedWhileTheWindowGoesOn: Ctrl+S on a large
// timeline returns at once, saying it is saving; an edit made meanwhile
// is not in the file and stays unsaved, the one edit the journal keeps; a
// second Ctrl+S waits for the first and then saves it; closing waits too.
func TestALargeTimelineIsSavedWhileTheWindowGoesOn(t *testing.T) {
	w := newTestWindow(t)
	var file bytes.Buffer
	if err := data.WriteDatasetJSON(&file, manyEvents(t, saveAsideFrom+10)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "many.json")
	if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if !w.openFile(path) {
		t.Fatal("not opened")
	}
	n := len(w.Dataset.Events)
	var mu sync.Mutex
	var gates []chan struct{}
	write := writeTimeline
	writeTimeline = func(p string, ds *data.Dataset, f data.Format) error {
		gate := make(chan struct{})
		mu.Lock()
		gates = append(gates, gate)
		mu.Unlock()
		<-gate
		return write(p, ds, f)
	}
	t.Cleanup(func() { writeTimeline = write })
	open := func(k int) { // lets the k-th write go on
		eventually(t, "the write to begin", func() bool { mu.Lock(); defer mu.Unlock(); return len(gates) > k })
		mu.Lock()
		close(gates[k])
		mu.Unlock()
	}
	inFile := func() int {
		ds, err := data.LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return len(ds.Events)
	}
	keys := windowKeys()

	w.Timeline.SelectNext(1)
	press(w, fyne.KeyDelete)
	keys.save.run(w)
	if !strings.HasPrefix(w.Status.Text, "Saving "+path) {
		t.Errorf("while saving, the status says %q", w.Status.Text)
	}
	w.Timeline.SelectNext(1)
	press(w, fyne.KeyDelete) // the window goes on: an edit during the save
	if len(w.Dataset.Events) != n-2 {
		t.Fatalf("the edit during the save left %d events of %d", len(w.Dataset.Events), n)
	}
	keys.save.run(w) // waits for the first
	closed := false
	w.askToSave(func() { closed = true })
	open(0)
	eventually(t, "the first save", func() bool { return inFile() == n-1 })
	if !w.history.Edited() || len(w.history.Log()) != 1 || closed {
		t.Errorf("after the first save: edited %v, %d edits unsaved, closed %v", w.history.Edited(), len(w.history.Log()), closed)
	}
	open(1)
	eventually(t, "the second save", func() bool { return closed })
	if got := inFile(); got != n-2 || w.history.Edited() || !strings.HasPrefix(w.Status.Text, "Saved "+path) {
		t.Errorf("after the second save: %d events in the file, edited %v, status %q", got, w.history.Edited(), w.Status.Text)
	}
}

// TestALargeSaveThatFailsKeepsEveryEdit: a save written aside that fails
// says why, keeps the edits unsaved, and what waited for it (closing)
// does not happen.
func TestALargeSaveThatFailsKeepsEveryEdit(t *testing.T) {
	w := newTestWindow(t)
	ds := manyEvents(t, saveAsideFrom+10)
	w.setDataset(ds, filepath.Join(t.TempDir(), "gone", "many.json")) // a folder that is not there
	w.Timeline.SelectNext(1)
	press(w, fyne.KeyDelete)
	release := make(chan struct{})
	write := writeTimeline
	writeTimeline = func(p string, ds *data.Dataset, f data.Format) error { <-release; return write(p, ds, f) }
	t.Cleanup(func() { writeTimeline = write })
	windowKeys().save.run(w)
	closed := false
	w.askToSave(func() { closed = true })
	close(release)
	eventually(t, "the save to end", func() bool { return w.Win.Canvas().Overlays().Top() != nil })
	text := strings.Join(labelTexts(w.Win.Canvas().Overlays().Top()), "\n")
	if !strings.Contains(text, "Every edit is still here") || !w.history.Edited() || closed {
		t.Errorf("a failed save: dialog %q, edited %v, closed %v", text, w.history.Edited(), closed)
	}
}
