package charts

import (
	"testing"

	"backchannel/data"
)

// TestIndexNearFindsEveryEventFromAnyStart looks for each of the record's
// events from the start, the end, where it is and a few steps either side,
// and for an id that is not there.
func TestIndexNearFindsEveryEventFromAnyStart(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ix := NewTimelineIndex(ds.Events)
	n := len(ix.Events)
	for i, e := range ix.Events {
		for _, near := range []int{-1, 0, n - 1, n + 5, i, i - 3, i + 2} {
			if got := ix.IndexNear(e.ID, near); got != i {
				t.Fatalf("event %q at %d: found at %d from %d", e.ID, i, got, near)
			}
		}
	}
	if got := ix.IndexNear("not-an-event", n/2); got != -1 {
		t.Errorf("a missing id found at %d", got)
	}
	if got := NewTimelineIndex(nil).IndexNear("x", -1); got != -1 {
		t.Errorf("an empty index found %d", got)
	}
}
