package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestDraggingWithCtrlMovesAnEventsDates: with Ctrl held, dragging an
// event's marker says where it would go, and letting go moves its dates
// by as much, at their precision, as one change; without Ctrl the drag
// pans.
func TestDraggingWithCtrlMovesAnEventsDates(t *testing.T) {
	w := newTestWindow(t)
	l := w.Timeline.Layout()
	var at fyne.Position
	id := ""
	for _, it := range l.Items {
		if it.Event >= 0 && w.Timeline.Events()[it.Event].Start.Precision == 3 {
			at = fyne.NewPos(float32(it.Marker.X+it.Marker.W/2), float32(it.Marker.Y+it.Marker.H/2))
			id = w.Timeline.Events()[it.Event].ID
			break
		}
	}
	if id == "" {
		t.Fatal("no event dated to the day in view")
	}
	before := w.Dataset.Events[indexOf(t, w.Dataset.Events, id)].Start
	w.Timeline.KeyDown(&fyne.KeyEvent{Name: desktop.KeyControlLeft})
	step := fyne.NewDelta(60, 0)
	w.Timeline.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at.Add(step)}, Dragged: step})
	if !strings.HasPrefix(w.Status.Text, "Moving ") {
		t.Errorf("while dragging the status says %q", w.Status.Text)
	}
	w.Timeline.DragEnd()
	w.Timeline.KeyUp(&fyne.KeyEvent{Name: desktop.KeyControlLeft})
	after := w.Dataset.Events[indexOf(t, w.Dataset.Events, id)].Start
	if !before.Before(after) || after.Precision != before.Precision {
		t.Fatalf("dragged 60 px right: %s -> %s", before.ISO(), after.ISO())
	}
	windowKeys().undo.run(w)
	if w.Dataset.Events[indexOf(t, w.Dataset.Events, id)].Start != before {
		t.Error("Ctrl+Z did not put the date back")
	}
}
