//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/data"
)

// lecturerNote is a note no export may show.
const lecturerNote = "Ask the room who wrote first"

// TestNotesStayWithTheLecturer: a record whose every event carries the
// lecturer's notes exports its charts, timeline, web page, handout,
// slides and film without a word of them (PDFs read back with
// pdftotext), while saving the dataset as CSV keeps them, and so does the
// handout asked for with -notes, the lecturer's own copy.
func TestNotesStayWithTheLecturer(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for i := range ds.Events {
		ds.Events[i].Notes = lecturerNote + " about " + ds.Events[i].ID
	}
	dir := t.TempDir()
	withNotes := filepath.Join(dir, "with-notes.csv")
	f, err := os.Create(withNotes)
	if err != nil {
		t.Fatal(err)
	}
	if err := data.WriteDatasetCSV(f, ds); err != nil {
		t.Fatal(err)
	}
	f.Close()
	exports := [][]string{
		{"decades", "png"}, {"decades", "svg"}, {"decades", "csv"}, {"channels", "svg"}, {"timeline", "svg"},
		{"timeline", "csv"}, {"page", "html"}, {"handout", "pdf"}, {"slides", "pdf"}, {"dataset", "csv"},
		{"handout", "pdf", "-notes"}, // the lecturer's own copy
	}
	for _, ex := range exports {
		out := filepath.Join(dir, strings.Join(ex, "")+"."+ex[1])
		args := append([]string{"export", "-data", withNotes, "-chart", ex[0], "-format", ex[1], "-o", out}, ex[2:]...)
		if msg, err := exec.Command(binary(t), args...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, msg)
		}
		text := readable(t, out)
		want := ex[0] == "dataset" || len(ex) > 2
		if has := strings.Contains(flat(text), lecturerNote); has != want {
			t.Errorf("%v: the notes are there: %v, want %v (only the dataset itself and the handout asked with -notes keep them)", ex, has, want)
		}
	}
	// The film, of the first events: its frames are pictures; its comment words.
	film := filepath.Join(dir, "tour.gif")
	if msg, err := exec.Command(binary(t), "export", "-data", withNotes, "-chart", "tour", "-to", "1981", "-width", "320", "-height", "180", "-o", film).CombinedOutput(); err != nil {
		t.Fatalf("tour: %v\n%s", err, msg)
	}
	if strings.Contains(readable(t, film), lecturerNote) {
		t.Error("the film's description holds the notes")
	}
}

// readable is a file's text as a reader finds it: a PDF's through
// pdftotext, anything else as it is.
func readable(t *testing.T, path string) string {
	t.Helper()
	if strings.HasSuffix(path, ".pdf") {
		return poppler(t, "pdftotext", path, "-")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}
