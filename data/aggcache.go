package data

import "slices"

// Counts over all of a dataset's events (the charts', the overview's, the
// filters'), kept up to date by edits one event at a time: an edit among
// 100,000 events then costs a few counts, not every count made again. A
// count of some other list (a filter's) is made afresh each time.

// aggregates are the counts kept for a dataset's whole list of events;
// a nil field is one not asked for yet, or given up by an edit it could
// not follow (a new year, new eras), and made again when next asked.
type aggregates struct {
	// list and n are the list of events counted: its first event and length.
	list      *Event
	n         int
	byPeriod  *periodCounts
	byEra     *Tally
	byChannel []int
	citations map[string]int
	followers map[string]int // how many events name each id as their after
	named     map[string]int // how many events name each id as their administration
	census    *dateCensus
	newEras   bool // the eras have changed: the count by era is made from the census
	byID      map[string]*Event
}

// periodCounts is the tally by period with what keeps it: the years the
// events start in, each with how many (while no year empties or fills,
// the period chosen stays the same), and each period's row.
type periodCounts struct {
	tally     Tally
	yearsFrom int64
	perYear   []int
	rowOf     func(int64) int
}

// first is the first of events, nil for none: with the length, what
// tells one list from another.
func first(events []*Event) *Event {
	if len(events) == 0 {
		return nil
	}
	return events[0]
}

// keptFor is the kept counts when events is the dataset's own list, as it
// is (made the first time, or again for a list not counted before); nil
// for any other list.
func (d *Dataset) keptFor(events []*Event) *aggregates {
	if len(events) != len(d.Events) || first(events) != first(d.Events) {
		return nil
	}
	if a := d.kept; a == nil || a.list != first(events) || a.n != len(events) {
		d.kept = &aggregates{list: first(events), n: len(events)}
	}
	return d.kept
}

// keepCounting runs edit, which changes the list of events, keeping the
// counts of the list as they were (if they were of it) for the list as it
// is after.
func (d *Dataset) keepCounting(edit func()) {
	if a := d.kept; a == nil || a.list != first(d.Events) || a.n != len(d.Events) {
		d.kept = nil
		edit()
		return
	}
	edit()
	d.kept.list, d.kept.n = first(d.Events), len(d.Events)
}

// countEvent takes event e out of the kept counts (by -1) or puts it in
// (by +1); a count that cannot follow is dropped, to be made again.
func (d *Dataset) countEvent(e *Event, by int) {
	a := d.kept
	if a == nil {
		return
	}
	if a.byChannel != nil && d.ValidCategory(e.Channel) {
		a.byChannel[e.Channel] += by
	}
	if a.citations != nil {
		for _, s := range e.Sources {
			addCount(a.citations, s, by)
		}
	}
	if a.byID != nil {
		if by > 0 {
			a.byID[e.ID] = e
		} else {
			delete(a.byID, e.ID)
		}
	}
	if a.followers != nil && e.After != "" {
		addCount(a.followers, e.After, by)
	}
	if a.named != nil && e.Administration != "" {
		addCount(a.named, e.Administration, by)
	}
	if a.census != nil {
		a.census.count(e, by)
	}
	if a.byEra != nil {
		if r := d.eraRow(a.byEra, e); r >= 0 {
			a.byEra.add(r, e, by)
		}
	}
	if p := a.byPeriod; p != nil {
		k := e.Start.Year - p.yearsFrom
		if p.tally.Period.Within != 0 || k < 0 || k >= int64(len(p.perYear)) || p.perYear[k]+by <= 0 || p.perYear[k] == 0 {
			a.byPeriod = nil // a year filled or emptied: the period may change
		} else {
			p.perYear[k] += by
			p.tally.add(p.rowOf(p.tally.Period.IndexOf(e.Start)), e, by)
		}
	}
}

// eventByID is the event with id, and whether there is one: from the
// kept index of ids (made the first time it is asked for).
func (d *Dataset) eventByID(id string) (*Event, bool) {
	a := d.keptFor(d.Events)
	if a.byID == nil {
		a.byID = make(map[string]*Event, len(d.Events))
		for _, e := range d.Events {
			a.byID[e.ID] = e
		}
	}
	e, ok := a.byID[id]
	return e, ok
}

// keptFollowers is how many events name each id as their after, kept
// (made the first time it is asked for).
func (d *Dataset) keptFollowers() map[string]int {
	a := d.keptFor(d.Events)
	if a.followers == nil {
		a.followers = countNamed(d.Events, func(e *Event) string { return e.After })
	}
	return a.followers
}

// keptAdministrations is how many events name each era id as their
// administration, kept (made the first time it is asked for).
func (d *Dataset) keptAdministrations() map[string]int {
	a := d.keptFor(d.Events)
	if a.named == nil {
		a.named = countNamed(d.Events, func(e *Event) string { return e.Administration })
	}
	return a.named
}

// countNamed is how many of events name each value of the field named
// gives ("" for none).
func countNamed(events []*Event, named func(*Event) string) map[string]int {
	counts := map[string]int{}
	for _, e := range events {
		if v := named(e); v != "" {
			counts[v]++
		}
	}
	return counts
}

// addCount adds by to k's count in counts, taking k out once it has none.
func addCount[K comparable](counts map[K]int, k K, by int) {
	if counts[k] += by; counts[k] == 0 {
		delete(counts, k)
	}
}

// followerOf is an event that names id as its after, and whether there is
// one: found from the kept count of followers, without a pass over every
// event when there is none.
func (d *Dataset) followerOf(id string) (*Event, bool) {
	if d.keptFollowers()[id] == 0 {
		return nil, false
	}
	for i := range d.Events {
		if d.Events[i].After == id {
			return d.Events[i], true
		}
	}
	return nil, false
}

// cloned is a copy of t whose counts are its own, for a caller to keep
// while the kept counts change.
func (t Tally) cloned() Tally {
	t.Counts = slices.Clone(t.Counts)
	for r := range t.Counts {
		t.Counts[r] = slices.Clone(t.Counts[r])
	}
	return t
}
