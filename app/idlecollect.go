package app

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// The collector's work done while the user pauses, not while they act.
// At 100,000 events the heap holds about 90 MB, and a collection marks it
// for some 25–35 ms on two cores; an edit made meanwhile takes two or
// three times as long (its allocations help with the marking, the
// collector takes a core from the frame's painting). Collecting once
// edits pause leaves the heap room for the next run of edits (at 100,000
// events a few hundred) before the collector starts by itself.

// idlePause is how long after an edit, with no other, the window counts
// as paused.
const idlePause = 400 * time.Millisecond

// idleCollector collects garbage once edits pause, where enough has been
// made since the last collection to be worth it. Its zero value waits
// idlePause.
type idleCollector struct {
	mu      sync.Mutex
	pause   time.Duration // idlePause where zero
	collect func() bool   // collectIfWorthIt where nil
	timer   *time.Timer
}

// noteEdit starts the wait for a pause again.
func (c *idleCollector) noteEdit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	pause := c.pause
	if pause == 0 {
		pause = idlePause
	}
	if c.timer == nil {
		collect := c.collect
		if collect == nil {
			collect = collectIfWorthIt
		}
		c.timer = time.AfterFunc(pause, func() { collect() })
		return
	}
	c.timer.Reset(pause)
}

// collectIfWorthIt collects garbage where the heap has used a quarter or
// more of the room the collector gave it over what was live at its last
// collection, and reports whether it did. It waits for the collection:
// call it off the window's goroutine.
func collectIfWorthIt() bool {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	metrics.Read(s)
	live, goal, held := s[0].Value.Uint64(), s[1].Value.Uint64(), s[2].Value.Uint64()
	if goal <= live || held < live || held-live < (goal-live)/4 {
		return false
	}
	runtime.GC()
	return true
}
