package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"backchannel/charts"
	"backchannel/data"
)

// TestRowsByChannelFromTheViewMenu: View > Rows > By Channel gives each
// channel a row of lanes in the window, carries over to what is exported
// from it, and is remembered; Packed puts them back together.
func TestRowsByChannelFromTheViewMenu(t *testing.T) {
	w := newTestWindow(t)
	rows := menuItem(w, "Rows")
	if rows.ChildMenu == nil || len(rows.ChildMenu.Items) != 2 || !rows.ChildMenu.Items[0].Checked {
		t.Fatalf("View > Rows: %+v, want Packed checked and By Channel", rows.ChildMenu)
	}
	if byChannel := rows.ChildMenu.Items[1]; byChannel.Label != "By Channel" {
		t.Fatalf("the second item reads %q", byChannel.Label)
	} else {
		byChannel.Action()
	}
	w.Win.Canvas().Capture()
	l := w.Timeline.Layout()
	if len(l.Sections) < 4 || !menuItem(w, "Rows").ChildMenu.Items[1].Checked {
		t.Fatalf("by channel, the window shows %d rows", len(l.Sections))
	}
	for _, it := range l.Items {
		if it.Event < 0 {
			continue
		}
		e := w.Timeline.Events()[it.Event]
		for _, s := range l.Sections {
			if it.Row >= s.First && it.Row < s.First+s.Lanes && s.Category != e.Channel {
				t.Errorf("%q (%s) in the row of %s", e.Title, e.Channel, s.Category)
			}
		}
	}
	if req := w.exportRequest(charts.Slides, "pdf", 960, 540, 1, charts.Light); req.Rows != charts.RowsByCategory {
		t.Error("slides exported from the window pack their lanes")
	}
	w.Present()
	w.Win.Canvas().Capture()
	if p := w.presenting; p == nil || p.timeline.Rows() != charts.RowsByCategory || len(p.timeline.Layout().Sections) == 0 {
		t.Error("presenting packs the lanes the window shows by channel")
	}
	w.presenting.Leave()
	w2 := NewWindow(w.App, w.Dataset) // after a restart
	defer w2.Win.Close()
	w2.Win.Resize(fyne.NewSize(1280, 800))
	w2.Win.Canvas().Capture()
	if len(w2.Timeline.Layout().Sections) == 0 {
		t.Error("rows by channel were not remembered")
	}
	menuItem(w, "Rows").ChildMenu.Items[0].Action()
	w.Win.Canvas().Capture()
	if l := w.Timeline.Layout(); l.Sections != nil || menuItem(w, "Rows").ChildMenu.Items[1].Checked {
		t.Error("Packed left the rows by channel")
	}
	imported := &data.Dataset{Title: "T", OwnCategories: []data.Category{{ID: "g", Label: "G"}}}
	w.Dataset = imported
	if got := menuItem(w, "Rows"); got.ChildMenu == nil {
		t.Fatal("no Rows menu")
	}
	if got := w.rowsItem().ChildMenu.Items[1].Label; got != "By Group" {
		t.Errorf("an imported timeline's item reads %q, want By Group", got)
	}
}
