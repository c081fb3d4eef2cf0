package data

import (
	"fmt"
	"maps"
	"slices"
)

// Edits as data: every change in the window is made of edits, applied to
// the dataset in place (at 100,000 events a copy of the list takes longer
// than a frame), so that the recovery journal can write the edits made
// since the file was opened or saved, and make them again on that file.

// EditKind says what an edit does.
type EditKind string

// The kinds of edit.
const (
	InsertEvent   EditKind = "insert event"   // Event put in the list at At
	RemoveEvent   EditKind = "remove event"   // the event at At taken out
	MoveEvent     EditKind = "move event"     // the event at From taken out, Event put in at At
	AddSourceEdit EditKind = "add source"     // Source added under SourceID
	DropSource    EditKind = "drop source"    // the source SourceID taken away
	SetProps      EditKind = "set properties" // the title, introduction, coverage, categories and eras replaced
	SetTours      EditKind = "set tours"      // the tours replaced
)

// Edit is one step of a change, as data.
type Edit struct {
	Kind       EditKind    `json:"kind"`
	From       int         `json:"from,omitempty"`
	At         int         `json:"at,omitempty"`
	Event      *Event      `json:"event,omitempty"`
	SourceID   string      `json:"sourceId,omitempty"`
	Source     *Source     `json:"source,omitempty"`
	Properties *Properties `json:"properties,omitempty"`
	Tours      []Tour      `json:"tours,omitempty"`
}

// apply makes edit e to ds in place; it says what is wrong with an edit
// that does not fit ds (one read back from a journal that does not belong
// to it), and then changes nothing.
func (e Edit) apply(ds *Dataset) error {
	n := len(ds.Events)
	switch {
	case e.Kind == InsertEvent && e.Event != nil && e.At >= 0 && e.At <= n:
		ds.keepCounting(func() {
			ds.Events = slices.Insert(ds.Events, e.At, e.Event.clone())
			ds.countEvent(e.Event, +1)
		})
	case e.Kind == RemoveEvent && e.At >= 0 && e.At < n:
		ds.keepCounting(func() {
			ds.countEvent(ds.Events[e.At], -1)
			ds.Events = slices.Delete(ds.Events, e.At, e.At+1)
		})
	case e.Kind == MoveEvent && e.Event != nil && e.From >= 0 && e.From < n && e.At >= 0 && e.At < n:
		ds.keepCounting(func() {
			ds.countEvent(ds.Events[e.From], -1)
			moveInPlace(ds.Events, e.From, e.At, e.Event.clone())
			ds.countEvent(e.Event, +1)
		})
	case e.Kind == AddSourceEdit && e.Source != nil:
		if ds.Sources == nil {
			ds.Sources = map[string]Source{}
		}
		s := *e.Source
		s.ID = e.SourceID
		ds.Sources[e.SourceID] = s
	case e.Kind == DropSource:
		delete(ds.Sources, e.SourceID)
	case e.Kind == SetProps && e.Properties != nil:
		p := e.Properties
		switch {
		case !slices.Equal(p.Categories, ds.OwnCategories):
			ds.kept = nil // new categories: every count is made again
		case !slices.Equal(p.Eras, ds.Eras) && ds.kept != nil:
			ds.kept.byEra, ds.kept.newEras = nil, true // new eras: the count by era
		}
		ds.Title, ds.Intro, ds.Coverage, ds.Eras = p.Title, p.Intro, p.Coverage, slices.Clone(p.Eras)
		if ds.OwnCategories != nil || p.Categories != nil {
			ds.OwnCategories = slices.Clone(p.Categories)
		}
	case e.Kind == SetTours:
		ds.Tours = slices.Clone(e.Tours)
	default:
		return fmt.Errorf("an edit (%s at %d) that does not fit a timeline of %d events", e.Kind, e.At, n)
	}
	return nil
}

// moveInPlace takes the event at from out of events and puts e in at to,
// moving only the events between.
func moveInPlace(events []*Event, from, to int, e *Event) {
	switch {
	case from < to:
		copy(events[from:to], events[from+1:to+1])
	case from > to:
		copy(events[to+1:from+1], events[to:from])
	}
	events[to] = e
}

// PositionAfter is where the event at position at, whose id is id, is
// in the list after edits: -1 where they took it out (and did not put it
// back). It follows the edits rather than looking for the id.
func PositionAfter(edits []Edit, at int, id string) int {
	for _, e := range edits {
		switch e.Kind {
		case InsertEvent:
			if e.Event != nil && e.Event.ID == id && at < 0 {
				at = e.At
			} else if at >= 0 && e.At <= at {
				at++
			}
		case RemoveEvent:
			if e.At == at {
				at = -1
			} else if at >= 0 && e.At < at {
				at--
			}
		case MoveEvent:
			at = movedPosition(at, e.From, e.At)
		}
	}
	return at
}

// movedPosition is where the event at position at is after the event at
// from moves to to.
func movedPosition(at, from, to int) int {
	switch {
	case at < 0:
		return at
	case at == from:
		return to
	case from < at && at <= to:
		return at - 1
	case to <= at && at < from:
		return at + 1
	}
	return at
}

// Replay makes edits to ds in order, as the recovery journal does on the
// file the edits were made to; it stops at the first that does not fit.
func Replay(ds *Dataset, edits []Edit) error {
	for i, e := range edits {
		if err := e.apply(ds); err != nil {
			return fmt.Errorf("edit %d of %d: %w", i+1, len(edits), err)
		}
	}
	return nil
}

// Snapshot is a copy of ds that later edits in place leave as it is, for
// work done off the window's goroutine (an export, a film): the lists and
// maps are its own; the events they point to are shared, as edits replace
// them whole and never change them.
func (d *Dataset) Snapshot() *Dataset {
	s := *d
	s.Events = slices.Clone(d.Events)
	s.Sources = maps.Clone(d.Sources)
	s.Eras = slices.Clone(d.Eras)
	s.OwnCategories = slices.Clone(d.OwnCategories)
	s.Tours = slices.Clone(d.Tours)
	s.kept = nil
	return &s
}
