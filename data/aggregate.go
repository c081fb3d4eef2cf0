package data

// Tally counts events by row (a decade or an administration) and channel.
// It is what the charts draw and the CSV export writes.
type Tally struct {
	Rows       []string   // row labels, in display order
	Counts     [][]int    // Counts[row][category]
	Keys       []string   // a stable key per row: the decade's first year or the era id
	Categories []Category // the columns, in order
}

// addRow appends an empty row.
func (t *Tally) addRow(label, key string) {
	t.Rows = append(t.Rows, label)
	t.Keys = append(t.Keys, key)
	t.Counts = append(t.Counts, make([]int, len(t.Categories)))
}

// count adds event e to row r when its category is one of the tally's.
func (t *Tally) count(r int, e Event) {
	if e.Channel >= 0 && int(e.Channel) < len(t.Categories) {
		t.Counts[r][e.Channel]++
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

// CountByDecade tallies events by the decade of their start year, one row
// for every decade from the first event's to the last event's, empty ones
// included so the axis reads as time, one column per category of d.
func (d *Dataset) CountByDecade(events []Event) Tally {
	t := Tally{Categories: d.Categories()}
	if len(events) == 0 {
		return t
	}
	first, last := DecadeOf(events[0]), DecadeOf(events[0])
	for _, e := range events {
		d := DecadeOf(e)
		first, last = min(first, d), max(last, d)
	}
	if last-first > 100000 || last < first {
		// A deep-time dataset: keep only the decades that have events.
		return countSparseDecades(t, events)
	}
	for dec := first; dec <= last; dec += 10 {
		t.addRow(DecadeLabel(dec), DecadeLabel(dec))
	}
	for _, e := range events {
		t.count(int((DecadeOf(e)-first)/10), e)
	}
	return t
}

func countSparseDecades(t Tally, events []Event) Tally {
	index := map[int64]int{}
	for _, e := range events {
		dec := DecadeOf(e)
		r, ok := index[dec]
		if !ok {
			r = len(t.Rows)
			index[dec] = r
			t.addRow(DecadeLabel(dec), DecadeLabel(dec))
		}
		t.count(r, e)
	}
	return t
}

// CountByAdministration tallies events by U.S. administration, one row for
// every us-president era in chronological order, empty ones included.
// Events outside every administration are left out. A dataset with no
// presidencies is tallied by its own eras instead, in the same way.
func (d *Dataset) CountByAdministration(events []Event) Tally {
	t := Tally{Categories: d.Categories()}
	band := d.CountingBand()
	eras := d.ErasIn(band)
	index := map[string]int{}
	for i, era := range eras {
		t.addRow(era.Name, era.ID)
		index[era.ID] = i
	}
	for _, e := range events {
		era, ok := majorityEra(eras, e.Start)
		if band == BandUSPresident && e.Administration != "" {
			era, ok = d.Era(e.Administration) // the event names its administration
		}
		if ok {
			if r, ok := index[era.ID]; ok {
				t.count(r, e)
			}
		}
	}
	return t
}

// CountingBand is the band the second chart counts by: the U.S.
// presidencies when the dataset has them, else its own eras.
func (d *Dataset) CountingBand() Band {
	if len(d.ErasIn(BandUSPresident)) == 0 && len(d.ErasIn(BandGeneral)) > 0 {
		return BandGeneral
	}
	return BandUSPresident
}
