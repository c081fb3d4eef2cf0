package app

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"strings"

	"backchannel/data"
	"backchannel/documents"
	"backchannel/internal/files"
)

// A dataset's tours go into its own file (a top-level tours in its JSON,
// rows in its CSV) when Backchannel wrote that file: writing what was read
// gives the file's bytes back, so that rewriting it loses nothing a person
// wrote there. The bundled record, an imported timeline and a file written
// by hand keep their tours in the app's tours file instead.

// changeToursInFile changes the tours kept in the dataset's own file, and
// reports whether it did; it says on the status line why a file cannot
// hold them, and returns an error only when writing the file failed.
func (w *Window) changeToursInFile(change func([]Tour) []Tour) (bool, error) {
	if w.Source == "" {
		return false, nil
	}
	raw, err := files.ReadFile(w.Source)
	if err != nil {
		return false, w.toursElsewhere(fmt.Sprintf("%s cannot be read (%v)", filepath.Base(w.Source), err))
	}
	format, err := data.FormatOf(w.Source, raw)
	if err != nil || !format.Writable() {
		return false, nil // another tool's timeline: the app keeps its tours
	}
	fresh, err := data.LoadAny(w.Source, raw)
	switch {
	case err != nil:
		return false, w.toursElsewhere(fmt.Sprintf("%s no longer opens", filepath.Base(w.Source)))
	case !reflect.DeepEqual(fresh.Events, w.Dataset.Events):
		return false, w.toursElsewhere(fmt.Sprintf("%s changed on disk since it was opened", filepath.Base(w.Source)))
	case !writesBack(fresh, format, raw):
		return false, w.toursElsewhere(fmt.Sprintf("%s was not written by Backchannel, and rewriting it could lose what a person wrote in it", filepath.Base(w.Source)))
	}
	fresh.Tours = change(fresh.Tours)
	if err := documents.WriteFileAtomic(w.Source, func(out io.Writer) error { return data.WriteDataset(out, fresh, format) }); err != nil {
		return false, err
	}
	w.Dataset.Tours = fresh.Tours
	return true, nil
}

// writesBack reports whether writing ds in format gives raw back.
func writesBack(ds *data.Dataset, format data.Format, raw []byte) bool {
	var buf bytes.Buffer
	return data.WriteDataset(&buf, ds, format) == nil && bytes.Equal(buf.Bytes(), raw)
}

// toursElsewhere says on the status line why the tours go to the app's
// tours file rather than the dataset's.
func (w *Window) toursElsewhere(why string) error {
	w.Status.SetText("The tours are kept in the app, not in the dataset's file: " + why)
	return nil
}

// replaceTour is tours with t in place of a tour of its name, or added.
func replaceTour(tours []Tour, t Tour) []Tour {
	out := []Tour{}
	for _, old := range tours {
		if !strings.EqualFold(old.Name, t.Name) {
			out = append(out, old)
		}
	}
	return append(out, t)
}

// withoutTour is tours without the one called name.
func withoutTour(tours []Tour, name string) []Tour {
	out := []Tour{}
	for _, t := range tours {
		if !strings.EqualFold(t.Name, name) {
			out = append(out, t)
		}
	}
	return out
}
