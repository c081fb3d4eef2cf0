package data

import (
	"math/rand"
	"testing"
)

// TestCensusWordsGiveBackStartAndCategory: a start and category packed
// in a census word unpack as they were, for years to the furthest a date
// may have, every precision, month, day and a category up to the largest
// a word holds; what does not fit is refused, to be kept whole instead.
func TestCensusWordsGiveBackStartAndCategory(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	years := []int64{-MaxYear, MaxYear, 0, -1, 1979, 2026}
	for i := range 20000 {
		year := rng.Int63n(2*MaxYear+1) - MaxYear
		if i < len(years) {
			year = years[i]
		}
		e := Event{Start: Date{Year: year, Month: rng.Intn(13), Day: rng.Intn(32), Precision: Precision(1 + rng.Intn(3))},
			Channel: Channel(rng.Intn(1 << channelBits))}
		k, ok := packedCensusKey(&e)
		if !ok {
			t.Fatalf("%+v did not fit a word", e)
		}
		if got := unpackedCensusEvent(k); got.Start != e.Start || got.Channel != e.Channel {
			t.Fatalf("%+v came back as %+v", e, got)
		}
	}
	for _, e := range []Event{
		{Start: Date{Year: 2000, Precision: PrecisionYear}, Administration: "obama"},
		{Start: Date{Year: 2000, Precision: PrecisionYear}, Channel: 1 << channelBits},
		{Start: Date{Year: 2000, Precision: PrecisionYear}, Channel: -1},
	} {
		if _, ok := packedCensusKey(&e); ok {
			t.Errorf("%+v was packed in a word", e)
		}
	}
}
