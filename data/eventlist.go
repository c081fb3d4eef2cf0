package data

import "unsafe"

// eventsBeforeTrust is how many events a file must yield without a
// problem before its list is made as long as the file seems to need.
const eventsBeforeTrust = 4096

// keepEvent appends e to events, making room the way a large file is
// cheapest to keep: expected is the most events the file can hold as far
// as its reader can tell, and clean says that no problem has been found.
// The list doubles as it fills, never past expected; once a clean file
// has yielded eventsBeforeTrust events, it takes room for all it expects
// at once. So a long file's list is copied once at most, and a file whose
// events are dropped for their problems costs no long list.
func keepEvent(events []*Event, e Event, expected int, clean bool) []*Event {
	if len(events) == cap(events) {
		n := max(2*cap(events), 16)
		switch {
		case expected <= len(events): // more than expected: keep doubling
		case clean && len(events) >= eventsBeforeTrust:
			n = expected + expected/64 // and room for the events a session of editing adds, without a copy of the list
		default:
			n = min(n, expected)
		}
		grown := make([]*Event, len(events), n)
		copy(grown, events)
		events = grown
	}
	return append(events, &e)
}

// gatherAtMost is the most events sortGathered copies side by side: the
// copy holds them twice for a moment, which for a file of millions of
// tiny events would be hundreds of megabytes.
const gatherAtMost = 250_000

// sortGathered puts a file's events in order (SortEvents') and, where the
// file had them out of time order (so that they now lie scattered through
// memory, each where it was read), copies them side by side in their new
// order: a pass over 100,000 events (a count by era, a check) then reads
// memory in order, two or three times as fast.
func sortGathered(events []*Event) {
	if !SortEvents(events) || len(events) > gatherAtMost {
		return
	}
	gathered := make([]Event, len(events))
	if len(events) >= eventsBeforeTrust {
		adviseHugePages(unsafe.Pointer(unsafe.SliceData(gathered)), uintptr(len(gathered))*unsafe.Sizeof(Event{}))
	}
	for k, e := range events {
		gathered[k] = *e
		events[k] = &gathered[k]
	}
}
