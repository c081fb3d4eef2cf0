package data

import "slices"

// Tally counts events by row (a period, an administration or an era) and
// channel.
// It is what the charts draw and the CSV export writes.
type Tally struct {
	Rows       []string   // row labels, in display order
	Counts     [][]int    // Counts[row][category]
	Keys       []string   // a stable key per row: the period's label or the era id
	Categories []Category // the columns, in order
	// Period and Spans, for a tally by period: what one row is, and the
	// years each row holds. Nil for a tally by administration or era.
	Period *Period
	Spans  []YearSpan
	Picks  []PeriodPick // each row's period, for filtering to it
	// ByCategory is set for a tally with a row per category (a dataset
	// with no eras to count by): each row's key is the category's id.
	ByCategory bool
}

// PeriodKey returns the key of the row that holds event e in a tally by
// period; "" for other tallies.
func (t Tally) PeriodKey(e Event) string {
	if t.Period == nil {
		return ""
	}
	return t.Period.Label(t.Period.IndexOf(e.Start))
}

// addRow appends an empty row.
func (t *Tally) addRow(label, key string) {
	t.Rows = append(t.Rows, label)
	t.Keys = append(t.Keys, key)
	t.Counts = append(t.Counts, make([]int, len(t.Categories)))
}

// count adds event e to row r when its category is one of the tally's.
func (t *Tally) count(r int, e *Event) { t.add(r, e, 1) }

// add adds by (-1 to take away) to event e's count in row r when its
// category is one of the tally's.
func (t *Tally) add(r int, e *Event, by int) {
	if e.Channel >= 0 && int(e.Channel) < len(t.Categories) {
		t.Counts[r][e.Channel] += by
	}
}

// Total returns the number of events in row r.
func (t Tally) Total(r int) int {
	n := 0
	for _, c := range t.Counts[r] {
		n += c
	}
	return n
}

// Max returns the largest row total.
func (t Tally) Max() int {
	m := 0
	for r := range t.Rows {
		if n := t.Total(r); n > m {
			m = n
		}
	}
	return m
}

// Sum returns the number of events counted in all rows.
func (t Tally) Sum() int {
	n := 0
	for r := range t.Rows {
		n += t.Total(r)
	}
	return n
}

// CountByAdministration tallies events by U.S. administration, one row for
// every us-president era in chronological order, empty ones included.
// Events outside every administration are left out. A dataset with no
// presidencies is tallied by its own eras instead, in the same way, and
// one with no eras at all by its categories, a row each.
func (d *Dataset) CountByAdministration(events []*Event) Tally {
	kept := d.keptFor(events)
	if kept != nil && kept.byEra != nil {
		return kept.byEra.cloned()
	}
	t := Tally{Categories: d.Categories()}
	if d.CountsByCategory() {
		t.ByCategory = true
		for _, ch := range d.CategoryList() {
			cat := d.Category(ch)
			t.addRow(cat.Label, cat.ID)
		}
	} else {
		for _, era := range d.ErasIn(d.CountingBand()) {
			t.addRow(era.Name, era.ID)
		}
	}
	rows := d.eraRows(t)
	if kept != nil && (kept.census != nil || kept.newEras) { // counted from the census
		d.keptCensus().tally(&t, rows)
		kept.byEra = &t
		return t.cloned()
	}
	for ke := range events {
		e := events[ke]
		if r := rows(e); r >= 0 {
			t.count(r, e)
		}
	}
	if kept != nil {
		kept.byEra = &t
		return t.cloned()
	}
	return t
}

// eraRows tells, for a tally by administration or era (or by category)
// made of d, the row of each event: -1 for one in none.
func (d *Dataset) eraRows(t Tally) func(*Event) int {
	if t.ByCategory {
		return func(e *Event) int {
			if r := int(e.Channel); r >= 0 && r < len(t.Rows) {
				return r
			}
			return -1
		}
	}
	band := d.CountingBand()
	spans := spansOf(d.ErasIn(band))
	// Events in time order often start on the same date as the one
	// before: its era is found once.
	last, lastRow := Date{}, -2
	return func(e *Event) int {
		if band == BandUSPresident && e.Administration != "" {
			era, ok := d.Era(e.Administration) // the event names its administration
			if !ok {
				return -1
			}
			return slices.Index(t.Keys, era.ID)
		}
		if lastRow == -2 || e.Start != last {
			last, lastRow = e.Start, spans.majority(e.Start)
		}
		return lastRow
	}
}

// eraRow is event e's row in t, a tally by era made of d; -1 for none.
func (d *Dataset) eraRow(t *Tally, e *Event) int { return d.eraRows(*t)(e) }

// CountsByCategory reports whether the second chart counts events by
// category, the dataset having no eras to count them by.
func (d *Dataset) CountsByCategory() bool {
	return len(d.ErasIn(BandUSPresident)) == 0 && len(d.ErasIn(BandGeneral)) == 0
}

// CountingBand is the band the second chart counts by: the U.S.
// presidencies when the dataset has them, else its own eras.
func (d *Dataset) CountingBand() Band {
	if len(d.ErasIn(BandUSPresident)) == 0 && len(d.ErasIn(BandGeneral)) > 0 {
		return BandGeneral
	}
	return BandUSPresident
}
