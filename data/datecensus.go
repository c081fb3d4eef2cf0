package data

// A dataset's events counted by what places each in a tally by era (or
// by category): its start, its category and the administration it names.
// Events in time order share dates; at 100,000 events the census holds
// a few thousand entries, so that eras changed are counted again from it
// in a fraction of the time a pass over every event takes (reading each
// through its pointer is most of that pass).

// censusKey is what places an event in a tally by era.
type censusKey struct {
	start          Date
	channel        Channel
	administration string
}

// censusKeyOf is event e's census key.
func censusKeyOf(e *Event) censusKey {
	return censusKey{start: e.Start, channel: e.Channel, administration: e.Administration}
}

// event is an event with only what k holds, to be placed in a tally.
func (k censusKey) event() Event {
	return Event{Start: k.start, Channel: k.channel, Administration: k.administration}
}

// keptCensus is how many of d's events have each census key, kept (made
// the first time it is asked for).
func (d *Dataset) keptCensus() map[censusKey]int {
	a := d.keptFor(d.Events)
	if a.census == nil {
		a.census = map[censusKey]int{}
		for _, e := range d.Events {
			a.census[censusKeyOf(e)]++
		}
	}
	return a.census
}

// countInCensus takes event e out of census (by -1) or puts it in (+1).
func countInCensus(census map[censusKey]int, e *Event, by int) {
	k := censusKeyOf(e)
	if census[k] += by; census[k] == 0 {
		delete(census, k)
	}
}
