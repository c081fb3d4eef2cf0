package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/data"
)

// TestToursGoIntoTheDatasetsOwnFile: a dataset file Backchannel wrote
// takes the tours saved on it, atomically, and reads back with them; a
// file written by hand, or changed on disk since it was opened, is left
// as it is, the tours kept in the app and the status line saying why.
func TestToursGoIntoTheDatasetsOwnFile(t *testing.T) {
	w := newTestWindow(t)
	dir := t.TempDir()
	written := filepath.Join(dir, "record.csv")
	var buf bytes.Buffer
	if err := data.WriteDatasetCSV(&buf, w.Dataset); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(written, buf.Bytes(), 0o644)
	open := func(path string) {
		t.Helper()
		ds, err := data.LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		w.setDataset(ds, path)
	}
	open(written)
	lecture := Tour{Name: "Lecture", Steps: []TourStep{{Event: "iran-contra", Notes: "Begin here."}, {Event: "algiers-accords"}}}
	if err := w.SaveTour(lecture); err != nil {
		t.Fatal(err)
	}
	back, err := data.LoadFile(written)
	if err != nil || len(back.Tours) != 1 || back.Tours[0].Steps[0].Notes != "Begin here." {
		t.Fatalf("the file after saving a tour: %v, tours %+v", err, back.Tours)
	}
	if len(w.savedTours()) != 0 {
		t.Error("the tour went to the app's file too")
	}
	if err := w.DeleteTour("lecture"); err != nil {
		t.Fatal(err)
	}
	if back, _ := data.LoadFile(written); len(back.Tours) != 0 {
		t.Error("deleting left the tour in the file")
	}

	// By hand: the same dataset, written otherwise.
	byHand := filepath.Join(dir, "by-hand.csv")
	os.WriteFile(byHand, bytes.ReplaceAll(buf.Bytes(), []byte("\n"), []byte("\r\n")), 0o644)
	open(byHand)
	before, _ := os.ReadFile(byHand)
	if err := w.SaveTour(lecture); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(byHand); !bytes.Equal(before, after) || !hasTour(w.savedTours(), "Lecture") || !strings.Contains(w.Status.Text, "not written by Backchannel") {
		t.Errorf("a file by hand: changed %v, in the app %v, status %q", !bytes.Equal(before, after), hasTour(w.savedTours(), "Lecture"), w.Status.Text)
	}

	// Changed on disk since it was opened.
	open(written)
	changed := bytes.Replace(buf.Bytes(), []byte("Algiers Accords signed"), []byte("Algiers Accords are signed"), 1)
	os.WriteFile(written, changed, 0o644)
	if err := w.SaveTour(Tour{Name: "Other", Steps: []TourStep{{Event: "iran-contra"}}}); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(written); !bytes.Equal(after, changed) || !strings.Contains(w.Status.Text, "changed on disk") {
		t.Errorf("a file changed on disk was written over, or the status says %q", w.Status.Text)
	}
}
