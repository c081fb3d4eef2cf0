package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"backchannel/data"
)

// holdLoads makes every file load wait until the returned function is
// called, as a large file would.
func holdLoads(t *testing.T) (release func()) {
	t.Helper()
	gate := make(chan struct{})
	loadFile = func(path string) (*data.Dataset, error) {
		<-gate
		return data.LoadFile(path)
	}
	var once bool
	release = func() {
		if !once {
			once = true
			close(gate)
		}
	}
	t.Cleanup(func() { release(); loadFile = data.LoadFile })
	return release
}

// eventually polls cond on the window's goroutine until it holds, for at
// most five seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("gave up waiting: %s", what)
}

func writeCourse(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "course.json")
	os.WriteFile(path, []byte(`{"title":"My course","sources":{"s":{"title":"Notes"}},"events":[
{"id":"a","title":"First","start":"1990","channel":"direct","sources":["s"]}]}`), 0o644)
	return path
}

// TestALongLoadShowsProgressAndKeepsTheWindowWorking: while a file is
// read, the old dataset stays shown and usable, a dialog says what is
// being opened, and the file is shown, the dialog gone, once it is ready.
func TestALongLoadShowsProgressAndKeepsTheWindowWorking(t *testing.T) {
	w := newTestWindow(t)
	release := holdLoads(t)
	path := writeCourse(t)
	var shown []bool
	w.openFileInBackground(path, func(ok bool) { shown = append(shown, ok) })
	eventually(t, "the opening dialog", func() bool { return w.Win.Canvas().Overlays().Top() != nil })
	text := strings.Join(labelTexts(w.Win.Canvas().Overlays().Top()), "\n")
	if !strings.Contains(text, "Reading course.json") || !strings.Contains(text, "U.S.–Iran Contacts since 1979 stays open") {
		t.Errorf("the opening dialog says %q", text)
	}
	if !strings.HasPrefix(w.Status.Text, "Opening "+path) {
		t.Errorf("status %q", w.Status.Text)
	}
	// The window still answers: a filter key works on the old dataset.
	before := len(w.Timeline.Events())
	w.Timeline.SelectNext(1)
	if w.Timeline.Selected() < 0 || len(w.Timeline.Events()) != before {
		t.Error("the timeline did not answer while the file was read")
	}
	release()
	eventually(t, "the file shown", func() bool { return len(shown) == 1 })
	if !shown[0] || w.Dataset.Title != "My course" || len(w.Timeline.Events()) != 1 {
		t.Errorf("after the load: shown %v, %q with %d events", shown, w.Dataset.Title, len(w.Timeline.Events()))
	}
	if w.Win.Canvas().Overlays().Top() != nil {
		t.Error("the opening dialog stayed up")
	}
}

// TestCancellingALoadKeepsTheDataset: Cancel leaves the old dataset, and
// the file, when it arrives, is not shown.
func TestCancellingALoadKeepsTheDataset(t *testing.T) {
	w := newTestWindow(t)
	release := holdLoads(t)
	var shown []bool
	w.openFileInBackground(writeCourse(t), func(ok bool) { shown = append(shown, ok) })
	eventually(t, "the opening dialog", func() bool { return w.Win.Canvas().Overlays().Top() != nil })
	tapOverlayButton(t, w, "Cancel")
	if !strings.Contains(w.Status.Text, "Stopped opening course.json") {
		t.Errorf("status after Cancel: %q", w.Status.Text)
	}
	release()
	eventually(t, "the load to end", func() bool { return len(shown) == 1 })
	if shown[0] || w.Dataset.Title != "U.S.–Iran Contacts since 1979" {
		t.Errorf("after Cancel the file was shown: %v, %q", shown, w.Dataset.Title)
	}
}

// TestAQuickLoadShowsNoDialog: a file read within a couple of frames is
// shown without a dialog, and a file with problems lists them and keeps
// the dataset.
func TestAQuickLoadShowsNoDialog(t *testing.T) {
	w := newTestWindow(t)
	var shown []bool
	w.openFileInBackground(writeCourse(t), func(ok bool) { shown = append(shown, ok) })
	eventually(t, "the file shown", func() bool { return len(shown) == 1 })
	if !shown[0] || w.Dataset.Title != "My course" {
		t.Errorf("shown %v, %q", shown, w.Dataset.Title)
	}
	if w.Win.Canvas().Overlays().Top() != nil {
		t.Error("a quick load put up a dialog")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"events":[{"id":"a"}]}`), 0o644)
	w.openFileInBackground(bad, func(ok bool) { shown = append(shown, ok) })
	eventually(t, "the bad file read", func() bool { return len(shown) == 2 })
	if shown[1] || w.Dataset.Title != "My course" {
		t.Errorf("a bad file: shown %v, dataset %q", shown[1], w.Dataset.Title)
	}
	if top := w.Win.Canvas().Overlays().Top(); top == nil || !strings.Contains(strings.Join(labelTexts(top), "\n"), "bad.json has") {
		t.Error("the bad file's problems are not listed")
	}
}

// TestAHostileFileOpensAsABadFileDoes: a file of brackets nested 200,000
// deep, which once took the machine's memory, is refused with its problem
// listed, the current dataset kept, and the window answering meanwhile.
func TestAHostileFileOpensAsABadFileDoes(t *testing.T) {
	w := newTestWindow(t)
	before := w.Dataset.Title
	path := filepath.Join(t.TempDir(), "nested.json")
	deep := `{"events":` + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + "}"
	if err := os.WriteFile(path, []byte(deep), 0o644); err != nil {
		t.Fatal(err)
	}
	var shown []bool
	w.openFileInBackground(path, func(ok bool) { shown = append(shown, ok) })
	w.Timeline.SelectNext(1) // the window answers while the file is read
	if w.Timeline.Selected() < 0 {
		t.Error("the timeline did not answer while the file was read")
	}
	eventually(t, "the file refused", func() bool { return len(shown) == 1 })
	if shown[0] || w.Dataset.Title != before {
		t.Errorf("shown %v; the window shows %q, want %q kept", shown, w.Dataset.Title, before)
	}
	top := w.Win.Canvas().Overlays().Top()
	text := ""
	if top != nil {
		text = strings.Join(labelTexts(top), "\n")
	}
	for _, want := range []string{"nested.json has 1 problem(s) and was not opened", "nested.json:1:74: brackets nested 200,001 levels deep: a timeline needs at most 64"} {
		if !strings.Contains(text, want) {
			t.Errorf("the problems dialog does not say %q: %q", want, text)
		}
	}
}
