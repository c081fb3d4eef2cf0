package app

import (
	"bytes"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"backchannel/data"
	"backchannel/internal/files"
)

// TestSaveReadsTheFileOnlyWhenItChanged: Save learns the format of the
// timeline's file by reading it once; saving again reads nothing, the
// file being as Save left it; a file replaced behind the window's back
// (by a TimelineJS file, which Backchannel does not write back) is read
// again, and Save asks where to save rather than write over it.
func TestSaveReadsTheFileOnlyWhenItChanged(t *testing.T) {
	w := newTestWindow(t)
	path, _ := showCopyOfRecord(t, w, "record.json")
	n := len(w.Dataset.Events)
	reads := 0
	readSource = func(p string) ([]byte, error) { reads++; return files.ReadFile(p) }
	t.Cleanup(func() { readSource = files.ReadFile })
	keys := windowKeys()
	for i, id := range []string{"algiers-accords", "iran-contra"} {
		selectID(t, w, id)
		press(w, fyne.KeyDelete)
		keys.save.run(w)
		back, err := data.LoadFile(path)
		if err != nil || len(back.Events) != n-1-i || reads != 1 {
			t.Fatalf("save %d: the file %v with %d events; read %d times", i+1, err, len(back.Events), reads)
		}
	}

	var tjs bytes.Buffer
	if err := data.WriteTimelineJSJSON(&tjs, w.Dataset); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, tjs.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute) // another time, whatever the clock's grain
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	selectID(t, w, "rescue-attempt")
	press(w, fyne.KeyDelete)
	keys.save.run(w)
	now, _ := os.ReadFile(path)
	if reads != 2 || !bytes.Equal(now, tjs.Bytes()) || w.Win.Canvas().Overlays().Top() == nil {
		t.Errorf("a file replaced by a TimelineJS one: read %d times, written over %v, Save As asked %v",
			reads, !bytes.Equal(now, tjs.Bytes()), w.Win.Canvas().Overlays().Top() != nil)
	}
}

// TestSaveKnowsTheFormatOfAFileItOpened: a timeline opened (File > Open,
// at once or in the background) is saved without its file being read
// again to learn its format, in that format (CSV stays CSV).
func TestSaveKnowsTheFormatOfAFileItOpened(t *testing.T) {
	w := newTestWindow(t)
	path, _ := showCopyOfRecord(t, w, "record.csv")
	reads := 0
	readSource = func(p string) ([]byte, error) { reads++; return files.ReadFile(p) }
	t.Cleanup(func() { readSource = files.ReadFile })
	keys := windowKeys()
	for i, open := range []func(){
		func() { w.openFile(path) },
		func() {
			shown := make(chan bool, 1)
			w.openFileInBackground(path, func(ok bool) { shown <- ok })
			eventually(t, "the file shown", func() bool { return len(shown) == 1 })
		},
	} {
		w.setDataset(w.Dataset, "") // another timeline shown in between
		open()
		n := len(w.Dataset.Events)
		selectID(t, w, []string{"algiers-accords", "iran-contra"}[i])
		press(w, fyne.KeyDelete)
		keys.save.run(w)
		raw, _ := os.ReadFile(path)
		back, err := data.LoadAny(path, raw)
		if err != nil || back.ReadAs != data.FormatCSV || len(back.Events) != n-1 || reads != 0 {
			t.Fatalf("open %d, then save: the file %v, %s with %d events of %d; read %d times to learn its format",
				i+1, err, back.ReadAs, len(back.Events), n-1, reads)
		}
	}
}
