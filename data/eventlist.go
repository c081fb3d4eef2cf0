package data

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
