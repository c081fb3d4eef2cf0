package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
	"backchannel/documents"
	"backchannel/internal/files"
)

// Never lose an edit: while a timeline has edits not saved, they are
// written, within journalDelay of each change, to a recovery journal in
// the app's own storage (never into the user's file), off the window's
// goroutine: the edits made since the file was opened or saved, with a
// copy of the file as it was (journalbase.go). The next start on the same
// file offers to recover them; a timeline saved, or its edits discarded,
// leaves no journal behind.

// journalDelay is how soon after a change the journal holds it.
var journalDelay = time.Second

// journalFileName is the journal's name in the app's storage.
const journalFileName = "recovery.json"

// journalFile is the journal as written: the file the edits belong to
// ("" for the bundled record), when, what the edits are made on, and the
// edits. Version 1 journals held the whole timeline as edited instead.
type journalFile struct {
	Version int             `json:"version"`
	Source  string          `json:"source"`
	Written time.Time       `json:"written"`
	Base    journalBase     `json:"base"`
	Edits   []data.Edit     `json:"edits,omitempty"`
	Dataset json.RawMessage `json:"dataset,omitempty"`
}

// journal writes and reads the recovery journal of a window.
type journal struct {
	dir    string
	mu     sync.Mutex // one write at a time
	timer  *time.Timer
	stored int // the base whose copy is beside the journal; 0 for none
	epoch  int // counts removals: a write scheduled before one is not made
}

// journalOf is the window's journal, made the first time it is needed.
func (w *Window) journalOf() *journal {
	if w.journal == nil {
		w.journal = &journal{dir: toursDir(w.App)}
	}
	return w.journal
}

// noteEdits has the journal take the edits made so far, soon; or, when
// the timeline is as saved, removes the journal.
func (w *Window) noteEdits() {
	j := w.journalOf()
	if j.timer != nil {
		j.timer.Stop()
	}
	if !w.history.Edited() {
		j.remove()
		return
	}
	if w.base.gen != j.stored && w.base.snapshot == nil && w.base.changedOnDisk() {
		// The file changed since it was read: its copy would not be what
		// the edits were made on, so the timeline as it is now is written
		// instead, once, and the edits from here on are made on it.
		w.base = snapshotBase(w.Dataset, len(w.history.Log()))
	}
	// The history's log only grows (or starts again, on a save): the edits
	// in it now stay as they are, so the journal holds them without a copy.
	f := journalFile{Version: 2, Source: w.Source, Base: w.base, Edits: slices.Clip(w.history.Log()[w.base.offset:])}
	epoch := j.epoch
	j.timer = time.AfterFunc(journalDelay, func() {
		if err := j.write(f, epoch); err != nil {
			fyne.LogError("writing the recovery journal", err)
		}
	})
}

// write writes the journal, whole or not at all, with its base's copy
// beside it the first time; nothing when the journal was removed since
// epoch.
func (j *journal) write(f journalFile, epoch int) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if epoch != j.epoch {
		return nil
	}
	if err := files.MkdirAll(j.dir); err != nil {
		return err
	}
	if j.stored != f.Base.gen {
		if err := f.Base.store(j.dir); err != nil {
			return err
		}
		j.stored = f.Base.gen
	}
	f.Written = time.Now()
	return documents.WriteFileAtomic(filepath.Join(j.dir, journalFileName), func(w io.Writer) error {
		return json.NewEncoder(w).Encode(f)
	})
}

// remove deletes the journal and its base's copy, and any write of them
// still to come.
func (j *journal) remove() {
	if j.timer != nil {
		j.timer.Stop()
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.epoch++
	j.stored = 0
	copies, _ := files.Glob(filepath.Join(j.dir, "recovery-base*"))
	for _, path := range append(copies, filepath.Join(j.dir, journalFileName)) {
		if err := files.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fyne.LogError("removing the recovery journal", err)
		}
	}
}

// read reads the journal; ok is false when there is none, or none that
// can be read.
func (j *journal) read() (journalFile, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	raw, err := files.ReadFile(filepath.Join(j.dir, journalFileName))
	if err != nil {
		return journalFile{}, false
	}
	var f journalFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return journalFile{}, false
	}
	return f, true
}

// recovered is the timeline the journal f holds: its base with its edits
// made again (or, from a version 1 journal, the timeline it holds whole).
func (j *journal) recovered(f journalFile) (*data.Dataset, error) {
	if f.Version < 2 {
		return data.Load("recovered edits", f.Dataset)
	}
	ds, err := f.Base.load(j.dir)
	if err != nil {
		return nil, err
	}
	return ds, data.Replay(ds, f.Edits)
}

// offerRecovery offers, when the journal holds edits to the timeline shown
// (its file, or the bundled record), to recover them; Recover is the
// default button.
func (w *Window) offerRecovery() {
	j := w.journalOf()
	f, ok := j.read()
	if !ok || f.Source != w.Source {
		return
	}
	ds, err := j.recovered(f)
	if err != nil {
		w.Status.SetText(fmt.Sprintf("Unsaved edits were found in %s but could not be recovered: %v", j.dir, err))
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
	keep := widget.NewButton("Recover", func() { d.Hide(); w.recoverEdits(ds, f) })
	keep.Importance = widget.HighImportance
	discard := widget.NewButton("Discard Them", func() { d.Hide(); w.journalOf().remove() })
	d = dialog.NewCustomWithoutButtons("Recover unsaved edits", container.NewVBox(text, container.NewHBox(discard, keep)), w.Win)
	w.showDialog(d, fyne.NewSize(480, 0), nil, keep.OnTapped)
}

// recoverEdits shows the timeline recovered from journal f as edited and
// not saved; the journal goes on from the same base, its copy in place.
func (w *Window) recoverEdits(ds *data.Dataset, f journalFile) {
	w.setDataset(ds, f.Source)
	if f.Version >= 2 {
		baseGen++
		w.base = f.Base
		w.base.gen, w.journalOf().stored = baseGen, baseGen
		w.history.Recovered(f.Edits)
	}
	w.history.MarkUnsaved()
	w.setWindowTitle()
	w.refreshMenu()
	w.Status.SetText(fmt.Sprintf("Recovered the unsaved edits: %d events. Ctrl+S saves them", len(ds.Events)))
}
