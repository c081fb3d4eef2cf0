package data

import (
	"slices"
	"unsafe"
)

// An edit puts an event into the list or takes one out in place, which
// moves every event on one side of it: at 100,000 events of 360 bytes,
// up to 36 MB, and while the collector runs it looks at each pointer
// moved, which makes such a move several times slower. So an edit in the
// first half of the list moves the events before it, into room kept
// before the list's start, and one in the second half those after it:
// never more than half the list.

// roomBefore is the free room before a dataset's events in the array
// that holds them: base is the array's start, front how many events fit
// between it and the first event.
type roomBefore struct {
	base  unsafe.Pointer
	front int
}

// eventSize is how many bytes one event takes in the list.
const eventSize = unsafe.Sizeof(Event{})

// freeFront is how many events fit before the first one, where the list
// is still the one the room was noted for (anything that sets Events
// anew leaves none).
func (d *Dataset) freeFront() int {
	if d.room.base == nil || cap(d.Events) == 0 {
		return 0
	}
	if unsafe.Pointer(unsafe.SliceData(d.Events)) != unsafe.Add(d.room.base, uintptr(d.room.front)*eventSize) {
		return 0
	}
	return d.room.front
}

// removeEventAt takes the event at i out of the list, moving the shorter
// side of the list over it.
func (d *Dataset) removeEventAt(i int) {
	n := len(d.Events)
	if i >= n/2 {
		copy(d.Events[i:], d.Events[i+1:])
		d.Events[n-1] = Event{} // let go of what it held
		d.Events = d.Events[:n-1]
		return
	}
	if d.freeFront() == 0 {
		d.room = roomBefore{base: unsafe.Pointer(unsafe.SliceData(d.Events))}
	}
	copy(d.Events[1:i+1], d.Events[:i])
	d.Events[0] = Event{}
	d.Events = d.Events[1:]
	d.room.front++
}

// insertEventAt puts e into the list at i, moving the shorter side of
// the list where there is room on that side.
func (d *Dataset) insertEventAt(i int, e Event) {
	n := len(d.Events)
	if i >= n/2 || d.freeFront() == 0 {
		d.Events = slices.Insert(d.Events, i, e)
		return
	}
	first := (*Event)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(d.Events)), -int(eventSize)))
	grown := unsafe.Slice(first, cap(d.Events)+1)[:n+1]
	copy(grown[:i], grown[1:i+1])
	grown[i] = e
	d.Events = grown
	d.room.front--
}
