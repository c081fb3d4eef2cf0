package app

import (
	"fmt"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
	"backchannel/internal/files"
)

// progressDelay is how long a file may take to open before the window
// says that it is opening it: about two frames.
const progressDelay = 40 * time.Millisecond

// loadFile reads a dataset; a variable so that tests can hold a load back.
var loadFile = data.LoadFile

// largeDataset is the number of events from which the window gives the
// memory that reading them used back to the system once they are shown.
const largeDataset = 20000

// Loading is a dataset file being read on its own goroutine.
type Loading struct {
	Path  string
	done  chan struct{}
	ds    *data.Dataset
	known knownFormat // the file's format, for Save
	err   error
}

// StartLoading starts reading the dataset at path on its own goroutine.
func StartLoading(path string) *Loading {
	l := &Loading{Path: path, done: make(chan struct{})}
	lift := limitMemoryWhileReading(path)
	go func() {
		defer lift()
		l.ds, l.known, l.err = readTimeline(path)
		if l.ds != nil && len(l.ds.Events) >= largeDataset {
			// The file's text and the garbage of reading it are let go
			// here, off the window's goroutine and usually while the
			// window is still making its first frame, rather than held
			// until the dataset is on the screen.
			debug.FreeOSMemory()
		}
		close(l.done)
	}()
	return l
}

// Wait waits at most d for the file, and returns it or what is wrong with
// it; ready is false when it is still being read.
func (l *Loading) Wait(d time.Duration) (ds *data.Dataset, err error, ready bool) {
	if d <= 0 {
		select {
		case <-l.done:
			return l.ds, l.err, true
		default:
			return nil, nil, false
		}
	}
	select {
	case <-l.done:
		return l.ds, l.err, true
	case <-time.After(d):
		return nil, nil, false
	}
}

// opening is a file being read for the window.
type opening struct {
	path   string
	dialog dialog.Dialog // nil until the load has outlasted progressDelay
	given  bool          // the user gave up waiting
}

// openFileInBackground reads path off the window's goroutine, so that the
// window keeps drawing and answering while a large file loads, and shows
// it when it is ready, as openFile does. After progressDelay a dialog says
// what is being opened, with a Cancel button; cancelling, or a file with
// problems, leaves the current dataset as it was. A newer open makes an
// older one's result go unused. done, when not nil, is told whether the
// file was shown.
func (w *Window) openFileInBackground(path string, done func(shown bool)) {
	w.showWhenLoaded(StartLoading(path), done)
}

// showWhenLoaded shows the file l reads once it is ready, as
// openFileInBackground does.
func (w *Window) showWhenLoaded(l *Loading, done func(shown bool)) {
	path := l.Path
	op := &opening{path: path}
	w.opening = op
	timer := time.AfterFunc(progressDelay, func() { fyne.Do(func() { w.showOpening(op) }) })
	go func() {
		<-l.done
		ds, known, err := l.ds, l.known, l.err
		fyne.Do(func() {
			timer.Stop()
			current := w.opening == op && !op.given
			if w.opening == op {
				w.opening = nil // before Hide, whose callback then knows it was not a Cancel
			}
			if op.dialog != nil {
				op.dialog.Hide()
			}
			shown := current && w.showOpened(path, ds, known, err)
			if done != nil {
				done(shown)
			}
		})
	}()
}

// showOpening puts up the dialog of a load that is still under way.
func (w *Window) showOpening(op *opening) {
	if w.opening != op || op.dialog != nil {
		return
	}
	size := ""
	if n, err := fileSize(op.path); err == nil {
		size = fmt.Sprintf(" (%s)", n)
	}
	text := widget.NewLabel(fmt.Sprintf("Reading %s%s. %s stays open until it is ready.", filepath.Base(op.path), size, w.Dataset.Title))
	text.Wrapping = fyne.TextWrapWord
	bar := widget.NewProgressBarInfinite()
	box := container.NewVBox(text, bar)
	d := dialog.NewCustom("Opening "+filepath.Base(op.path), "Cancel", box, w.Win)
	d.SetOnClosed(func() {
		if w.opening == op {
			op.given = true
			w.opening = nil
			w.Status.SetText("Stopped opening " + filepath.Base(op.path) + ": " + w.Dataset.Title + " is still shown")
		}
	})
	op.dialog = d
	w.showDialog(d, fyne.NewSize(440, box.MinSize().Height), nil, nil)
	w.Status.SetText("Opening " + op.path + "…")
}

// fileSize is the size of the file at path in words: "18 MB", "640 kB".
func fileSize(path string) (string, error) {
	n, _, err := files.Stat(path)
	if err != nil {
		return "", err
	}
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.0f MB", float64(n)/1e6), nil
	case n >= 1e3:
		return fmt.Sprintf("%.0f kB", float64(n)/1e3), nil
	default:
		return fmt.Sprintf("%d bytes", n), nil
	}
}
