package app

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
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
	limit int64 // the limit while reading
	prev  int64 // the limit before the first read began
}

// limitMemoryWhileReading sets a soft memory limit fitted to the file at
// path, over twice the live heap, until the returned function is called;
// reads that overlap share the largest of their limits, and the last to
// finish lifts it.
func limitMemoryWhileReading(path string) (lift func()) {
	room := int64(loadMemoryFloor)
	if fi, err := os.Stat(path); err == nil {
		room = max(room, loadMemoryPerFileByte*fi.Size())
	}
	limit := max(loadMemoryLeast, 2*liveHeap()+room)
	m := &loadMemory
	m.Lock()
	defer m.Unlock()
	if m.reads == 0 {
		m.prev, m.limit = debug.SetMemoryLimit(-1), 0
	}
	m.reads++
	if limit > m.limit && (m.prev == math.MaxInt64 || limit < m.prev) {
		m.limit = limit
		debug.SetMemoryLimit(limit)
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			m.Lock()
			defer m.Unlock()
			if m.reads--; m.reads == 0 {
				debug.SetMemoryLimit(m.prev)
			}
		})
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
