package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
	"backchannel/documents"
)

// Never lose an edit: while a timeline has edits not saved, the whole of
// it is written, within journalDelay of each change, to a recovery journal
// in the app's own storage (never into the user's file), off the window's
// goroutine. The next start on the same file offers to recover it; a
// timeline saved, or its edits discarded, leaves no journal behind.

// journalDelay is how soon after a change the journal holds it.
var journalDelay = time.Second

// journalFileName is the journal's name in the app's storage.
const journalFileName = "recovery.json"

// journalFile is the journal as written: the file the edits belong to
// ("" for the bundled record), when, and the timeline as edited.
type journalFile struct {
	Version int             `json:"version"`
	Source  string          `json:"source"`
	Written time.Time       `json:"written"`
	Dataset json.RawMessage `json:"dataset"`
}

// journal writes and reads the recovery journal of a window.
type journal struct {
	path  string
	mu    sync.Mutex // one write at a time
	timer *time.Timer
}

// journalOf is the window's journal, made the first time it is needed.
func (w *Window) journalOf() *journal {
	if w.journal == nil {
		w.journal = &journal{path: filepath.Join(toursDir(w.App), journalFileName)}
	}
	return w.journal
}

// noteEdits has the journal take the timeline as it is now, soon; or,
// when it is as saved, removes the journal.
func (w *Window) noteEdits() {
	j := w.journalOf()
	if j.timer != nil {
		j.timer.Stop()
	}
	if !w.history.Edited() {
		j.remove()
		return
	}
	snapshot, source := *w.Dataset, w.Source // the lists are never changed in place: a copy of the struct is a snapshot
	j.timer = time.AfterFunc(journalDelay, func() {
		if err := j.write(source, &snapshot); err != nil {
			fyne.LogError("writing the recovery journal", err)
		}
	})
}

// write writes the journal whole or not at all.
func (j *journal) write(source string, ds *data.Dataset) error {
	var buf bytes.Buffer
	if err := data.WriteDatasetJSON(&buf, ds); err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(j.path), 0o755); err != nil {
		return err
	}
	return documents.WriteFileAtomic(j.path, func(w io.Writer) error {
		return json.NewEncoder(w).Encode(journalFile{Version: 1, Source: source, Written: time.Now(), Dataset: buf.Bytes()})
	})
}

// remove deletes the journal, and any write of it still to come.
func (j *journal) remove() {
	if j.timer != nil {
		j.timer.Stop()
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := os.Remove(j.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		fyne.LogError("removing the recovery journal", err)
	}
}

// read reads the journal; ok is false when there is none, or none that
// can be read.
func (j *journal) read() (journalFile, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	raw, err := os.ReadFile(j.path)
	if err != nil {
		return journalFile{}, false
	}
	var f journalFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return journalFile{}, false
	}
	return f, true
}

// offerRecovery offers, when the journal holds edits to the timeline shown
// (its file, or the bundled record), to recover them; Recover is the
// default button.
func (w *Window) offerRecovery() {
	f, ok := w.journalOf().read()
	if !ok || f.Source != w.Source {
		return
	}
	ds, err := data.Load("recovered edits", f.Dataset)
	if err != nil {
		fyne.LogError("reading the recovery journal", err)
		return
	}
	name := "the bundled record"
	if f.Source != "" {
		name = filepath.Base(f.Source)
	}
	var d dialog.Dialog
	text := widget.NewLabel(fmt.Sprintf("Backchannel closed on %s with edits to %s that were not saved (%d events). Recover them?",
		f.Written.Local().Format("2 Jan 2006 at 15:04"), name, len(ds.Events)))
	text.Wrapping = fyne.TextWrapWord
	keep := widget.NewButton("Recover", func() { d.Hide(); w.recoverEdits(ds, f.Source) })
	keep.Importance = widget.HighImportance
	discard := widget.NewButton("Discard Them", func() { d.Hide(); w.journalOf().remove() })
	d = dialog.NewCustomWithoutButtons("Recover unsaved edits", container.NewVBox(text, container.NewHBox(discard, keep)), w.Win)
	w.showDialog(d, fyne.NewSize(480, 0), nil, keep.OnTapped)
}

// recoverEdits shows the recovered timeline as edited and not saved.
func (w *Window) recoverEdits(ds *data.Dataset, source string) {
	w.setDataset(ds, source)
	w.history.MarkUnsaved()
	w.setWindowTitle()
	w.refreshMenu()
	w.Status.SetText(fmt.Sprintf("Recovered the unsaved edits: %d events. Ctrl+S saves them", len(ds.Events)))
}
