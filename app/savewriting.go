package app

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"

	"backchannel/data"
	"backchannel/documents"
)

// Writing a large timeline takes a while (about 0.4 s at 100,000 events
// in Backchannel's JSON): it is written on its own goroutine, from a
// snapshot of the timeline as it was when Save was asked, while the window
// goes on answering, edits included. What is saved is what the snapshot
// holds; edits made meanwhile stay unsaved, in the recovery journal. What
// needs the save ended (another save, closing, opening another timeline)
// waits for it.

// saveAsideFrom is the number of events from which a save is written on
// its own goroutine; smaller timelines are written in a few milliseconds.
const saveAsideFrom = largeDataset

// writeTimeline writes ds to path in format, whole or not at all; a
// variable so that tests can hold a save back.
var writeTimeline = func(path string, ds *data.Dataset, format data.Format) error {
	return documents.WriteFileAtomic(path, func(out io.Writer) error { return data.WriteDataset(out, ds, format) })
}

// saving is a save being written on its own goroutine.
type saving struct {
	path  string
	after []func() // what waits for the save to end, in the order asked
}

// writeAside writes the timeline as it is now to path in format on its
// own goroutine, and ends the save on the window's when it is written.
func (w *Window) writeAside(path string, format data.Format, then func()) {
	snapshot, point := w.Dataset.Snapshot(), w.history.SavePoint()
	s := &saving{path: path}
	w.saving = s
	w.Status.SetText(fmt.Sprintf("Saving %s: %d events…", path, len(snapshot.Events)))
	go func() {
		err := writeTimeline(path, snapshot, format)
		fyne.Do(func() {
			w.saving = nil
			w.wrote(path, format, point, err, then)
			if err != nil {
				return // what waited for the save waits for the user
			}
			for _, next := range s.after {
				next()
			}
		})
	}()
}

// afterSave reports whether a save is being written; if so, next is run
// when it has ended well.
func (w *Window) afterSave(next func()) bool {
	if w.saving == nil {
		return false
	}
	w.saving.after = append(w.saving.after, next)
	w.Status.SetText(fmt.Sprintf("Saving %s… (what you asked for follows)", w.saving.path))
	return true
}
