package data

// A dataset's events counted by what places each in a tally by era (or
// by category): its start, its category and the administration it names.
// Events in time order share dates; at 100,000 events the census holds
// from a few thousand entries to one an event, and eras changed are
// counted again from it rather than by reading each event through its
// pointer (most of a pass's time). It is made at the first change of
// eras, in the pass that counts them again, and kept from then on.

// dateCensus is how many events have each start, category and
// administration named.
type dateCensus struct {
	packed map[uint64]int    // those naming no administration, their start and category in a word
	others map[censusKey]int // the rest
}

// censusKey is what places an event in a tally by era.
type censusKey struct {
	start          Date
	channel        Channel
	administration string
}

// Where a start and a category are in a census word: the category in its
// 12 lowest bits, then the precision (2), the day (5), the month (4) and
// the year moved by yearShift (41: every year a date may have).
const (
	channelBits = 12
	yearShift   = 1 << 40
)

// packedCensusKey is event e's start and category in a word, and whether
// they fit in one and e names no administration.
func packedCensusKey(e *Event) (uint64, bool) {
	d := e.Start
	if e.Administration != "" || e.Channel < 0 || e.Channel >= 1<<channelBits ||
		d.Precision >= 4 || d.Day < 0 || d.Day >= 32 || d.Month < 0 || d.Month >= 16 ||
		d.Year < -MaxYear || d.Year > MaxYear {
		return 0, false
	}
	return uint64(d.Year+yearShift)<<23 | uint64(d.Month)<<19 | uint64(d.Day)<<14 |
		uint64(d.Precision)<<channelBits | uint64(e.Channel), true
}

// unpackedCensusEvent is an event with only the start and category word
// k holds, to be placed in a tally.
func unpackedCensusEvent(k uint64) Event {
	start := Date{Year: int64(k>>23) - yearShift, Month: int(k >> 19 & 15), Day: int(k >> 14 & 31),
		Precision: Precision(k >> channelBits & 3)}
	return Event{Start: start, Channel: Channel(k & (1<<channelBits - 1))}
}

// keptCensus is d's census, kept (made the first time it is asked for).
func (d *Dataset) keptCensus() *dateCensus {
	a := d.keptFor(d.Events)
	if a.census == nil {
		a.census = &dateCensus{packed: map[uint64]int{}, others: map[censusKey]int{}}
		for _, e := range d.Events {
			a.census.count(e, 1)
		}
	}
	return a.census
}

// count takes event e out of the census (by -1) or puts it in (+1).
func (c *dateCensus) count(e *Event, by int) {
	if k, ok := packedCensusKey(e); ok {
		addCount(c.packed, k, by)
		return
	}
	addCount(c.others, censusKey{start: e.Start, channel: e.Channel, administration: e.Administration}, by)
}

// tally adds the census to t, each start, category and administration
// in the row rows gives it (none where -1).
func (c *dateCensus) tally(t *Tally, rows func(*Event) int) {
	for k, n := range c.packed {
		e := unpackedCensusEvent(k)
		if r := rows(&e); r >= 0 {
			t.add(r, &e, n)
		}
	}
	for k, n := range c.others {
		e := Event{Start: k.start, Channel: k.channel, Administration: k.administration}
		if r := rows(&e); r >= 0 {
			t.add(r, &e, n)
		}
	}
}
