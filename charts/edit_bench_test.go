package charts

import (
	"testing"

	"backchannel/data"
)

// BenchmarkEditAt100000 times an edit of one event's date among 100,000
// as the window makes it: the change put in the dataset, in its place in
// time, then the timeline's index made again and the first chart tallied.
func BenchmarkEditAt100000(b *testing.B) {
	ds := &data.Dataset{Title: "Large", Sources: map[string]data.Source{"s": {Title: "S"}}, Events: frameEvents(100000)}
	data.SortEvents(ds.Events)
	var h data.History
	i := 0
	for b.Loop() {
		e := ds.Events[i%len(ds.Events)]
		e.Start.Year = 1975 + int64(i%50)
		h.Do(ds, data.PutEvent(ds, e, e.ID))
		ix := NewTimelineIndex(ds.Events)
		_ = ds.CountByPeriod(ix.Events)
		i += 7919
	}
}
