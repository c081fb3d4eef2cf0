package data

import (
	"cmp"
	"math"
	"slices"
)

// eraSpans is a band's eras as instants, their starts and ends, in order
// of their starts, for finding the era of many dates without working out
// the eras' dates again for each, nor going through every era: at 100,000
// events that is most of a tally's time.
type eraSpans struct {
	begin, until []float64 // each era's, in order of begin
	index        []int     // each one's place among the eras as given
	reach        []float64 // the latest until of the eras up to each
}

// spansOf is eras as instants.
func spansOf(eras []Era) eraSpans {
	begins := make([]float64, len(eras))
	order := make([]int, len(eras))
	for i := range eras {
		begins[i], order[i] = eras[i].Start.Begin(), i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(begins[a], begins[b]) })
	s := eraSpans{begin: make([]float64, len(eras)), until: make([]float64, len(eras)),
		index: order, reach: make([]float64, len(eras))}
	latest := math.Inf(-1)
	for k, i := range order {
		s.begin[k], s.until[k] = begins[i], eras[i].Until()
		latest = max(latest, s.until[k])
		s.reach[k] = latest
	}
	return s
}

// majority is the index (among the eras as given) of the era in office
// for the greater part of date read as a period, the first of those
// equally long; -1 when none overlaps it. Only the eras that can overlap
// it are looked at: from the first whose run reaches past its beginning
// (found by halving) to the last that begins before its end.
func (s eraSpans) majority(date Date) int {
	lo, hi := date.Begin(), date.Finish()
	first, last := 0, len(s.reach)
	for first < last {
		if m := int(uint(first+last) >> 1); s.reach[m] > lo {
			last = m
		} else {
			first = m + 1
		}
	}
	best, bestOverlap := -1, 0.0
	for k := first; k < len(s.begin) && s.begin[k] < hi; k++ {
		overlap := min(hi, s.until[k]) - max(lo, s.begin[k])
		if overlap > bestOverlap || overlap == bestOverlap && best >= 0 && s.index[k] < best {
			best, bestOverlap = s.index[k], overlap
		}
	}
	return best
}
