package files

import (
	"errors"
	"io/fs"
	"time"
)

// State is what tells a file as it is now from the file as it was read
// or written: its size and the time it last changed, or that there is
// none.
type State struct {
	Size     int64
	Modified time.Time
	Absent   bool
}

// StateOf is the state of the file at path now; an error where it cannot
// be looked at (a file that is not there has a state: absent).
func StateOf(path string) (State, error) {
	size, modified, err := Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return State{Absent: true}, nil
	case err != nil:
		return State{}, err
	}
	return State{Size: size, Modified: modified}, nil
}

// Same reports whether s and o are the same state of a file.
func (s State) Same(o State) bool {
	return s.Absent == o.Absent && s.Size == o.Size && s.Modified.Equal(o.Modified)
}
