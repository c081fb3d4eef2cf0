package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestPreparedTextIsWaitedForOnce: the window waits for the type being
// read when it was asked for, returns at once when it was not, and a
// second ask reads nothing more.
func TestPreparedTextIsWaitedForOnce(t *testing.T) {
	test.NewTempApp(t)
	done := make(chan struct{})
	go func() {
		waitForText() // not asked: no wait
		PrepareText()
		first := text.ready
		PrepareText()
		if text.ready != first {
			t.Error("asking twice started a second read")
		}
		waitForText()
		select {
		case <-first:
		default:
			t.Error("waitForText returned before the type was read")
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("waiting for the type did not return")
	}
}
