package data

import (
	"reflect"
	"testing"
)

// TestCheckEventSaysWhatIsWrongAtItsField: the rules validate applies,
// each said at its field; a sound event has none.
func TestCheckEventSaysWhatIsWrongAtItsField(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	good := EventFields{ID: "new-talks", Title: "New talks", Start: "2024-05", Channel: "direct", Sources: "cfr-2007"}
	if _, problems := ds.CheckEvent(good, ""); len(problems) != 0 {
		t.Fatalf("a sound event: %v", problems)
	}
	for field, f := range map[string]EventFields{
		"title":   {ID: "x", Start: "2024", Channel: "direct", Sources: "cfr-2007"},
		"start":   {ID: "x", Title: "X", Start: "2024-02-30", Channel: "direct", Sources: "cfr-2007"},
		"end":     {ID: "x", Title: "X", Start: "2024-05", End: "2024-03", Channel: "direct", Sources: "cfr-2007"},
		"channel": {ID: "x", Title: "X", Start: "2024", Channel: "telepathy", Sources: "cfr-2007"},
		"sources": {ID: "x", Title: "X", Start: "2024", Channel: "direct", Sources: "cfr-2007; nowhere"},
		"after":   {ID: "x", Title: "X", Start: "2024", Channel: "direct", Sources: "cfr-2007", After: "no-such-event"},
		"id":      {ID: "algiers-accords", Title: "X", Start: "2024", Channel: "direct", Sources: "cfr-2007"},
	} {
		if _, problems := ds.CheckEvent(f, ""); problems[field] == "" {
			t.Errorf("%s: problems %v, want one at %s", field, problems, field)
		}
	}
	past := good
	past.Start = "2099"
	if _, problems := ds.CheckEvent(past, ""); problems["start"] == "" {
		t.Errorf("an event past the coverage: %v", problems)
	}
	// Its own id is its own when it is the event being edited.
	e := ds.Events[5]
	if _, problems := ds.CheckEvent(ds.FieldsOf(*e), e.ID); len(problems) != 0 {
		t.Errorf("an event as it is: %v", problems)
	}
}

// TestPutEventInItsPlaceAndBack: an edit that moves an event in time puts
// it in its place among the others, and undoing puts all back.
func TestPutEventInItsPlaceAndBack(t *testing.T) {
	ds, _ := Bundled()
	before := append([]*Event(nil), ds.Events...)
	f := ds.FieldsOf(*ds.Events[0])
	f.Start, f.End = "2015-06", ""
	e, problems := ds.CheckEvent(f, ds.Events[0].ID)
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	var h History
	h.Do(ds, PutEvent(ds, e, e.ID))
	if ds.Events[0].ID == e.ID || !slicesSortedByStart(ds.Events) || len(ds.Events) != len(before) {
		t.Fatal("the edited event is not in its place")
	}
	h.Undo(ds)
	if !reflect.DeepEqual(ds.Events, before) {
		t.Fatal("undoing the edit did not put the events back")
	}
	added := e
	added.ID = NewEventID(ds, "New talks")
	h.Do(ds, PutEvent(ds, added, ""))
	if len(ds.Events) != len(before)+1 || added.ID != "new-talks" || h.UndoLabel() != "Add “"+added.Title+"”" {
		t.Errorf("adding: %d events, id %q, label %q", len(ds.Events), added.ID, h.UndoLabel())
	}
}

func slicesSortedByStart(events []*Event) bool {
	for i := 1; i < len(events); i++ {
		if events[i].Start.Begin() < events[i-1].Start.Begin() && events[i].After == "" {
			return false
		}
	}
	return true
}
