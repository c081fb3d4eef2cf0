package charts

import (
	"backchannel/pen"
	"slices"
	"sort"

	"backchannel/data"
)

// TimelineIndex makes a set of events quick to lay out at any zoom: their
// start instants in order, the spans among them, and label widths measured
// once. Build it when the set of events changes, not every frame.
type TimelineIndex struct {
	Events []*data.Event // in start order
	starts []float64     // each event's place in the order: its start, or just after the event it follows
	spans  []int         // indices of the events with an end, in order
	ends   []float64     // where each of spans ends
	// finishes are where each event ends: a span's end, a point's
	// finish (read here, the events themselves lie all over memory).
	finishes []float64
	widths   []float32 // label widths at widthSize; negative until measured
	size     float64
	lo, hi   float64 // the first and last instants any event covers
	// categories are the events split by category, for rows by channel.
	categories *categoryRows
	// hasAfter says an event indexed follows another (its after): its
	// place in the order depends on that one's.
	hasAfter bool
	// sorted says the index holds a sorted copy of the events it was
	// given, not that list itself.
	sorted bool
}

// NewTimelineIndex indexes events in order (data.SortEvents'). Events
// already in order, as a dataset's and a filter's are, are kept as they
// are, not copied (a copy is a pass over the list): the index never
// changes them, and the caller, where it changes them (an edit in place),
// makes the index again. Others are copied and sorted.
func NewTimelineIndex(events []*data.Event) *TimelineIndex {
	ix := &TimelineIndex{Events: slices.Clip(events), starts: data.OrderKeys(events), categories: &categoryRows{}}
	if !slices.IsSorted(ix.starts) {
		ix.Events, ix.sorted = slices.Clone(events), true
		data.SortEvents(ix.Events)
		ix.starts = data.OrderKeys(ix.Events)
	}
	ix.widths = make([]float32, len(ix.Events))
	ix.finishes = make([]float64, len(ix.Events))
	ix.spans, ix.ends = make([]int, 0, len(ix.Events)/4), make([]float64, 0, len(ix.Events)/4)
	for i := range ix.Events {
		e := ix.Events[i]
		ix.widths[i] = -1
		end := e.Start.Finish()
		if e.IsSpan() {
			end = e.End.Finish()
			ix.spans = append(ix.spans, i)
			ix.ends = append(ix.ends, end)
		}
		ix.finishes[i] = end
		begin := ix.starts[i] // its start, unless it follows another
		if e.After != "" {
			begin, ix.hasAfter = e.Start.Begin(), true
		}
		if i == 0 || begin < ix.lo {
			ix.lo = begin
		}
		if i == 0 || end > ix.hi {
			ix.hi = end
		}
	}
	return ix
}

// Fit is a view of every event indexed, with a margin either side, as
// FitEvents makes it.
func (ix *TimelineIndex) Fit() TimeView {
	if ix.Len() == 0 {
		return FitEvents(nil)
	}
	return fitExtent(ix.lo, ix.hi)
}

// AnyBetween reports whether an event shows between t0 and t1, as inView
// counts it: one starting there, or a span begun before t0 running past it.
func (ix *TimelineIndex) AnyBetween(t0, t1 float64) bool {
	if i := ix.search(t0); i < len(ix.starts) && ix.starts[i] <= t1 {
		return true
	}
	for k, i := range ix.spans {
		if ix.starts[i] < t0 && ix.ends[k] > t0 {
			return true
		}
	}
	return false
}

// Len is the number of events indexed.
func (ix *TimelineIndex) Len() int { return len(ix.Events) }

// search returns the index of the first event starting at or after t.
func (ix *TimelineIndex) search(t float64) int {
	return sort.SearchFloat64s(ix.starts, t)
}

// FirstFrom is the position of the first event placed at or after t (its
// start, or just after the event it follows); Len where there is none.
func (ix *TimelineIndex) FirstFrom(t float64) int { return ix.search(t) }

// CountBetween returns how many events start in [a, b).
func (ix *TimelineIndex) CountBetween(a, b float64) int {
	return ix.search(b) - ix.search(a)
}

// IndexOf returns the position of the event with the given id, or -1.
func (ix *TimelineIndex) IndexOf(id string) int {
	for i := range ix.Events {
		e := ix.Events[i]
		if e.ID == id {
			return i
		}
	}
	return -1
}

// IndexNear returns the position of the event with the given id, or -1,
// looking outward from position near (see data.IndexNear).
func (ix *TimelineIndex) IndexNear(id string, near int) int {
	return data.IndexNear(ix.Events, id, near)
}

// labelWidth is the width of event i's title at size, measured once.
func (ix *TimelineIndex) labelWidth(i int, size float64) float64 {
	if size != ix.size {
		for j := range ix.widths {
			ix.widths[j] = -1
		}
		ix.size = size
	}
	if ix.widths[i] < 0 {
		ix.widths[i] = float32(pen.TextWidth(ix.Events[i].Title, size))
	}
	return float64(ix.widths[i])
}

// inView tells whether event i shows between t0 and t1, as the lanes are
// packed and as the timeline is described: one that starts inside (t1
// included), or a span begun before t0 that runs past it.
func (ix *TimelineIndex) inView(i int, t0, t1 float64) bool {
	if s := ix.starts[i]; s >= t0 {
		return s <= t1
	}
	e := ix.Events[i]
	return e.IsSpan() && e.End.Finish() > t0
}
