package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
)

func TestWindowShowsBothChartsOfTheDataset(t *testing.T) {
	a := test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	w := NewWindow(a, ds)
	defer w.Win.Close()
	if w.Win.Title() != "Backchannel" {
		t.Errorf("title %q", w.Win.Title())
	}
	if got := w.Decades.Chart().Title; got != "Contacts per decade" {
		t.Errorf("left chart %q", got)
	}
	if got := w.Channels.Chart().Title; got != "Channel type by administration" {
		t.Errorf("right chart %q", got)
	}
	if w.Decades.Chart().Tally.Sum() != len(ds.Events) || w.Channels.Chart().Tally.Sum() != len(ds.Events) {
		t.Error("the charts do not count every event")
	}
	if !strings.Contains(w.Summary.Text, ds.Title) || !strings.Contains(w.Summary.Text, "events") {
		t.Errorf("summary %q", w.Summary.Text)
	}
	w.Win.Resize(fyne.NewSize(1280, 800))
	w.Win.Canvas().Capture()
	if len(w.Decades.Layout().Segments) == 0 || len(w.Channels.Layout().Segments) == 0 {
		t.Error("a chart drew no bars at 1280x800")
	}
}

func TestSelectingAnEventShowsItOnTheStatusLine(t *testing.T) {
	a := test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	w := NewWindow(a, ds)
	defer w.Win.Close()
	w.Win.Resize(fyne.NewSize(1280, 800))
	w.Win.Canvas().Capture()
	if w.Status.Text != statusHint {
		t.Errorf("status %q before any selection", w.Status.Text)
	}
	for i, e := range w.Timeline.Events() {
		if e.ID == "algiers-accords" {
			w.Timeline.Select(i)
		}
	}
	want := "Algiers Accords signed — 19 Jan 1981 · Intermediary · Carter administration"
	if w.Status.Text != want {
		t.Errorf("status %q, want %q", w.Status.Text, want)
	}
	w.Timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Status.Text != statusHint {
		t.Errorf("status %q after Escape", w.Status.Text)
	}
}

func TestThemePreference(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefTheme, "projector")
	if th := chartTheme(a); th.Name != charts.Projector.Name {
		t.Errorf("theme %q, want projector", th.Name)
	}
	a.Preferences().SetString(PrefTheme, "bogus")
	if th := chartTheme(a); th.Name != charts.Light.Name {
		t.Errorf("unknown preference gave %q, want light", th.Name)
	}
}
