package app

import (
	"backchannel/internal/files"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Decoding a large file leaves garbage several times the size of the
// dataset it makes. Left alone, the collector lets the heap grow to twice
// what is live before it collects, and the memory it reached stays with
// the process while the dataset is laid out and shown. While files are
// being read, a soft limit on the Go heap has the collector take the
// garbage as it goes, and give the pages back.

// loadMemoryFloor is the least room a read is given over the heap the
// collector would let grow anyway (twice what was live when the read
// began): a small file never keeps the collector busier than usual.
const loadMemoryFloor = 32 << 20

// loadMemoryLeast is the least limit there is: room for the window being
// made while the first file is read, before anything has been collected
// and the heap's size is known.
const loadMemoryLeast = 100 << 20

// loadMemoryPerFileByte is the room a read is given per byte of its file:
// the file's text and the dataset read from it, about twice its size,
// take three times the file, which leaves as much again for garbage.
const loadMemoryPerFileByte = 5

// loadMemory sets and lifts the soft limit around the reads under way.
var loadMemory struct {
	sync.Mutex
	reads int
	limit int64         // the limit while reading
	prev  int64         // the limit before the first read began
	room  int64         // the most room a read under way was given
	stop  chan struct{} // stops the watch over the live heap
}

// loadMemoryWatch is how often, while files are read, the limit is
// checked against what the heap holds live.
const loadMemoryWatch = 50 * time.Millisecond

// limitMemoryWhileReading sets a soft memory limit fitted to the file at
// path, over twice the live heap, until the returned function is called;
// reads that overlap share the largest of their limits, and the last to
// finish lifts it.
func limitMemoryWhileReading(path string) (lift func()) {
	room := int64(loadMemoryFloor)
	if size, _, err := files.Stat(path); err == nil {
		room = max(room, loadMemoryPerFileByte*size)
	}
	m := &loadMemory
	m.Lock()
	defer m.Unlock()
	if m.reads == 0 {
		m.prev, m.limit, m.room = debug.SetMemoryLimit(-1), 0, 0
		m.stop = make(chan struct{})
		go watchLiveHeap(m.stop)
	}
	m.reads++
	m.room = max(m.room, room)
	raiseLoadLimit(max(loadMemoryLeast, 2*liveHeap()+room))
	var once sync.Once
	return func() {
		once.Do(func() {
			m.Lock()
			defer m.Unlock()
			if m.reads--; m.reads == 0 {
				close(m.stop)
				debug.SetMemoryLimit(m.prev)
			}
		})
	}
}

// raiseLoadLimit raises the limit while reading to limit, never above the
// limit there was before; the caller holds loadMemory's lock.
func raiseLoadLimit(limit int64) {
	m := &loadMemory
	if limit > m.limit && (m.prev == math.MaxInt64 || limit < m.prev) {
		m.limit = limit
		debug.SetMemoryLimit(limit)
	}
}

// watchLiveHeap keeps the limit over twice what the heap holds live, with
// the reads' room, until stop is closed. A file of many small events makes
// a dataset far larger than its size foretold; a limit below what is live
// would have the collector run without end, reading several times slower.
func watchLiveHeap(stop chan struct{}) {
	tick := time.NewTicker(loadMemoryWatch)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			m := &loadMemory
			m.Lock()
			if m.reads > 0 {
				raiseLoadLimit(2*liveHeap() + m.room)
			}
			m.Unlock()
		}
	}
}

// liveHeap is what the heap held after the last collection, in bytes.
func liveHeap() int64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(sample[0].Value.Uint64())
}
