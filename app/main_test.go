package app

import (
	"os"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
)

// TestMain gives each test app a folder of its own for its tours: Fyne's
// test apps share the system's temporary folder as their storage.
func TestMain(m *testing.M) {
	var mu sync.Mutex
	dirs := map[fyne.App]string{}
	var made []string
	toursDir = func(a fyne.App) string {
		mu.Lock()
		defer mu.Unlock()
		if dir, ok := dirs[a]; ok {
			return dir
		}
		dir, err := os.MkdirTemp("", "backchannel-tours-")
		if err != nil {
			panic(err)
		}
		dirs[a], made = dir, append(made, dir)
		return dir
	}
	code := m.Run()
	for _, dir := range made {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
