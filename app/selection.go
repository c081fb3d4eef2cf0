package app

import (
	"fmt"

	"backchannel/data"
)

// showSelection fills the detail pane and status line with the selected
// event, and outlines its bars in the charts.
func (w *Window) showSelection(i int, e data.Event) {
	if i < 0 {
		w.Detail.Clear()
		w.Status.SetText(statusHint)
		w.refreshCharts()
		return
	}
	n := len(w.Timeline.Events())
	w.Detail.ShowEvent(w.Dataset, e, w.Theme, i == 0, i == n-1)
	text := fmt.Sprintf("%d of %d: %s — %s · %s", i+1, n, e.Title, e.ShownDate(), w.Dataset.Category(e.Channel).Label)
	if era, ok := w.Dataset.AdministrationOf(e); ok {
		text += " · " + era.AdministrationName()
	}
	w.Status.SetText(text)
	w.refreshCharts()
}
