package data

import (
	"fmt"
	"slices"
)

// The edits made to a dataset in the window, each undoable and redoable
// in turn, without limit, and whether the dataset is as last saved.

// Change is one edit of a dataset: what it is called ("Delete “Algiers
// Accords signed”"), the edits that make it and those that take it back.
type Change struct {
	Label string
	// Reshapes says the change touches what the views are made from (the
	// categories, the title): they are made again, not only redrawn.
	Reshapes bool
	do, undo []Edit
}

// SetsProperties says whether the change gives the dataset new properties
// (its title, eras, coverage...).
func (c Change) SetsProperties() bool {
	return slices.ContainsFunc(c.do, func(e Edit) bool { return e.Kind == SetProps })
}

// PutAt is where the change puts the last event it puts in the list (a
// new one, or one edited), or -1 where it puts none.
func (c Change) PutAt() int {
	for k := len(c.do) - 1; k >= 0; k-- {
		if e := c.do[k]; e.Kind == InsertEvent || e.Kind == MoveEvent {
			return e.At
		}
	}
	return -1
}

// History is a dataset's edits, for undoing and redoing.
type History struct {
	done, undone []Change
	saved        int // how many changes were done when the dataset was last saved; -1 when that state is gone
	// log is every edit made since the dataset was opened or saved, undos
	// included, in order: what the recovery journal writes.
	log []Edit
	// floor is the fewest changes done when a change was made since the
	// last SavePoint: below it, the changes done then are gone.
	floor int
}

// Do makes change c to ds and keeps it to undo; what was undone can no
// longer be redone.
func (h *History) Do(ds *Dataset, c Change) {
	h.apply(ds, c.do)
	if h.saved > len(h.done) {
		h.saved = -1 // the saved state was undone, and is now out of reach
	}
	h.floor = min(h.floor, len(h.done))
	h.done, h.undone = append(h.done, c), nil
}

// Undo takes the last change back, and returns it; ok is false when there
// is none.
func (h *History) Undo(ds *Dataset) (c Change, ok bool) {
	return shift(&h.done, &h.undone, func(c Change) { h.apply(ds, c.undo) })
}

// Redo makes the last change undone again, and returns it.
func (h *History) Redo(ds *Dataset) (c Change, ok bool) {
	return shift(&h.undone, &h.done, func(c Change) { h.apply(ds, c.do) })
}

// apply makes edits, made for ds as it is, and logs them.
func (h *History) apply(ds *Dataset, edits []Edit) {
	if err := Replay(ds, edits); err != nil {
		panic(err) // a change made for ds always fits it
	}
	h.log = append(h.log, edits...)
}

// Log is the edits made since the dataset was opened or saved, in order,
// undos included: made again on the file as it was, they give the dataset
// as it is. The caller must not change them; the history does not either:
// the log only grows, or starts anew on a save, so a slice of it taken now
// holds the same edits later.
func (h *History) Log() []Edit { return h.log }

// Recovered notes that the dataset was made by replaying edits (from the
// recovery journal) on its file: they stay in the log, and it has edits
// no file holds.
func (h *History) Recovered(edits []Edit) {
	h.log = slices.Clip(edits)
	h.saved = -1
}

// shift takes the last change off from, applies it with apply and puts it
// on to; ok is false when from has none.
func shift(from, to *[]Change, apply func(Change)) (c Change, ok bool) {
	if len(*from) == 0 {
		return Change{}, false
	}
	c = (*from)[len(*from)-1]
	apply(c)
	*from, *to = (*from)[:len(*from)-1], append(*to, c)
	return c, true
}

// UndoLabel names the change Undo would take back; "" for none.
func (h *History) UndoLabel() string {
	if len(h.done) == 0 {
		return ""
	}
	return h.done[len(h.done)-1].Label
}

// RedoLabel names the change Redo would make again; "" for none.
func (h *History) RedoLabel() string {
	if len(h.undone) == 0 {
		return ""
	}
	return h.undone[len(h.undone)-1].Label
}

// Edited reports whether the dataset differs from when it was last saved
// (or opened).
func (h *History) Edited() bool { return h.saved != len(h.done) }

// MarkSaved notes that the dataset, as it is now, was saved: the log
// starts again from it.
func (h *History) MarkSaved() { h.MarkSavedAt(h.SavePoint()) }

// SavePoint is where a history was when a save took the dataset to
// write: edits may go on while it is written (see MarkSavedAt).
type SavePoint struct{ done, log int }

// SavePoint is where the history is now, for a save of the dataset as it
// is now that ends later.
func (h *History) SavePoint() SavePoint {
	h.floor = len(h.done)
	return SavePoint{done: len(h.done), log: len(h.log)}
}

// MarkSavedAt notes that the dataset as it was at p, the last SavePoint,
// was saved, whatever edits were made since: the log keeps only those,
// made on what was saved. When a change made since took the saved state
// out of reach (it was undone, then another change made in its place),
// no state the history holds is the one saved.
func (h *History) MarkSavedAt(p SavePoint) {
	h.log = slices.Clip(slices.Clone(h.log[p.log:]))
	h.saved = p.done
	if h.floor < p.done {
		h.saved = -1
	}
}

// MarkUnsaved notes that the dataset has edits no file holds, as one
// recovered after a crash has.
func (h *History) MarkUnsaved() { h.saved = -1 }

// DeleteEvent is the change that deletes the event with id from ds, with
// the steps of its tours that show it. An event another follows (its
// after) cannot go: the follower would name an event that is not there.
func DeleteEvent(ds *Dataset, id string) (Change, error) {
	return DeleteEventNear(ds, id, 0)
}

// DeleteEventNear is DeleteEvent for an event looked for first around
// position near (where a window that shows the list knows it is).
func DeleteEventNear(ds *Dataset, id string, near int) (Change, error) {
	i := ds.EventIndexNear(id, near)
	if i < 0 {
		return Change{}, fmt.Errorf("no event %q", id)
	}
	e := ds.Events[i]
	if f, ok := ds.followerOf(id); ok {
		return Change{}, fmt.Errorf("%q follows %q (its after): change that first", f.Title, e.Title)
	}
	c := Change{
		Label: fmt.Sprintf("Delete “%s”", e.Title),
		do:    []Edit{{Kind: RemoveEvent, At: i}},
		undo:  []Edit{{Kind: InsertEvent, At: i, Event: e}},
	}
	if after := toursWithout(ds.Tours, id); !slices.EqualFunc(after, ds.Tours, sameSteps) {
		c.do = append(c.do, Edit{Kind: SetTours, Tours: after})
		c.undo = append(c.undo, Edit{Kind: SetTours, Tours: slices.Clone(ds.Tours)})
	}
	return c, nil
}

// sameSteps says whether two tours have the same number of steps.
func sameSteps(a, b Tour) bool { return len(a.Steps) == len(b.Steps) }

// toursWithout is tours with no step showing the event id.
func toursWithout(tours []Tour, id string) []Tour {
	out := slices.Clone(tours)
	for k, t := range out {
		if t.IsList() {
			out[k].Steps = slices.DeleteFunc(slices.Clone(t.Steps), func(s TourStep) bool { return s.Event == id })
		}
	}
	return out
}

// Steps is one change made of several, made in order and taken back in
// the reverse order, under one label.
func Steps(label string, changes ...Change) Change {
	out := Change{Label: label}
	for i, c := range changes {
		out.do = append(out.do, c.do...)
		out.undo = append(out.undo, changes[len(changes)-1-i].undo...)
		out.Reshapes = out.Reshapes || c.Reshapes
	}
	return out
}

// AddSource is the change that adds source s, under its id, to ds.
func AddSource(s Source) Change {
	return Change{
		Label: fmt.Sprintf("Add the source “%s”", s.Title),
		do:    []Edit{{Kind: AddSourceEdit, SourceID: s.ID, Source: &s}},
		undo:  []Edit{{Kind: DropSource, SourceID: s.ID}},
	}
}

// NewDataset is an empty timeline called title, with one category,
// Events, for its events.
func NewDataset(title string) *Dataset {
	return &Dataset{Title: title, OwnCategories: []Category{{ID: "events", Label: "Events"}}, Sources: map[string]Source{}}
}

// NewSourceID makes an id for a new source from its title, unused in ds.
func NewSourceID(ds *Dataset, title string) string {
	return UniqueID(title, "source", func(id string) bool { _, taken := ds.Sources[id]; return taken })
}
