package data

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestPositionAfterFollowsEdits makes random inserts, removals and moves
// and checks that PositionAfter puts each event where the list then holds
// it, -1 for one taken out, and back in place for one put back.
func TestPositionAfterFollowsEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 300 {
		d := &Dataset{}
		for i := range 30 {
			d.Events = append(d.Events, &Event{ID: fmt.Sprint("e", i)})
		}
		before := append([]*Event(nil), d.Events...)
		var edits []Edit
		for k := range 1 + rng.IntN(4) {
			n := len(d.Events)
			var e Edit
			switch rng.IntN(3) {
			case 0:
				ev := Event{ID: fmt.Sprint("new", k)}
				if rng.IntN(4) == 0 { // put back one taken out, as an undo does
					ev = *before[rng.IntN(len(before))]
					if d.EventIndex(ev.ID) >= 0 {
						continue
					}
				}
				e = Edit{Kind: InsertEvent, At: rng.IntN(n + 1), Event: &ev}
			case 1:
				e = Edit{Kind: RemoveEvent, At: rng.IntN(n)}
			default:
				from := rng.IntN(n)
				ev := d.Events[from]
				e = Edit{Kind: MoveEvent, From: from, At: rng.IntN(n), Event: ev}
			}
			if err := Replay(d, []Edit{e}); err != nil {
				t.Fatal(err)
			}
			edits = append(edits, e)
		}
		for at, e := range before {
			if got, want := PositionAfter(edits, at, e.ID), d.EventIndex(e.ID); got != want {
				t.Fatalf("round %d: %s, at %d before %v, found at %d, is at %d", round, e.ID, at, edits, got, want)
			}
		}
	}
}
