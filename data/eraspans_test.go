package data

import (
	"math/rand"
	"testing"
)

// TestMajorityLooksOnlyWhereErasCanOverlap: for random eras (overlapping,
// out of order, some starting together, some open-ended) and random dates
// of every precision, majority names the era a look at every era names:
// the first of the longest overlaps.
func TestMajorityLooksOnlyWhereErasCanOverlap(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	randomDate := func() Date {
		d := Date{Year: 1970 + int64(rng.Intn(30)), Precision: PrecisionYear + Precision(rng.Intn(3))}
		if d.Precision != PrecisionYear {
			d.Month = 1 + rng.Intn(12)
		}
		if d.Precision == PrecisionDay {
			d.Day = 1 + rng.Intn(28)
		}
		return d
	}
	for round := range 300 {
		eras := make([]Era, rng.Intn(12))
		for i := range eras {
			start := randomDate()
			if i > 0 && rng.Intn(5) == 0 {
				start = eras[rng.Intn(i)].Start // two starting together
			}
			eras[i] = Era{ID: "era", Start: start, Ongoing: rng.Intn(8) == 0}
			if !eras[i].Ongoing {
				eras[i].End = Date{Year: start.Year + int64(rng.Intn(6)), Month: 12, Day: 28, Precision: PrecisionDay}
			}
		}
		spans := spansOf(eras)
		for range 200 {
			date := randomDate()
			if got, want := spans.majority(date), majorityOfEvery(eras, date); got != want {
				t.Fatalf("round %d, %s among %+v: majority %d, a look at every era %d", round, date.ISO(), eras, got, want)
			}
		}
	}
}

// majorityOfEvery is the era in office for the greater part of date,
// found by looking at every era: the first of the longest overlaps.
func majorityOfEvery(eras []Era, date Date) int {
	best, bestOverlap := -1, 0.0
	for i, e := range eras {
		if overlap := min(date.Finish(), e.Until()) - max(date.Begin(), e.Start.Begin()); overlap > bestOverlap {
			best, bestOverlap = i, overlap
		}
	}
	return best
}
