package data

// periodCensus is where a list of events falls among the periods of one
// length: the lowest and highest period index holding one, and how many
// periods hold one. Counting walks the events twice and, where the
// periods between lo and hi are not too many, marks them in a list, not a
// map: at 100,000 events a map costs milliseconds an edit.
type periodCensus struct {
	lo, hi int64
	used   int // counted up to limit+1 when the periods are too many to list
}

// listablePeriods is how many periods a census marks in a list.
const listablePeriods = 1 << 16

// census counts where events (at least one) fall among periods of p,
// counting used periods no further than limit+1 when they are many.
func (p Period) census(events []*Event, limit int) periodCensus {
	c := p.extent(events)
	if c.hi-c.lo < listablePeriods {
		seen := make([]bool, c.hi-c.lo+1)
		for ke := range events {
			e := events[ke]
			if k := p.IndexOf(e.Start) - c.lo; !seen[k] {
				seen[k] = true
				c.used++
			}
		}
		return c
	}
	seen := map[int64]bool{}
	for ke := range events {
		e := events[ke]
		seen[p.IndexOf(e.Start)] = true
		if len(seen) > limit {
			break
		}
	}
	c.used = len(seen)
	return c
}

// extent is the lowest and highest period of p holding one of events (at
// least one), without counting the periods used.
func (p Period) extent(events []*Event) periodCensus {
	c := periodCensus{lo: p.IndexOf(events[0].Start)}
	c.hi = c.lo
	for ke := range events {
		e := events[ke]
		i := p.IndexOf(e.Start)
		c.lo, c.hi = min(c.lo, i), max(c.hi, i)
	}
	return c
}

// spanned is how many periods there are from the first holding an event
// to the last.
func (c periodCensus) spanned() int64 { return c.hi - c.lo + 1 }

// first and last are the earliest and the latest period holding an event,
// in p's order (periods in years ago count back).
func (c periodCensus) first(p Period) int64 {
	if p.Ago {
		return c.hi
	}
	return c.lo
}

func (c periodCensus) last(p Period) int64 {
	if p.Ago {
		return c.lo
	}
	return c.hi
}

// heldYears is the calendar years a list of events starts in: the first
// and the last, and how many events start in each year between (nil when
// they are too many to list). Every census of periods of years is made
// from it without walking the events again.
type heldYears struct {
	lo, hi int64
	held   []int
}

// yearsOf is the years events (at least one) start in.
func yearsOf(events []*Event) heldYears {
	y := heldYears{lo: events[0].Start.Year, hi: events[0].Start.Year}
	for ke := range events {
		e := events[ke]
		y.lo, y.hi = min(y.lo, e.Start.Year), max(y.hi, e.Start.Year)
	}
	if y.hi-y.lo < listablePeriods {
		y.held = make([]int, y.hi-y.lo+1)
		for ke := range events {
			y.held[events[ke].Start.Year-y.lo]++
		}
	}
	return y
}

// census is where the years fall among periods of p, a period of years:
// a period's index only grows (or, in years ago, only shrinks) with the
// year, so the periods used are counted as the index changes.
func (y heldYears) census(p Period) periodCensus {
	a, b := p.Index(y.lo), p.Index(y.hi)
	c := periodCensus{lo: min(a, b), hi: max(a, b)}
	last := int64(0)
	for k, held := range y.held {
		if held == 0 {
			continue
		}
		if i := p.Index(y.lo + int64(k)); c.used == 0 || i != last {
			c.used, last = c.used+1, i
		}
	}
	return c
}
