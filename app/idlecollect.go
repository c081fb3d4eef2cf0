package app

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// The collector's work done while the user pauses, not while they act.
// At 100,000 events the heap holds about 135 MB (its text in large
// blocks: some 130,000 objects), and a collection marks it for some
// 15–30 ms on two cores; an edit made meanwhile takes two or three times
// as long (its allocations help with the marking). Collecting
// once edits pause leaves the heap room for the next run of edits (at
// 100,000 events a few hundred) before the collector starts by itself;
// and where the heap nears its limit all the same (keys held down), a
// collection is started right after a frame, to mark while the window
// waits for the next key, not in the middle of the next edit.

// idlePause is how long after an edit, with no other, the window counts
// as paused.
const idlePause = 400 * time.Millisecond

// Shares of the heap's room used from which a collection is worth it:
// once edits pause, and right after a frame.
const (
	worthWhenPaused     = 0.25
	worthAfterEachFrame = 0.5
)

// idleCollector collects garbage once edits pause, or after a frame,
// where enough has been made since the last collection to be worth it.
// Its zero value waits idlePause.
type idleCollector struct {
	mu      sync.Mutex
	pause   time.Duration // idlePause where zero
	collect func() bool   // collectIfWorthIt where nil
	timer   *time.Timer
	running atomic.Bool // a collection started after a frame is under way
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

// afterFrame starts a collection, off the painter's goroutine, where the
// heap has used worthAfterEachFrame of its room and none is under way.
func (c *idleCollector) afterFrame() {
	if c.running.Load() || heapRoomUsed() < worthAfterEachFrame {
		return
	}
	c.running.Store(true)
	go func() {
		runtime.GC()
		c.running.Store(false)
	}()
}

// collectIfWorthIt collects garbage where the heap has used
// worthWhenPaused or more of its room, and reports whether it did. It
// waits for the collection: call it off the window's goroutine.
func collectIfWorthIt() bool {
	if heapRoomUsed() < worthWhenPaused {
		return false
	}
	runtime.GC()
	return true
}

// heapRoomUsed is the share of the room the collector gave the heap over
// what was live at its last collection that is used now: 1 where the
// collector is about to start by itself.
func heapRoomUsed() float64 {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	metrics.Read(s)
	live, goal, held := s[0].Value.Uint64(), s[1].Value.Uint64(), s[2].Value.Uint64()
	if goal <= live || held <= live {
		return 0
	}
	return float64(held-live) / float64(goal-live)
}
