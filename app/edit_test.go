package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"backchannel/data"
)

// TestDeleteUndoRedoAndSave: Delete takes the selected event out at once;
// the Edit menu names the change to undo; Ctrl+Z brings it back and
// Ctrl+Y takes it out again; Ctrl+S writes the timeline to its file, whole,
// and the title no longer says it is edited; a save that fails keeps the
// edits and says why.
func TestDeleteUndoRedoAndSave(t *testing.T) {
	w := newTestWindow(t)
	path, _ := showCopyOfRecord(t, w, "record.csv")
	n := len(w.Dataset.Events)
	selectID(t, w, "algiers-accords")
	press(w, fyne.KeyDelete)
	if len(w.Dataset.Events) != n-1 || len(w.Timeline.Events()) != n-1 || !strings.HasSuffix(w.Win.Title(), "(edited)") {
		t.Fatalf("after Delete: %d events, %d shown, title %q", len(w.Dataset.Events), len(w.Timeline.Events()), w.Win.Title())
	}
	if got := menuNamed(w, "Edit").Items[0].Label; got != "Undo Delete “Algiers Accords signed”" {
		t.Errorf("the Edit menu reads %q", got)
	}
	keys := windowKeys()
	keys.undo.run(w)
	if len(w.Dataset.Events) != n || strings.HasSuffix(w.Win.Title(), "(edited)") || menuNamed(w, "Edit").Items[1].Label != "Redo Delete “Algiers Accords signed”" {
		t.Fatalf("after Ctrl+Z: %d events, title %q", len(w.Dataset.Events), w.Win.Title())
	}
	keys.redoY.run(w)
	if len(w.Dataset.Events) != n-1 {
		t.Fatalf("after Ctrl+Y: %d events", len(w.Dataset.Events))
	}
	keys.save.run(w)
	back, err := data.LoadFile(path)
	if err != nil || len(back.Events) != n-1 || strings.HasSuffix(w.Win.Title(), "(edited)") {
		t.Fatalf("after Ctrl+S: the file %v, %d events; title %q", err, len(back.Events), w.Win.Title())
	}

	// The folder is gone: the edit stays, and the window says why.
	w.Source = filepath.Join(t.TempDir(), "gone", "record.csv")
	selectID(t, w, "iran-contra")
	press(w, fyne.KeyDelete)
	keys.save.run(w)
	if !w.history.Edited() || w.topDialog() == nil {
		t.Error("a failed save lost the edit, or said nothing")
	}
}

// TestUnsavedEditsAreAskedAbout: with nothing edited, what closing or
// opening asks for goes ahead; with edits, it waits for the answer.
func TestUnsavedEditsAreAskedAbout(t *testing.T) {
	w := newTestWindow(t)
	ran := false
	w.askToSave(func() { ran = true })
	if !ran {
		t.Fatal("nothing edited, yet it asked")
	}
	selectID(t, w, "algiers-accords")
	w.deleteSelected()
	ran = false
	w.askToSave(func() { ran = true })
	if ran || w.topDialog() == nil {
		t.Error("edits not saved went without a question")
	}
}
