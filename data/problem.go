package data

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with an input file, and where it is.
type Problem struct {
	File    string
	Line    int // 1-based; 0 when the problem has no place in the file
	Col     int // 1-based, counted in characters
	Message string
	// Unlisted, on the last line of a list cut short, is how many more
	// problems were found and not listed; -1 when reading stopped there.
	Unlisted int
}

// String formats the problem as FILE:LINE:COL: message.
func (p Problem) String() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Message)
}

// Problems is every problem found in one input; it is the error the
// loaders return when an input is not usable.
type Problems []Problem

// Error lists the problems one a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Count is how many problems were found, listed or not.
func (ps Problems) Count() int {
	n := 0
	for _, p := range ps {
		switch {
		case p.Unlisted > 0:
			n += p.Unlisted
		case p.Unlisted == 0:
			n++
		}
	}
	return n
}

// CutShort reports whether reading stopped before the end of the file,
// so that there may be more problems than Count.
func (ps Problems) CutShort() bool {
	return len(ps) > 0 && ps[len(ps)-1].Unlisted < 0
}
