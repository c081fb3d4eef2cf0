package data

import (
	"fmt"
	"slices"
)

// The edits made to a dataset in the window, each undoable and redoable
// in turn, without limit, and whether the dataset is as last saved.

// Change is one edit of a dataset: what it is called ("Delete “Algiers
// Accords signed”"), how to make it and how to take it back.
type Change struct {
	Label string
	// Reshapes says the change touches what the views are made from (the
	// categories, the title): they are made again, not only redrawn.
	Reshapes bool
	do       func(*Dataset)
	undo     func(*Dataset)
}

// History is a dataset's edits, for undoing and redoing.
type History struct {
	done, undone []Change
	saved        int // how many changes were done when the dataset was last saved; -1 when that state is gone
}

// Do makes change c to ds and keeps it to undo; what was undone can no
// longer be redone.
func (h *History) Do(ds *Dataset, c Change) {
	c.do(ds)
	if h.saved > len(h.done) {
		h.saved = -1 // the saved state was undone, and is now out of reach
	}
	h.done, h.undone = append(h.done, c), nil
}

// Undo takes the last change back, and returns it; ok is false when there
// is none.
func (h *History) Undo(ds *Dataset) (c Change, ok bool) {
	return shift(&h.done, &h.undone, func(c Change) { c.undo(ds) })
}

// Redo makes the last change undone again, and returns it.
func (h *History) Redo(ds *Dataset) (c Change, ok bool) {
	return shift(&h.undone, &h.done, func(c Change) { c.do(ds) })
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

// MarkSaved notes that the dataset, as it is now, was saved.
func (h *History) MarkSaved() { h.saved = len(h.done) }

// MarkUnsaved notes that the dataset has edits no file holds, as one
// recovered after a crash has.
func (h *History) MarkUnsaved() { h.saved = -1 }

// DeleteEvent is the change that deletes the event with id from ds, with
// the steps of its tours that show it. An event another follows (its
// after) cannot go: the follower would name an event that is not there.
func DeleteEvent(ds *Dataset, id string) (Change, error) {
	i := slices.IndexFunc(ds.Events, func(e Event) bool { return e.ID == id })
	if i < 0 {
		return Change{}, fmt.Errorf("no event %q", id)
	}
	e := ds.Events[i]
	for _, f := range ds.Events {
		if f.After == id {
			return Change{}, fmt.Errorf("%q follows %q (its after): change that first", f.Title, e.Title)
		}
	}
	tours := ds.Tours
	return Change{
		Label: fmt.Sprintf("Delete “%s”", e.Title),
		do: func(ds *Dataset) {
			ds.Events = slices.Concat(ds.Events[:i], ds.Events[i+1:]) // a list of its own: the old one may be drawn still
			ds.Tours = toursWithout(tours, id)
		},
		undo: func(ds *Dataset) {
			ds.Events = slices.Concat(ds.Events[:i], []Event{e}, ds.Events[i:])
			ds.Tours = tours
		},
	}, nil
}

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
	return Change{
		Label: label,
		do: func(ds *Dataset) {
			for _, c := range changes {
				c.do(ds)
			}
		},
		undo: func(ds *Dataset) {
			for i := len(changes) - 1; i >= 0; i-- {
				changes[i].undo(ds)
			}
		},
	}
}

// AddSource is the change that adds source s, under its id, to ds.
func AddSource(s Source) Change {
	return Change{
		Label: fmt.Sprintf("Add the source “%s”", s.Title),
		do: func(ds *Dataset) {
			sources := make(map[string]Source, len(ds.Sources)+1) // a map of its own: the old one may be written still
			for id, old := range ds.Sources {
				sources[id] = old
			}
			sources[s.ID] = s
			ds.Sources = sources
		},
		undo: func(ds *Dataset) {
			sources := make(map[string]Source, len(ds.Sources))
			for id, old := range ds.Sources {
				if id != s.ID {
					sources[id] = old
				}
			}
			ds.Sources = sources
		},
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
