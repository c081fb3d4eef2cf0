package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"backchannel/data"
)

// TestEditsNotSavedAreRecovered: an edit reaches the recovery journal in
// the app's storage (not the user's file) within the journal's delay; a
// window opened again on the same file offers the edits, and Recover
// shows them, not saved; saving leaves no journal behind.
func TestEditsNotSavedAreRecovered(t *testing.T) {
	journalDelay = 20 * time.Millisecond
	defer func() { journalDelay = time.Second }()
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "record.csv")
	var buf bytes.Buffer
	data.WriteDatasetCSV(&buf, w.Dataset)
	os.WriteFile(path, buf.Bytes(), 0o644)
	ds, _ := data.LoadFile(path)
	w.setDataset(ds, path)
	n := len(ds.Events)
	selectID(t, w, "algiers-accords")
	w.deleteSelected()
	journal := filepath.Join(toursDir(w.App), journalFileName)
	eventually(t, "the journal", func() bool { _, err := os.Stat(journal); return err == nil })
	if raw, _ := os.ReadFile(path); !bytes.Equal(raw, buf.Bytes()) {
		t.Fatal("the journal went into the user's file")
	}

	// As after a crash: a new window on the same file.
	again, _ := data.LoadFile(path)
	w2 := NewWindow(w.App, again)
	defer w2.Win.Close()
	w2.setDataset(again, path)
	w2.offerRecovery()
	d := w2.topDialog()
	if d == nil {
		t.Fatal("no offer to recover")
	}
	d.confirm() // Enter: Recover
	if len(w2.Dataset.Events) != n-1 || !w2.history.Edited() || w2.Source != path {
		t.Fatalf("recovered %d events (want %d), edited %v, source %q", len(w2.Dataset.Events), n-1, w2.history.Edited(), w2.Source)
	}
	w2.save(nil)
	if _, err := os.Stat(journal); err == nil {
		t.Error("saving left the journal behind")
	}
	if back, _ := data.LoadFile(path); len(back.Events) != n-1 {
		t.Errorf("the file holds %d events after saving the recovered edits", len(back.Events))
	}
}
