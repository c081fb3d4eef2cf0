package charts

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"

	"backchannel/data"
)

// TestAnIndexFollowsEdits: through 500 random adds, edits, moves,
// deletions, undos and redos of 3,000 events, the index kept up to date
// by Edited holds what an index made afresh holds (the order, the starts,
// the spans and their ends, the first and last instants), keeps the label
// widths it measured, and an index of events that follow others is made
// again.
func TestAnIndexFollowsEdits(t *testing.T) {
	ds := &data.Dataset{Title: "T", Sources: map[string]data.Source{}, Events: frameEvents(3000)}
	data.SortEvents(ds.Events)
	ix := NewTimelineIndex(ds.Events)
	var h data.History
	rng := rand.New(rand.NewSource(3))
	for step := range 500 {
		before := len(h.Log())
		switch k := rng.Intn(10); {
		case k == 0:
			h.Undo(ds)
		case k == 1:
			h.Redo(ds)
		case k < 4:
			i := rng.Intn(len(ds.Events))
			if k == 2 {
				i = len(ds.Events) - 1 - rng.Intn(3) // among those that end last
			}
			c, _ := data.DeleteEvent(ds, ds.Events[i].ID)
			h.Do(ds, c)
		default:
			e := *ds.Events[rng.Intn(len(ds.Events))]
			replacing := e.ID
			if k < 6 {
				e.ID, replacing = fmt.Sprintf("n%d", step), ""
			}
			e.Start = data.DateAt(1970 + rng.Float64()*60)
			e.End = data.Date{}
			if rng.Intn(3) == 0 {
				e.End = data.DateAt(e.Start.Begin() + rng.Float64()*3)
			}
			h.Do(ds, data.PutEvent(ds, e, replacing))
		}
		measured := ix.labelWidth(0, 12)
		ix = ix.Edited(ds.Events, h.Log()[before:])
		fresh := NewTimelineIndex(ds.Events)
		if !reflect.DeepEqual(ix.starts, fresh.starts) || !reflect.DeepEqual(ix.spans, fresh.spans) || !reflect.DeepEqual(ix.ends, fresh.ends) ||
			ix.lo != fresh.lo || ix.hi != fresh.hi || len(ix.Events) != len(fresh.Events) || len(ix.widths) != len(ix.Events) || !reflect.DeepEqual(ix.finishes, fresh.finishes) {
			t.Fatalf("step %d: the index kept differs from one made afresh (lo %v/%v, hi %v/%v)", step, ix.lo, fresh.lo, ix.hi, fresh.hi)
		}
		if w := ix.widths[0]; w >= 0 && float64(w) != measured && ix.Events[0].Title == fresh.Events[0].Title {
			t.Fatalf("step %d: a width measured was lost", step)
		}
	}
	ds.Events[10].After = ds.Events[9].ID
	if again := NewTimelineIndex(ds.Events); again.Edited(ds.Events, nil) == again {
		t.Error("an index of events that follow others was kept, not made again")
	}
}
