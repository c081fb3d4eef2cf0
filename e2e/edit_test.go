//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"backchannel/data"
)

// TestEditSaveUndoAndRecoverInTheRealWindow, on a copy of the record as
// Backchannel JSON opened with -data: → selects the first event, Delete
// and Ctrl+S leave the file one event short; Ctrl+Z and Ctrl+S make it
// whole again; Delete, then the process is killed two seconds later;
// started again on the file, Enter recovers the edit and Ctrl+S saves
// it. Every file saved passes validate.
func TestEditSaveUndoAndRecoverInTheRealWindow(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	n := len(ds.Events)
	path := filepath.Join(t.TempDir(), "record.json")
	f, _ := os.Create(path)
	if err := data.WriteDatasetJSON(f, ds); err != nil {
		t.Fatal(err)
	}
	f.Close()
	d := startXvfb(t, 1600, 900)
	home := t.TempDir()
	a := startAppIn(t, d, home, "-data", path)
	kb := &keyboard{t: t, d: d, id: windowNamed(t, d, "Backchannel"), last: capture(t, d)}
	kb.press("Right")
	kb.press("Delete")
	kb.press("ctrl+s")
	waitForEvents(t, path, n-1)
	kb.press("ctrl+z")
	kb.press("ctrl+s")
	waitForEvents(t, path, n)
	kb.press("Right")
	kb.press("Delete")
	time.Sleep(2 * time.Second)
	a.mustRun(t)
	a.cmd.Process.Kill() // SIGKILL: no chance to save
	<-a.done
	a.done <- nil
	waitForEvents(t, path, n) // the file as last saved

	again := startAppIn(t, d, home, "-data", path)
	kb = &keyboard{t: t, d: d, id: windowNamed(t, d, "Backchannel"), last: capture(t, d)}
	offer := kb.press("Return") // the offer's default: Recover
	saveArtifact(t, offer, "recovered.png")
	kb.press("ctrl+s")
	waitForEvents(t, path, n-1)
	again.mustRun(t)
	if out, err := exec.Command(binary(t), "validate", path).CombinedOutput(); err != nil {
		t.Errorf("the saved file does not validate: %v\n%s", err, out)
	}
}

// windowNamed waits for a window whose name begins with prefix and
// returns its id.
func windowNamed(t *testing.T, d *display, prefix string) string {
	t.Helper()
	id := strings.Fields(xdotool(t, d, 60*time.Second, "search", "--sync", "--onlyvisible", "--name", "^"+prefix))[0]
	waitForBars(t, d)
	waitForOverview(t, d)
	return id
}

// waitForEvents waits until the dataset file at path holds n events.
func waitForEvents(t *testing.T, path string, n int) {
	t.Helper()
	got := -1
	for by := time.Now().Add(10 * time.Second); time.Now().Before(by); time.Sleep(pollEvery) {
		if ds, err := data.LoadFile(path); err == nil {
			if got = len(ds.Events); got == n {
				return
			}
		}
	}
	t.Fatalf("%s holds %d events, want %d", path, got, n)
}
