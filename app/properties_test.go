package app

import (
	"slices"
	"strings"
	"testing"

	"backchannel/data"
)

// TestTimelinePropertiesAreEdited: the title, coverage and a category's
// name and role change in one step, the window made again on them (the
// chart sets the new pressure apart); a coverage that would leave events
// after it is refused at its field; Ctrl+Z puts all back.
func TestTimelinePropertiesAreEdited(t *testing.T) {
	w := newTestWindow(t)
	ds, err := data.Load("own.json", []byte(`{"title":"Houston","categories":[{"id":"a","label":"A"},{"id":"b","label":"B"}],"sources":{"s":{"title":"S"}},
"events":[{"id":"x","title":"X","start":"1985","channel":"a","sources":["s"]},{"id":"y","title":"Y","start":"2003","channel":"b","sources":["s"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	w.setDataset(ds, "")
	title := ds.Title
	pf := w.showProperties()
	pf.title.SetText("Houston, as taught")
	pf.to.SetText("1900")
	if err := pf.to.Validate(); err == nil || !strings.Contains(err.Error(), "after 1900") {
		t.Fatalf("a coverage ending before the events: %v", err)
	}
	pf.to.SetText("")
	pf.labels[0].SetText("Renamed")
	pf.roles[len(pf.roles)-1].SetSelected("Pressure")
	pf.form.OnSubmit()
	if w.Dataset.Title != "Houston, as taught" || w.Dataset.Category(0).Name() != "Renamed" || !w.Decades.Chart().Tally.Diverges() ||
		!strings.Contains(w.Summary.Text, "Houston, as taught") {
		t.Fatalf("after saving: %+v; chart diverges %v; summary %q", w.Dataset.PropertiesOf(), w.Decades.Chart().Tally.Diverges(), w.Summary.Text)
	}
	windowKeys().undo.run(w)
	if w.Dataset.Title != title || w.Decades.Chart().Tally.Diverges() {
		t.Error("Ctrl+Z did not put the properties back")
	}
}

// TestErasAreEditedInTheProperties: an era renamed, one added and one
// removed in one change; an era that would leave the timeline unable to
// open again (an end before its start) is refused with its message.
func TestErasAreEditedInTheProperties(t *testing.T) {
	w := newTestWindow(t)
	n := len(w.Dataset.Eras)
	pf := w.showProperties()
	first := pf.eras[0]
	first.name.SetText("Carter years")
	pf.eras[1].removing.SetChecked(true)
	added := pf.eras[len(pf.eras)-1]
	added.name.SetText("Hostage crisis")
	added.start.SetText("1979-11-04")
	added.end.SetText("1981-01-20")
	timeline := w.Timeline
	pf.form.OnSubmit()
	if len(w.Dataset.Eras) != n || !hasEraNamed(w, "Carter years") || !hasEraNamed(w, "Hostage crisis") {
		t.Fatalf("after saving: %d eras (want %d)", len(w.Dataset.Eras), n)
	}
	if rows := w.Channels.Chart().Tally.Rows; !slices.Contains(rows, "Carter years") {
		t.Errorf("the chart by administration counts %v, not the renamed era", rows)
	}
	if w.Timeline != timeline {
		t.Error("new eras made the timeline again, rather than drawing its bands anew")
	}
	windowKeys().undo.run(w)
	if hasEraNamed(w, "Hostage crisis") || len(w.Dataset.Eras) != n {
		t.Error("Ctrl+Z did not put the eras back")
	}
	pf = w.showProperties()
	bad := pf.eras[len(pf.eras)-1]
	bad.name.SetText("Backwards")
	bad.start.SetText("1990")
	bad.end.SetText("1980")
	pf.form.OnSubmit()
	if hasEraNamed(w, "Backwards") || w.topDialog() == nil {
		t.Error("an era ending before it starts was saved, or nothing said why")
	}
}

// hasEraNamed reports whether the window's timeline has an era called name.
func hasEraNamed(w *Window, name string) bool {
	for _, e := range w.Dataset.Eras {
		if e.Name == name {
			return true
		}
	}
	return false
}

// TestANewTitleKeepsTheViews: a change of title and introduction alone
// is shown where it is read (the header, the window's title, the
// overview) without the views made again: the timeline, its view and
// the counts stay; Ctrl+Z gives the old title back the same way.
func TestANewTitleKeepsTheViews(t *testing.T) {
	w := newTestWindow(t)
	timeline, view, title := w.Timeline, w.Timeline.View(), w.Dataset.Title
	pf := w.showProperties()
	pf.title.SetText("The record, as taught")
	pf.intro.SetText("Our course's own introduction.")
	pf.form.OnSubmit()
	w.Win.Canvas().Capture()
	if w.Timeline != timeline || w.Timeline.View() != view {
		t.Error("a new title made the timeline again")
	}
	if !strings.Contains(w.Summary.Text, "The record, as taught") || !strings.Contains(w.Win.Title(), "The record, as taught") ||
		!strings.Contains(w.Detail.Text(), "Our course's own introduction.") {
		t.Errorf("the new title and introduction are not shown: header %q, window %q, overview %q", w.Summary.Text, w.Win.Title(), w.Detail.Text())
	}
	windowKeys().undo.run(w)
	if w.Timeline != timeline || !strings.Contains(w.Summary.Text, title) {
		t.Errorf("Ctrl+Z: header %q, timeline made again %v", w.Summary.Text, w.Timeline != timeline)
	}
}
