//go:build !js

package files

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A save clears away the temporary files that earlier saves of the same
// file left when cut short, once they have been left alone a while; a
// fresh one (a save under way elsewhere) and other files are kept.
func TestASaveClearsWhatSavesCutShortLeft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "course.json")
	files := map[string]bool{ // whether it should be there after the save
		".course.json.tmp123":  false,
		".course.json.tmp456":  true, // fresh
		".other.json.tmp789":   true,
		"course.json.tmp":      true,
		".course.json.tmp-dir": true, // a folder, never removed
	}
	old := time.Now().Add(-time.Hour)
	for name := range files {
		p := filepath.Join(dir, name)
		if name == ".course.json.tmp-dir" {
			os.Mkdir(p, 0o755)
		} else {
			os.WriteFile(p, []byte("half"), 0o644)
		}
		if name != ".course.json.tmp456" {
			os.Chtimes(p, old, old)
		}
	}
	err := WriteAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, `{"events":[]}`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, kept := range files {
		if _, err := os.Stat(filepath.Join(dir, name)); (err == nil) != kept {
			t.Errorf("%s: there %v, want %v", name, err == nil, kept)
		}
	}
	if got, _ := os.ReadFile(path); string(got) != `{"events":[]}` {
		t.Errorf("the saved file holds %q", got)
	}
}
