//go:build !js

package files

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// A save cut short (the program killed, the machine off) leaves its
// temporary file beside the one it was saving, whole or not, the saved
// file itself untouched. The next save of that file clears such files
// away once nothing has written to them for staleAfter: a save under way
// in another window writes to its own all the while.

// staleAfter is how long a temporary file has been left alone before it
// is taken to be one a save cut short left.
const staleAfter = 10 * time.Minute

// clearStaleTemporaries removes, from dir, the temporary files that
// WriteAtomic made for the file called name and that have been left alone
// since before now less staleAfter. What cannot be removed is left.
func clearStaleTemporaries(dir, name string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + name + ".tmp"
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
