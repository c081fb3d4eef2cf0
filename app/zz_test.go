package app

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/data"
)

func TestZZPhases(t *testing.T) {
	a := test.NewApp()
	defer test.NewApp()
	w := NewWindow(a, manyEvents(t, 100000))
	w.Win.Resize(fyne.NewSize(1920, 1080))
	w.Win.Canvas().Capture()
	names := []string{"change", "timeline", "counts", "select", "title+menu+journal", "status", "frame"}
	var rows [][]time.Duration
	i := 0
	for r := 0; r < 200; r++ {
		w.Timeline.Select(i % len(w.Timeline.Events()))
		i += 7919
		for k := 0; k < 3; k++ {
			var d []time.Duration
			t0 := time.Now()
			lap := func() { d = append(d, time.Since(t0)); t0 = time.Now() }
			from := len(w.history.Log())
			var c data.Change
			switch k {
			case 0:
				c, _ = data.DeleteEvent(w.Dataset, w.Timeline.Events()[w.Timeline.Selected()].ID)
				w.history.Do(w.Dataset, c)
			case 1:
				c, _ = w.history.Undo(w.Dataset)
			case 2:
				c, _ = w.history.Redo(w.Dataset)
			}
			lap()
			ds := w.Dataset
			f := w.Filter()
			w.Shown = f.Apply(ds, ds.Events)
			w.Timeline.EventsEdited(w.Shown, w.history.Log()[from:])
			w.bringIntoView()
			lap()
			others := f
			others.Channels = nil
			w.Filters.SetCounts(ds.CountByChannel(others.Apply(ds, ds.Events)), len(w.Shown), len(ds.Events))
			w.Summary.SetText(summaryText(ds))
			lap()
			j := w.Timeline.Selected()
			var e data.Event
			if j >= 0 {
				e = w.Timeline.Events()[j]
			}
			w.showSelection(j, e)
			lap()
			w.setWindowTitle()
			w.refreshMenu()
			w.noteEdits()
			lap()
			w.Status.SetText("x " + c.Label)
			lap()
			frame(w)
			lap()
			rows = append(rows, d)
		}
	}
	total := func(d []time.Duration) (s time.Duration) {
		for _, x := range d {
			s += x
		}
		return
	}
	slices.SortFunc(rows, func(a, b []time.Duration) int { return int(total(a) - total(b)) })
	fmt.Println(names)
	for _, d := range rows[len(rows)-30:] {
		fmt.Println(total(d).Round(100*time.Microsecond), d)
	}
	fmt.Println("median", total(rows[len(rows)/2]), rows[len(rows)/2])
}
