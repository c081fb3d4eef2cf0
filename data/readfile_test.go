//go:build !js

package data

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReadFileReadsWhatOSReadFileReads: small and large files (the large
// ones read into memory advised onto huge pages) come back byte for byte,
// and a missing file is an error that names it.
func TestReadFileReadsWhatOSReadFileReads(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 513, largeRead - 1, largeRead + 4097, 3 * largeRead} {
		raw := make([]byte, size)
		for i := range raw {
			raw[i] = byte(i*7 + i/4096)
		}
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(path)
		if err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%d bytes: read %d bytes, %v; want them all as written", size, len(got), err)
		}
	}
	if _, err := readFile(filepath.Join(dir, "missing.json")); err == nil || !bytes.Contains([]byte(err.Error()), []byte("missing.json")) {
		t.Errorf("a missing file: %v, want an error naming it", err)
	}
}
