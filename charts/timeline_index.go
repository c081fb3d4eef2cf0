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
	Events []data.Event // in start order
	starts []float64    // each event's place in the order: its start, or just after the event it follows
	spans  []int        // indices of the events with an end, in order
	ends   []float64    // where each of spans ends
	widths []float32    // label widths at widthSize; negative until measured
	size   float64
	lo, hi float64 // the first and last instants any event covers
	// categories are the events split by category, for rows by channel.
	categories categoryRows
}

// NewTimelineIndex indexes events in order (data.SortEvents'). Events
// already in order, as a dataset's and a filter's are, are kept as they
// are, not copied (at 100,000 events a copy is 33 MB): the index never
// changes them, and neither may the caller. Others are copied and sorted.
func NewTimelineIndex(events []data.Event) *TimelineIndex {
	ix := &TimelineIndex{Events: slices.Clip(events), starts: data.OrderKeys(events)}
	if !slices.IsSorted(ix.starts) {
		ix.Events = slices.Clone(events)
		data.SortEvents(ix.Events)
		ix.starts = data.OrderKeys(ix.Events)
	}
	ix.widths = make([]float32, len(ix.Events))
	for i, e := range ix.Events {
		ix.widths[i] = -1
		end := e.Start.Finish()
		if e.IsSpan() {
			end = e.End.Finish()
			ix.spans = append(ix.spans, i)
			ix.ends = append(ix.ends, end)
		}
		if begin := e.Start.Begin(); i == 0 || begin < ix.lo {
			ix.lo = begin
		}
		if i == 0 || end > ix.hi {
			ix.hi = end
		}
	}
	return ix
}

// Len is the number of events indexed.
func (ix *TimelineIndex) Len() int { return len(ix.Events) }

// search returns the index of the first event starting at or after t.
func (ix *TimelineIndex) search(t float64) int {
	return sort.SearchFloat64s(ix.starts, t)
}

// CountBetween returns how many events start in [a, b).
func (ix *TimelineIndex) CountBetween(a, b float64) int {
	return ix.search(b) - ix.search(a)
}

// IndexOf returns the position of the event with the given id, or -1.
func (ix *TimelineIndex) IndexOf(id string) int {
	for i, e := range ix.Events {
		if e.ID == id {
			return i
		}
	}
	return -1
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
