package charts

import (
	"slices"
	"sort"

	"backchannel/data"
)

// An index kept up to date through edits: at 100,000 events, making the
// index again costs several milliseconds an edit, moving its entries as
// the events moved a fraction of one, and the label widths already
// measured stay.

// Edited is the index of events, the list this index was made of after
// edits made to it in place (as a dataset's own list is edited): this
// index with its entries moved as the events were, or, where that cannot
// be done (an event that follows another, whose place depends on that
// one's), a new index made of events.
func (ix *TimelineIndex) Edited(events []*data.Event, edits []data.Edit) *TimelineIndex {
	if ix.hasAfter || ix.sorted || !ix.follows(events, edits) {
		return NewTimelineIndex(events)
	}
	ix.Events = slices.Clip(events)
	stale := false // the last instant covered may have gone
	for _, e := range edits {
		switch e.Kind {
		case data.RemoveEvent:
			stale = ix.remove(e.At) || stale
		case data.InsertEvent:
			ix.insert(e.At, e.Event)
		case data.MoveEvent:
			stale = ix.remove(e.From) || stale
			ix.insert(e.At, e.Event)
		}
	}
	ix.categories = &categoryRows{} // split again when asked
	if !slices.IsSorted(ix.starts) || len(ix.starts) != len(ix.Events) {
		return NewTimelineIndex(events) // never expected: an edit out of time order
	}
	if len(ix.starts) > 0 {
		ix.lo = ix.starts[0] // no event follows another: the first start is the earliest
	}
	if stale {
		ix.extent()
	}
	return ix
}

// follows reports whether the edits can be followed in place: they move
// events (or leave them be), none of which follows another, and they
// leave as many events as events holds.
func (ix *TimelineIndex) follows(events []*data.Event, edits []data.Edit) bool {
	n := len(ix.Events)
	for _, e := range edits {
		switch e.Kind {
		case data.RemoveEvent:
			n--
		case data.InsertEvent:
			n++
		case data.MoveEvent, data.AddSourceEdit, data.DropSource, data.SetTours, data.SetProps:
			// The index holds the events' places only: no change of
			// sources, tours or properties moves them.
		default:
			return false
		}
		if e.Event != nil && e.Event.After != "" {
			return false
		}
	}
	return n == len(events)
}

// remove takes the entries of event i out; it reports whether the event
// may have been the one to cover the last instant (a point covers at most
// a year from its start), which is then to be worked out again.
func (ix *TimelineIndex) remove(i int) (stale bool) {
	stale = ix.starts[i]+1 >= ix.hi
	ix.starts = slices.Delete(ix.starts, i, i+1)
	ix.widths = slices.Delete(ix.widths, i, i+1)
	ix.finishes = slices.Delete(ix.finishes, i, i+1)
	k := sort.SearchInts(ix.spans, i)
	if k < len(ix.spans) && ix.spans[k] == i {
		stale = stale || ix.ends[k] >= ix.hi
		ix.spans = slices.Delete(ix.spans, k, k+1)
		ix.ends = slices.Delete(ix.ends, k, k+1)
	}
	for j := k; j < len(ix.spans); j++ {
		ix.spans[j]--
	}
	return stale
}

// insert puts the entries of event e in at i, in time order.
func (ix *TimelineIndex) insert(i int, e *data.Event) {
	begin, end := e.Start.Begin(), e.Start.Finish()
	ix.starts = slices.Insert(ix.starts, i, begin)
	ix.widths = slices.Insert(ix.widths, i, -1)
	k := sort.SearchInts(ix.spans, i)
	for j := k; j < len(ix.spans); j++ {
		ix.spans[j]++
	}
	if e.IsSpan() {
		end = e.End.Finish()
		ix.spans = slices.Insert(ix.spans, k, i)
		ix.ends = slices.Insert(ix.ends, k, end)
	}
	ix.finishes = slices.Insert(ix.finishes, i, end)
	if len(ix.starts) == 1 {
		ix.lo, ix.hi = begin, end
	}
	ix.lo, ix.hi = min(ix.lo, begin), max(ix.hi, end)
}

// extent works out again the first and the last instant the events
// cover, from the index's own lists. No event follows another here, so
// the first start is the earliest.
func (ix *TimelineIndex) extent() {
	ix.lo, ix.hi = 0, 0
	if len(ix.starts) > 0 {
		ix.lo, ix.hi = ix.starts[0], slices.Max(ix.finishes)
	}
}
