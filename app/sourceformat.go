package app

import (
	"path/filepath"
	"strings"

	"backchannel/data"
	"backchannel/internal/files"
)

// The format Save writes the timeline's file back in is the file's own,
// read from the file itself (it may have been replaced since it was
// opened). Reading it means reading the whole file: at 100,000 events
// 84 MB, as long as writing it again. So the format found, or written, is
// kept with the file's size and time, and the file is read again only
// when they have changed.

// readSource reads the timeline's file to learn its format; a variable
// so that tests can count the reads.
var readSource = files.ReadFile

// knownFormat is the format of the file at path when it was in state,
// and whether Backchannel writes it.
type knownFormat struct {
	path     string
	state    files.State
	format   data.Format
	writable bool
}

// sourceFormat is the format of the timeline's file, and whether
// Backchannel writes it back there.
func (w *Window) sourceFormat() (data.Format, bool) {
	if w.Source == "" {
		return "", false // the bundled record: never written over
	}
	state, err := files.StateOf(w.Source)
	if err != nil || state.Absent {
		return formatByName(w.Source), true // gone since: written again, by its name
	}
	if k := w.sourceKnown; k.path == w.Source && k.state.Same(state) {
		return k.format, k.writable
	}
	raw, err := readSource(w.Source)
	if err != nil {
		return formatByName(w.Source), true
	}
	f, err := data.FormatOf(w.Source, raw)
	writable := err == nil && f.Writable()
	w.sourceKnown = knownFormat{path: w.Source, state: state, format: f, writable: writable}
	return f, writable
}

// readTimeline reads the dataset at path with loadFile, and knows from it
// the file's format, as Save will need it, without reading it again: the
// file's state is taken before the reading, so that a change made to the
// file meanwhile is seen at Save.
func readTimeline(path string) (*data.Dataset, knownFormat, error) {
	state, stateErr := files.StateOf(path)
	ds, err := loadFile(path)
	var known knownFormat
	if err == nil && stateErr == nil && !state.Absent && ds.ReadAs != "" {
		known = knownFormat{path: path, state: state, format: ds.ReadAs, writable: ds.ReadAs.Writable()}
	}
	return ds, known, err
}

// wroteSource notes that the timeline's file at path was just written in
// format.
func (w *Window) wroteSource(path string, format data.Format) {
	w.sourceKnown = knownFormat{}
	if state, err := files.StateOf(path); err == nil && !state.Absent {
		w.sourceKnown = knownFormat{path: path, state: state, format: format, writable: true}
	}
}

// formatByName is the format a file's name asks for: CSV for .csv,
// Backchannel JSON otherwise.
func formatByName(path string) data.Format {
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		return data.FormatCSV
	}
	return data.FormatJSON
}
