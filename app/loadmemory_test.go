package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// TestReadingAFileLimitsMemoryUntilItIsRead: while files are read the Go
// heap has a soft limit fitted to the largest of them; the last read to
// finish restores the limit there was before, even when they finish in
// the other order.
func TestReadingAFileLimitsMemoryUntilItIsRead(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small.json"), filepath.Join(dir, "large.json")
	if err := os.WriteFile(small, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 40<<20) // a 40 MB file: a limit of 240 MB
	if err := os.WriteFile(large, big, 0o644); err != nil {
		t.Fatal(err)
	}
	liftSmall := limitMemoryWhileReading(small)
	if got := debug.SetMemoryLimit(-1); got != loadMemoryFloor {
		t.Errorf("reading a small file: limit %d, want %d", got, loadMemoryFloor)
	}
	liftLarge := limitMemoryWhileReading(large)
	if got, want := debug.SetMemoryLimit(-1), int64(loadMemoryPerFileByte*len(big)); got != want {
		t.Errorf("reading a 40 MB file as well: limit %d, want %d", got, want)
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
	if got := debug.SetMemoryLimit(-1); got != loadMemoryFloor {
		t.Errorf("while a file is read the limit is %d, want %d", got, loadMemoryFloor)
	}
	release()
	<-l.done
	eventually(t, "the limit lifted", func() bool { return debug.SetMemoryLimit(-1) == before })
}
