package app

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestReadingAFileLimitsMemoryUntilItIsRead: while files are read the Go
// heap has a soft limit, room fitted to the largest of them over twice
// what was live; the last read to finish restores the limit there was before, even
// when they finish in the other order.
func TestReadingAFileLimitsMemoryUntilItIsRead(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	near := func(got, want int64) bool { return got > want-16<<20 && got < want+16<<20 }
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small.json"), filepath.Join(dir, "large.json")
	if err := os.WriteFile(small, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 40<<20) // a 40 MB file: 200 MB of room
	if err := os.WriteFile(large, big, 0o644); err != nil {
		t.Fatal(err)
	}
	big = nil
	runtime.GC()
	live := liveHeap()
	liftSmall := limitMemoryWhileReading(small)
	if got := debug.SetMemoryLimit(-1); !near(got, max(loadMemoryLeast, 2*live+loadMemoryFloor)) {
		t.Errorf("reading a small file: limit %d, want the heap's %d and %d", got, live, loadMemoryFloor)
	}
	liftLarge := limitMemoryWhileReading(large)
	if got, want := debug.SetMemoryLimit(-1), max(loadMemoryLeast, 2*live+loadMemoryPerFileByte*40<<20); !near(got, want) {
		t.Errorf("reading a 40 MB file as well: limit %d, want about %d", got, want)
	}
	liftSmall()
	liftSmall() // once only
	if got := debug.SetMemoryLimit(-1); got == before {
		t.Error("the limit was lifted while a file was still being read")
	}
	liftLarge()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("after the reads the limit is %d, want %d as before", got, before)
	}
}

// TestALoadLiftsItsLimitWhenDone: a file read by StartLoading is read
// under the limit, which is lifted once it is read.
func TestALoadLiftsItsLimitWhenDone(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	release := holdLoads(t)
	l := StartLoading(filepath.Join("..", "data", "testdata", "no-such-file.json"))
	if got := debug.SetMemoryLimit(-1); got == before || got < loadMemoryLeast {
		t.Errorf("while a file is read the limit is %d, want at least %d", got, loadMemoryLeast)
	}
	release()
	<-l.done
	eventually(t, "the limit lifted", func() bool { return debug.SetMemoryLimit(-1) == before })
}

// TestTheLimitFollowsWhatIsLive: a file whose dataset grows far beyond
// what its size foretold (a million one-line events) has the limit raised
// over twice what is live, so the collector never runs without end; the
// limit there was before comes back when the read is done.
func TestTheLimitFollowsWhatIsLive(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	small := filepath.Join(t.TempDir(), "small.json")
	if err := os.WriteFile(small, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	lift := limitMemoryWhileReading(small)
	first := debug.SetMemoryLimit(-1)
	dataset := make([][]byte, 0, 200)
	for range 200 { // 200 MB made live while the file is read
		chunk := make([]byte, 1<<20)
		chunk[0] = 1
		dataset = append(dataset, chunk)
	}
	runtime.GC()
	eventually(t, "the limit raised over twice what is live", func() bool {
		return debug.SetMemoryLimit(-1) >= 2*200<<20
	})
	if got := debug.SetMemoryLimit(-1); got <= first {
		t.Errorf("the limit stayed at %d with 200 MB live", got)
	}
	runtime.KeepAlive(dataset)
	lift()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("after the read the limit is %d, want %d as before", got, before)
	}
}
