package app

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"
)

// garbageSink keeps the compiler from leaving out the garbage made.
var garbageSink []byte

// makeGarbage allocates, and lets go of, share of the room the collector
// gave the heap at its last collection (run first, here).
func makeGarbage(share float64) {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	room := float64(s[1].Value.Uint64() - s[0].Value.Uint64())
	for made := 0; float64(made) < share*room; made += 64 << 10 {
		garbageSink = make([]byte, 64<<10)
	}
	garbageSink = nil
}

func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestACollectionIsMadeOnlyWhenWorthIt: with half the heap's room used
// since the last collection, a collection is made; right after it, with
// nothing made since, none is.
func TestACollectionIsMadeOnlyWhenWorthIt(t *testing.T) {
	makeGarbage(0.5)
	before := gcCycles()
	if !collectIfWorthIt() || gcCycles() == before {
		t.Fatal("half the heap's room used, and no collection made")
	}
	if collectIfWorthIt() {
		t.Error("a collection made again with nothing made since the last")
	}
}

// TestEditsThatPauseAreFollowedByACollection: while edits follow one
// another (ten, 10 ms apart) nothing is collected; once they pause (here
// for a second), the collection is made, once.
func TestEditsThatPauseAreFollowedByACollection(t *testing.T) {
	var made atomic.Int32
	c := &idleCollector{pause: time.Second, collect: func() bool { made.Add(1); return true }}
	for range 10 {
		c.noteEdit()
		time.Sleep(10 * time.Millisecond)
	}
	if n := made.Load(); n != 0 {
		t.Fatalf("%d collections made while edits followed one another", n)
	}
	for deadline := time.Now().Add(10 * time.Second); made.Load() == 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no collection 10 s after the edits paused")
		}
	}
	time.Sleep(100 * time.Millisecond)
	if n := made.Load(); n != 1 {
		t.Errorf("%d collections after one pause, want 1", n)
	}
}

// TestAFrameStartsACollectionWhenTheHeapNearsItsLimit: after a frame,
// with most of the heap's room used, a collection is started (and is
// over before long); with little of it used, none is.
func TestAFrameStartsACollectionWhenTheHeapNearsItsLimit(t *testing.T) {
	var c idleCollector
	makeGarbage(0.1)
	if used := heapRoomUsed(); used < worthAfterEachFrame {
		if c.afterFrame(); c.running.Load() {
			t.Errorf("a collection started after a frame with %.0f%% of the heap's room used", 100*used)
		}
	}
	makeGarbage(0.62) // over worthAfterEachFrame, short of where the collector starts by itself
	before := gcCycles()
	c.afterFrame()
	if !c.running.Load() && gcCycles() == before {
		t.Fatalf("no collection started after a frame with %.0f%% of the heap's room used", 100*heapRoomUsed())
	}
	for deadline := time.Now().Add(10 * time.Second); c.running.Load(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the collection started after a frame did not end within 10 s")
		}
	}
	if gcCycles() == before {
		t.Error("the collection started after a frame made no cycle")
	}
}
