package data

// Tally counts events by row (a decade or an administration) and channel.
// It is what the charts draw and the CSV export writes.
type Tally struct {
	Rows   []string           // row labels, in display order
	Counts [][NumChannels]int // Counts[row][channel]
	Keys   []string           // a stable key per row: the decade's first year or the era id
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
// included so the axis reads as time.
func CountByDecade(events []Event) Tally {
	var t Tally
	if len(events) == 0 {
		return t
	}
	first, last := DecadeOf(events[0]), DecadeOf(events[0])
	for _, e := range events {
		d := DecadeOf(e)
		first, last = min(first, d), max(last, d)
	}
	if (last-first)/10 > 10000 {
		// A deep-time dataset: keep only the decades that have events.
		return countSparseDecades(events)
	}
	n := int((last-first)/10) + 1
	t.Rows = make([]string, n)
	t.Keys = make([]string, n)
	t.Counts = make([][NumChannels]int, n)
	for i := range n {
		d := first + int64(i)*10
		t.Rows[i] = DecadeLabel(d)
		t.Keys[i] = DecadeLabel(d)
	}
	for _, e := range events {
		if e.Channel.Valid() {
			t.Counts[(DecadeOf(e)-first)/10][e.Channel]++
		}
	}
	return t
}

func countSparseDecades(events []Event) Tally {
	var t Tally
	index := map[int64]int{}
	for _, e := range events {
		d := DecadeOf(e)
		r, ok := index[d]
		if !ok {
			r = len(t.Rows)
			index[d] = r
			t.Rows = append(t.Rows, DecadeLabel(d))
			t.Keys = append(t.Keys, DecadeLabel(d))
			t.Counts = append(t.Counts, [NumChannels]int{})
		}
		if e.Channel.Valid() {
			t.Counts[r][e.Channel]++
		}
	}
	return t
}

// CountByAdministration tallies events by U.S. administration, one row for
// every us-president era in chronological order, empty ones included.
// Events outside every administration are left out.
func (d *Dataset) CountByAdministration(events []Event) Tally {
	eras := d.ErasIn(BandUSPresident)
	t := Tally{
		Rows:   make([]string, len(eras)),
		Keys:   make([]string, len(eras)),
		Counts: make([][NumChannels]int, len(eras)),
	}
	index := map[string]int{}
	for i, era := range eras {
		t.Rows[i] = era.Name
		t.Keys[i] = era.ID
		index[era.ID] = i
	}
	for _, e := range events {
		era, ok := d.AdministrationOf(e)
		if !ok || !e.Channel.Valid() {
			continue
		}
		if r, ok := index[era.ID]; ok {
			t.Counts[r][e.Channel]++
		}
	}
	return t
}
