package app

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// Decoding a large file leaves garbage several times the size of the
// dataset it makes. Left alone, the collector lets the heap grow to twice
// what is live before it collects, and the memory it reached stays with
// the process while the dataset is laid out and shown. While files are
// being read, a soft limit on the Go heap has the collector take the
// garbage as it goes, and give the pages back.

// loadMemoryFloor is the least soft limit a read is given: room for the
// window, the dataset shown, and the one being read, up to 100,000 events
// or so, without the collector running all the time.
const loadMemoryFloor = 100 << 20

// loadMemoryPerFileByte is the soft limit per byte of the file being read:
// a dataset takes about twice its file's size once read.
const loadMemoryPerFileByte = 6

// loadMemory sets and lifts the soft limit around the reads under way.
var loadMemory struct {
	sync.Mutex
	reads int
	limit int64 // the limit while reading
	prev  int64 // the limit before the first read began
}

// limitMemoryWhileReading sets a soft memory limit fitted to the file at
// path until the returned function is called; reads that overlap share
// the largest of their limits, and the last to finish lifts it.
func limitMemoryWhileReading(path string) (lift func()) {
	limit := int64(loadMemoryFloor)
	if fi, err := os.Stat(path); err == nil {
		limit = max(limit, loadMemoryPerFileByte*fi.Size())
	}
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
