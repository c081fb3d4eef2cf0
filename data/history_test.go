package data

import (
	"reflect"
	"strings"
	"testing"
)

// TestDeleteUndoRedo: deleting an event takes it and its tour steps out;
// undoing puts the dataset back as it was; redoing deletes it again; the
// history says what each would do and whether the dataset is as saved.
func TestDeleteUndoRedo(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ds.Tours = []Tour{{Name: "L", Steps: []TourStep{{Event: "algiers-accords"}, {Event: "iran-contra"}}}}
	before := *ds
	before.Events = append([]*Event(nil), ds.Events...)
	var h History
	if h.Edited() {
		t.Fatal("edited before any change")
	}
	c, err := DeleteEvent(ds, "algiers-accords")
	if err != nil {
		t.Fatal(err)
	}
	h.Do(ds, c)
	if len(ds.Events) != len(before.Events)-1 || len(ds.Tours[0].Steps) != 1 || !h.Edited() {
		t.Fatalf("after deleting: %d events, tour steps %v, edited %v", len(ds.Events), ds.Tours[0].Steps, h.Edited())
	}
	if h.UndoLabel() != "Delete “Algiers Accords signed”" {
		t.Errorf("undo label %q", h.UndoLabel())
	}
	h.Undo(ds)
	if !reflect.DeepEqual(ds.Events, before.Events) || !reflect.DeepEqual(ds.Tours, before.Tours) || h.Edited() || h.RedoLabel() == "" {
		t.Fatal("undoing did not put the dataset back as it was")
	}
	h.Redo(ds)
	if len(ds.Events) != len(before.Events)-1 || h.UndoLabel() == "" {
		t.Error("redoing did not delete again")
	}
	h.MarkSaved()
	h.Undo(ds)
	if !h.Edited() {
		t.Error("undone past the save, yet as saved")
	}
	next, _ := DeleteEvent(ds, "iran-contra")
	h.Do(ds, next)
	h.Undo(ds)
	if !h.Edited() {
		t.Error("the saved state, undone then replaced by another change, counts as reached")
	}
	if _, err := DeleteEvent(ds, "albright-speech"); err == nil || !strings.Contains(err.Error(), "follows") {
		t.Errorf("deleting an event another follows: %v", err)
	}
}

// TestASaveThatEndsLaterMarksWhatItWrote: a save takes the dataset at a
// save point and ends after further edits: the dataset is as saved once
// those are undone, and the log keeps only them; a change made in place
// of one the save wrote leaves no state as saved; an undo and a redo
// during the save leave the saved state where it was.
func TestASaveThatEndsLaterMarksWhatItWrote(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var h History
	del := func(id string) {
		t.Helper()
		c, err := DeleteEvent(ds, id)
		if err != nil {
			t.Fatal(err)
		}
		h.Do(ds, c)
	}
	del("algiers-accords")
	p := h.SavePoint()
	del("iran-contra")
	h.MarkSavedAt(p)
	if !h.Edited() || len(h.Log()) != 1 || h.Log()[0].Kind != RemoveEvent {
		t.Fatalf("an edit during the save: edited %v, log %v", h.Edited(), h.Log())
	}
	h.Undo(ds)
	if h.Edited() {
		t.Error("back at what the save wrote, yet not as saved")
	}

	p = h.SavePoint() // at one change done
	h.Undo(ds)
	h.Redo(ds)
	h.MarkSavedAt(p)
	if h.Edited() {
		t.Error("an undo and a redo during the save moved the saved state")
	}

	p = h.SavePoint()
	h.Undo(ds)
	del("rescue-attempt") // in place of the change the save wrote
	h.MarkSavedAt(p)
	h.Undo(ds)
	h.Redo(ds)
	if !h.Edited() || len(h.Log()) != 4 {
		t.Errorf("the saved state replaced during the save: edited %v, log of %d edits", h.Edited(), len(h.Log()))
	}
}
