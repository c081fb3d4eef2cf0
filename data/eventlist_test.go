package data

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"unsafe"
)

// TestEventsOutOfOrderAreGatheredInTheirOrder: events read out of time
// order are sorted and copied side by side in memory in their new order,
// each as it was; events read in order are left where they are.
func TestEventsOutOfOrderAreGatheredInTheirOrder(t *testing.T) {
	var events []*Event
	for i := range 50 {
		events = append(events, &Event{ID: fmt.Sprint("e", i), Title: fmt.Sprint("T", i), Start: Date{Year: int64(2000 - i), Precision: PrecisionYear}})
	}
	read := slices.Clone(events)
	sortGathered(events)
	for k := range events {
		if want := read[len(read)-1-k]; !reflect.DeepEqual(*events[k], *want) {
			t.Fatalf("place %d holds %+v, want %+v", k, *events[k], *want)
		}
		if events[k] == read[len(read)-1-k] {
			t.Fatalf("event %s was not copied", events[k].ID)
		}
		if k > 0 && uintptr(unsafe.Pointer(events[k]))-uintptr(unsafe.Pointer(events[k-1])) != unsafe.Sizeof(Event{}) {
			t.Fatalf("events %d and %d do not lie side by side", k-1, k)
		}
	}
	before := slices.Clone(events)
	sortGathered(events)
	if !slices.Equal(before, events) {
		t.Error("events already in order were moved or copied")
	}
}
