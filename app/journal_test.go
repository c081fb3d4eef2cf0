package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
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
	path, written := showCopyOfRecord(t, w, "record.csv")
	n := len(w.Dataset.Events)
	selectID(t, w, "algiers-accords")
	w.deleteSelected()
	journal := filepath.Join(toursDir(w.App), journalFileName)
	eventually(t, "the journal", func() bool { _, err := os.Stat(journal); return err == nil })
	if raw, _ := os.ReadFile(path); !bytes.Equal(raw, written) {
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

// TestTheJournalHoldsEditsNotTheTimeline: the journal holds the edits
// made, beside a copy of the file as it was opened, not the whole
// timeline; when the file changed on disk after it was opened, the
// timeline as it is is kept beside the journal instead, and the edits
// recovered on it are the same.
func TestTheJournalHoldsEditsNotTheTimeline(t *testing.T) {
	journalDelay = 20 * time.Millisecond
	defer func() { journalDelay = time.Second }()
	for _, changed := range []bool{false, true} {
		w := newTestWindow(t)
		path, written := showCopyOfRecord(t, w, "record.json")
		n := len(w.Dataset.Events)
		if changed {
			os.WriteFile(path, append(written, '\n'), 0o644) // another program touched it
		}
		selectID(t, w, "algiers-accords")
		w.deleteSelected()
		selectID(t, w, "iran-contra")
		w.deleteSelected()
		dir := toursDir(w.App)
		journal := filepath.Join(dir, journalFileName)
		var f journalFile
		eventually(t, "the journal", func() bool {
			raw, err := os.ReadFile(journal)
			// Once the file changed, the timeline as it was after the first
			// delete is kept, with the second delete made on it.
			return err == nil && json.Unmarshal(raw, &f) == nil && len(f.Edits) == 2-btoi(changed)
		})
		if f.Dataset != nil || f.Base.Kind != baseCopy {
			t.Fatalf("changed %v: the journal holds the whole timeline, or no copy of its file: %+v", changed, f.Base)
		}
		if base, err := data.LoadFile(filepath.Join(dir, f.Base.File)); err != nil || len(base.Events) != n-btoi(changed) {
			t.Fatalf("changed %v: the copy beside the journal: %v", changed, err)
		}
		again, _ := data.LoadFile(path)
		w2 := NewWindow(w.App, again)
		w2.setDataset(again, path)
		w2.offerRecovery()
		if d := w2.topDialog(); d == nil {
			t.Fatalf("changed %v: no offer to recover", changed)
		} else {
			d.confirm()
		}
		if len(w2.Dataset.Events) != n-2 || indexIn(w2.Dataset.Events, "iran-contra") >= 0 {
			t.Errorf("changed %v: recovered %d events, want %d", changed, len(w2.Dataset.Events), n-2)
		}
		w2.Win.Close()
		w.journalOf().remove()
	}
}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// indexIn is the place of event id in events, or -1.
func indexIn(events []*data.Event, id string) int {
	return slices.IndexFunc(events, func(e *data.Event) bool { return e.ID == id })
}

// TestTheJournalOfAFileGivenAtStart: a timeline given with -data (shown,
// then told its file, as Run does) keeps its edits against a copy of that
// file, not the bundled record, and recovers them on it.
func TestTheJournalOfAFileGivenAtStart(t *testing.T) {
	journalDelay = 20 * time.Millisecond
	defer func() { journalDelay = time.Second }()
	w := newTestWindow(t)
	c, _ := data.DeleteEvent(w.Dataset, "iran-contra") // a file that is not the bundled record
	w.history.Do(w.Dataset, c)
	path, _ := showCopyOfRecord(t, w, "mine.json")
	ds, _ := data.LoadFile(path)
	n := len(ds.Events)
	w2 := NewWindow(w.App, ds)
	defer w2.Win.Close()
	w2.fromFile(path)
	selectID(t, w2, "algiers-accords")
	w2.deleteSelected()
	var f journalFile
	eventually(t, "the journal", func() bool {
		raw, err := os.ReadFile(filepath.Join(toursDir(w.App), journalFileName))
		return err == nil && json.Unmarshal(raw, &f) == nil && len(f.Edits) == 1
	})
	if f.Base.Kind != baseCopy || f.Source != path {
		t.Fatalf("the journal's edits are made on %+v, for %q", f.Base, f.Source)
	}
	recovered, err := w2.journalOf().recovered(f)
	if err != nil || len(recovered.Events) != n-1 || indexIn(recovered.Events, "iran-contra") >= 0 {
		t.Fatalf("recovered %v: not the file with the edit made", err)
	}
	w2.journalOf().remove()
}
