package files

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestStateTellsAFileChanged: a file not there is absent (not an error);
// written, it is no longer the same; unchanged, it is; written again with
// another time, it is not.
func TestStateTellsAFileChanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tours.json")
	none, err := StateOf(path)
	if err != nil || !none.Absent {
		t.Fatalf("a file not there: %+v, %v", none, err)
	}
	if err := os.WriteFile(path, []byte("[]"), 0o644); err != nil {
		t.Fatal(err)
	}
	written, err := StateOf(path)
	if err != nil || written.Absent || written.Same(none) || written.Size != 2 {
		t.Fatalf("written: %+v, %v", written, err)
	}
	if again, _ := StateOf(path); !again.Same(written) {
		t.Errorf("unchanged, the state changed: %+v, %+v", again, written)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if touched, _ := StateOf(path); touched.Same(written) {
		t.Errorf("another time, the same state: %+v", touched)
	}
}
