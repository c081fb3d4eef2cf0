package charts

import (
	"testing"

	"backchannel/data"
)

// BenchmarkEditAt100000 times an edit of one event's date among 100,000
// as the window makes it: the change made in the dataset's list in place,
// the timeline's index following it, and both charts tallied from the
// counts the dataset keeps.
func BenchmarkEditAt100000(b *testing.B) {
	ds := &data.Dataset{Title: "Large", Sources: map[string]data.Source{"s": {Title: "S"}}, Events: frameEvents(100000)}
	data.SortEvents(ds.Events)
	ix := NewTimelineIndex(ds.Events)
	ds.CountByPeriod(ds.Events)
	ds.CountByAdministration(ds.Events)
	var h data.History
	i := 0
	for b.Loop() {
		e := *ds.Events[i%len(ds.Events)]
		e.Start = data.DateAt(1975 + float64(i%50) + 0.5)
		from := len(h.Log())
		h.Do(ds, data.PutEvent(ds, e, e.ID))
		ix = ix.Edited(ds.Events, h.Log()[from:])
		_ = ds.CountByPeriod(ix.Events)
		_ = ds.CountByAdministration(ix.Events)
		i += 7919
	}
}
