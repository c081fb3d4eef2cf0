package app

import (
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
	pf.form.OnSubmit()
	if len(w.Dataset.Eras) != n || !hasEraNamed(w, "Carter years") || !hasEraNamed(w, "Hostage crisis") {
		t.Fatalf("after saving: %d eras (want %d)", len(w.Dataset.Eras), n)
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
