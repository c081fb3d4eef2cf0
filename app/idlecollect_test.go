package app

import (
	"runtime"
	"runtime/metrics"
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

// TestEditsThatPauseAreFollowedByACollection: edits made and then a
// pause (here 50 ms), and the garbage they left is collected, without
// waiting for the heap to fill; while edits go on, none is.
func TestEditsThatPauseAreFollowedByACollection(t *testing.T) {
	c := &idleCollector{pause: 50 * time.Millisecond}
	makeGarbage(0.5)
	before := gcCycles()
	c.noteEdit()
	for deadline := time.Now().Add(5 * time.Second); gcCycles() == before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no collection 5 s after the edits paused")
		}
	}
	c.pause = time.Hour
	makeGarbage(0.5)
	before = gcCycles()
	c.noteEdit() // the wait starts again: no pause yet
	time.Sleep(100 * time.Millisecond)
	if gcCycles() != before {
		t.Error("a collection made while edits had not paused")
	}
}
