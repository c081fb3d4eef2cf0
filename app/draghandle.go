package app

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dragHandle is the grip at the left of a list's row: dragged up or down,
// it moves its row by as many rows as it was dragged.
type dragHandle struct {
	widget.Icon
	dragged float32        // how far it has been dragged, down positive
	row     float32        // the height of a row, from one to the next
	moved   func(rows int) // moves its row by rows, once the drag ends
}

// newDragHandle makes a grip.
func newDragHandle() *dragHandle {
	h := &dragHandle{}
	h.SetResource(theme.MenuIcon())
	h.ExtendBaseWidget(h)
	return h
}

// Dragged implements fyne.Draggable.
func (h *dragHandle) Dragged(ev *fyne.DragEvent) { h.dragged += ev.Dragged.DY }

// DragEnd implements fyne.Draggable: the row moves by the rows dragged
// over.
func (h *dragHandle) DragEnd() {
	row := max(h.row, h.Size().Height, 1)
	rows := int(math.Round(float64(h.dragged / row)))
	h.dragged = 0
	if rows != 0 && h.moved != nil {
		h.moved(rows)
	}
}
