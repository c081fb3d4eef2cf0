package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
)

// TestDetailPaneLaysOutItsOverviewOnceItHasAWidth: the overview's wrapped
// text waits for the pane's width, and is there once it has one; an event
// shown meanwhile is not replaced by it.
func TestDetailPaneLaysOutItsOverviewOnceItHasAWidth(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	if p.Text() != "" {
		t.Errorf("before it has a width the pane reads %q", p.Text())
	}
	p.Resize(fyne.NewSize(320, 600))
	if !strings.HasPrefix(p.Text(), ds.Title) {
		t.Errorf("once sized the pane reads %q, want the overview of %q", p.Text(), ds.Title)
	}

	q := NewDetailPane(ds)
	q.ShowEvent(ds, ds.Events[0], charts.Light, true, false)
	q.Resize(fyne.NewSize(320, 600))
	if !strings.HasPrefix(q.Text(), ds.Events[0].Title) {
		t.Errorf("an event shown before the pane was sized became %q", q.Text())
	}
}

// TestAHeldOverviewWaitsForItsRelease: while held, the overview is not
// laid out even when the pane has its width, nor when the pane is
// cleared; released, it is there.
func TestAHeldOverviewWaitsForItsRelease(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	p.HoldOverview()
	p.Resize(fyne.NewSize(320, 600))
	p.Clear()
	if p.Text() != "" {
		t.Errorf("a held overview was laid out: the pane reads %q", p.Text())
	}
	p.ReleaseOverview()
	if !strings.HasPrefix(p.Text(), ds.Title) {
		t.Errorf("once released the pane reads %q, want the overview of %q", p.Text(), ds.Title)
	}
}

// TestTheDetailPaneShowsTheLecturersNotes: an event's notes show in the
// detail pane, under their heading; an event without shows none.
func TestTheDetailPaneShowsTheLecturersNotes(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	p.Resize(fyne.NewSize(320, 600))
	e := ds.Events[3]
	p.ShowEvent(ds, e, charts.Light, false, false)
	if strings.Contains(p.Text(), "Notes") {
		t.Error("notes shown for an event without")
	}
	e.Notes = "Ask who asked first."
	p.ShowEvent(ds, e, charts.Light, false, false)
	if !strings.Contains(p.Text(), "Notes\nAsk who asked first.") {
		t.Errorf("the pane reads %q", p.Text())
	}
}
