package app

import (
	"fmt"
	"io"
	"path/filepath"

	"backchannel/data"
	"backchannel/documents"
	"backchannel/internal/files"
)

// What the recovery journal's edits are made on: the bundled record, a
// new empty timeline, or a copy of the user's file as it was opened or
// last saved, kept beside the journal in the app's storage. The journal
// then holds only the edits made since, so that writing it never copies
// a large timeline on the window's goroutine.

// The kinds of base.
const (
	baseBundled = "bundled" // the record built into the app
	baseNew     = "new"     // a new timeline of the title
	baseCopy    = "copy"    // the copy kept beside the journal
)

// journalBase is what a journal's edits are made on.
type journalBase struct {
	Kind  string `json:"kind"`
	Title string `json:"title,omitempty"` // a new timeline's
	File  string `json:"file,omitempty"`  // the copy's name in the journal's folder

	gen      int           // which base this is, so that its copy is made once
	from     string        // the user's file the copy is made from
	state    files.State   // its state when it was read, to know it unchanged
	snapshot *data.Dataset // written as the copy instead, when the file changed after it was read
	offset   int           // how many of the history's log of edits the base holds already
}

// baseGen numbers the bases a journal is given.
var baseGen int

// fileBase is the file at source, as it is now, for a journal's base; the
// bundled record when source is "".
func fileBase(source string) journalBase {
	baseGen++
	if source == "" {
		return journalBase{Kind: baseBundled, gen: baseGen}
	}
	b := journalBase{Kind: baseCopy, File: "recovery-base" + filepath.Ext(source), gen: baseGen, from: source}
	b.state, _ = files.StateOf(source)
	return b
}

// snapshotBase is ds as it is now, which the first offset edits of the
// log made, for a journal's base: written beside the journal as
// Backchannel JSON.
func snapshotBase(ds *data.Dataset, offset int) journalBase {
	baseGen++
	return journalBase{Kind: baseCopy, File: "recovery-base.json", gen: baseGen, snapshot: ds.Snapshot(), offset: offset}
}

// fromFile notes that the timeline shown is the file at path's, as read
// or just written: its edits save back to it, and the recovery journal's
// edits are made on a copy of it.
func (w *Window) fromFile(path string) { w.Source, w.base = path, fileBase(path) }

// newBase is a new timeline called title, for a journal's base.
func newBase(title string) journalBase {
	baseGen++
	return journalBase{Kind: baseNew, Title: title, gen: baseGen}
}

// changedOnDisk says whether the file the base is copied from is no longer
// as it was read: its copy would not be what the edits were made on.
func (b journalBase) changedOnDisk() bool {
	if b.Kind != baseCopy || b.from == "" {
		return false
	}
	now, err := files.StateOf(b.from)
	return err != nil || now.Absent || !now.Same(b.state)
}

// store puts the base's copy beside the journal in dir: the user's file
// copied, or the snapshot written, whole or not at all.
func (b journalBase) store(dir string) error {
	if b.Kind != baseCopy || b.from == "" && b.snapshot == nil {
		return nil
	}
	return documents.WriteFileAtomic(filepath.Join(dir, b.File), func(w io.Writer) error {
		if b.snapshot != nil {
			return data.WriteDatasetJSON(w, b.snapshot)
		}
		raw, err := files.ReadFile(b.from)
		if err != nil {
			return err
		}
		_, err = w.Write(raw)
		return err
	})
}

// load reads the base from dir, where the journal is.
func (b journalBase) load(dir string) (*data.Dataset, error) {
	switch b.Kind {
	case baseBundled:
		return data.Bundled()
	case baseNew:
		return data.NewDataset(b.Title), nil
	case baseCopy:
		return data.LoadFile(filepath.Join(dir, filepath.Base(b.File)))
	}
	return nil, fmt.Errorf("the journal's base is %q, which this version does not know", b.Kind)
}
