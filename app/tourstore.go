package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"backchannel/data"
	"backchannel/documents"
	"backchannel/internal/files"
)

// The saved tours live in a file of their own in the app's storage,
// written whole or not at all, never in Fyne's preferences (which Fyne
// empties when it cannot read them: every tour was lost with it). Tours
// saved in preferences by an earlier version move over once.

// toursDir is the folder of the tours file: the app's storage (a
// variable, so that tests keep each app's tours apart).
var toursDir = func(a fyne.App) string {
	if files.InBrowser {
		return files.StorageRoot
	}
	return a.Storage().RootURI().Path()
}

// toursFileName is the tours file's name in the app's storage.
const toursFileName = "tours.json"

// toursFile is the tours file as written.
type toursFile struct {
	Version int    `json:"version"`
	Tours   []Tour `json:"tours"`
}

// tourStore reads and writes the tours file at path. What it read is
// kept, and the file read again only when its size or time has changed
// (another window of the app may have saved tours), looked at no more
// than once every toursRecheck: the menus ask for the tours at every
// edit, and reading a file then took as long as the edit (an open of 11
// ms was seen in a trace of edits with keys held down).
type tourStore struct {
	path string
	// kept is the tours as last read or written, file the file's state
	// then, and checked when the file was last looked at; known is false
	// until they are.
	kept    []Tour
	file    files.State
	known   bool
	checked time.Time
	// problem says what was wrong with a file that could not be read;
	// "" when nothing was.
	problem string
	// unreadable keeps a file that could not be read, nor put aside,
	// from being written over.
	unreadable bool
}

// newTourStore is the store of the app's tours in dir.
func newTourStore(dir string) *tourStore {
	return &tourStore{path: filepath.Join(dir, toursFileName)}
}

// toursRecheck is how long the tours as read are taken to be the file's
// before it is looked at again.
var toursRecheck = time.Second

// readToursFile reads the tours file; a variable so that tests can count
// the reads.
var readToursFile = files.ReadFile

// load is the saved tours: those kept, while the file is as it was when
// they were read or written (or still absent).
func (s *tourStore) load() []Tour {
	if s.known && time.Since(s.checked) < toursRecheck {
		return slices.Clone(s.kept)
	}
	if now, err := files.StateOf(s.path); s.known && err == nil && now.Same(s.file) {
		s.checked = time.Now()
		return slices.Clone(s.kept)
	}
	tours := s.read()
	s.keep(tours)
	return slices.Clone(tours)
}

// keep notes tours as the file's, as it is now.
func (s *tourStore) keep(tours []Tour) {
	var err error
	s.kept, s.checked = tours, time.Now()
	s.file, err = files.StateOf(s.path)
	s.known = err == nil && !s.unreadable
}

// read reads the saved tours. A file that cannot be read as tours is
// renamed aside, never emptied or overwritten, and read says so in words
// (in problem) and starts with none.
func (s *tourStore) read() []Tour {
	raw, err := readToursFile(s.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		s.problem = fmt.Sprintf("The saved tours in %s could not be read (%v): they are left as they are, and tours are not saved until it can be.", s.path, err)
		s.unreadable = true
		return nil
	}
	var f toursFile
	if err = data.CheckJSONDepth(s.path, raw); err == nil {
		if err = json.Unmarshal(raw, &f); err == nil {
			return f.Tours
		}
	}
	aside := s.path + ".damaged-" + time.Now().Format("20060102-150405")
	if renameErr := files.Rename(s.path, aside); renameErr != nil {
		s.problem = fmt.Sprintf("The saved tours in %s could not be read (%v), nor kept aside (%v): they are left as they are, and tours are not saved until they can be.", s.path, err, renameErr)
		s.unreadable = true
		return nil
	}
	s.problem = fmt.Sprintf("The saved tours in %s could not be read (%v). The file was kept as %s, untouched; tours saved from now on go to a new file.", s.path, err, aside)
	return nil
}

// ReadSavedTours reads the tours the app saved in dir (its storage), for
// the command line: as they are, never moving a damaged file aside.
func ReadSavedTours(dir string) ([]Tour, error) {
	path := filepath.Join(dir, toursFileName)
	raw, err := files.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err == nil {
		err = data.CheckJSONDepth(path, raw)
	}
	var f toursFile
	if err == nil {
		err = json.Unmarshal(raw, &f)
	}
	if err != nil {
		return nil, fmt.Errorf("the saved tours in %s could not be read: %v", path, err)
	}
	return f.Tours, nil
}

// save writes tours, replacing the file only once the new one is whole.
func (s *tourStore) save(tours []Tour) error {
	if s.unreadable {
		return fmt.Errorf("the tours were not saved: %s could not be read, and is not written over", s.path)
	}
	if err := files.MkdirAll(filepath.Dir(s.path)); err != nil {
		return fmt.Errorf("cannot save the tours: %v", err)
	}
	err := documents.WriteFileAtomic(s.path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(toursFile{Version: 1, Tours: tours})
	})
	if err == nil {
		s.keep(slices.Clone(tours))
	}
	return err
}
