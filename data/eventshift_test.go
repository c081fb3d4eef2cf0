package data

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// TestEditsMoveTheShorterSide inserts and removes events at random
// places, the list kept with spare room at the end as a loaded one is,
// and checks it against a plain list after every step: the same events
// in the same order, the room before the list used by edits in its first
// half, and the slot an event left emptied.
func TestEditsMoveTheShorterSide(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	d := &Dataset{Events: make([]Event, 0, 600)}
	var plain []Event
	for i := range 400 {
		e := Event{ID: fmt.Sprint("e", i)}
		d.Events = append(d.Events, e)
		plain = append(plain, e)
	}
	usedFront := 0
	for step := range 5000 {
		n := len(plain)
		if rng.IntN(2) == 0 && n > 0 {
			i := rng.IntN(n)
			at := unsafeFirst(d)
			d.removeEventAt(i)
			plain = slices.Delete(plain, i, i+1)
			if i < n/2 && unsafeFirst(d) == at {
				t.Fatalf("step %d: removing %d of %d moved the end of the list, not its start", step, i, n)
			}
		} else {
			i := rng.IntN(n + 1)
			if i < n/2 && d.freeFront() > 0 {
				usedFront++
			}
			e := Event{ID: fmt.Sprint("n", step)}
			d.insertEventAt(i, e)
			plain = slices.Insert(plain, i, e)
		}
		if !slices.EqualFunc(d.Events, plain, func(a, b Event) bool { return a.ID == b.ID }) {
			t.Fatalf("step %d: the list differs from the plain one", step)
		}
		emptied := d.Events[len(d.Events):cap(d.Events)]
		if f := d.freeFront(); f > 0 {
			emptied = append(slices.Clip(unsafe.Slice((*Event)(d.room.base), f)), emptied...)
		}
		for _, e := range emptied {
			if e.ID != "" {
				t.Fatalf("step %d: %q is still held outside the list", step, e.ID)
			}
		}
	}
	if usedFront == 0 {
		t.Fatal("no insertion used the room before the list")
	}
	d.Events = slices.Clone(d.Events) // set anew: no room is claimed in the new list
	if d.freeFront() != 0 {
		t.Errorf("a new list is said to have %d free before it", d.freeFront())
	}
}

// unsafeFirst is the first event's place in memory.
func unsafeFirst(d *Dataset) *Event {
	if len(d.Events) == 0 {
		return nil
	}
	return &d.Events[0]
}

// TestEventIndexNearFindsFromAnyStart finds each of the record's events
// from the start, the end, its place and places either side, as
// EventIndex does, and no event for an id not there.
func TestEventIndexNearFindsFromAnyStart(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	n := len(ds.Events)
	for i, e := range ds.Events {
		for _, near := range []int{-1, 0, n - 1, n + 3, i, i - 5, i + 7} {
			if got := ds.EventIndexNear(e.ID, near); got != i || got != ds.EventIndex(e.ID) {
				t.Fatalf("%s at %d found at %d from %d", e.ID, i, got, near)
			}
		}
	}
	if got := ds.EventIndexNear("none-such", n/2); got != -1 {
		t.Errorf("a missing id found at %d", got)
	}
}
