package app

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"backchannel/data"
)

// Editing the timeline in the window: each change one step of the
// dataset's history, undone with Ctrl+Z and redone with Ctrl+Shift+Z or
// Ctrl+Y; the window's title says when the dataset differs from its file.

// deleteSelected deletes the selected event at once, without asking:
// undo is the safety net.
func (w *Window) deleteSelected() {
	i := w.Timeline.Selected()
	if i < 0 {
		w.Status.SetText("Select the event to delete first")
		return
	}
	c, err := data.DeleteEventNear(w.Dataset, w.Timeline.Events()[i].ID, i)
	if err != nil {
		w.Status.SetText("Not deleted: " + err.Error())
		return
	}
	w.doChange(c)
}

// doChange makes a change to the dataset and shows it.
func (w *Window) doChange(c data.Change) {
	from := len(w.history.Log())
	w.history.Do(w.Dataset, c)
	w.edited(c, c.Label+" · Ctrl+Z undoes it", from)
}

// undo takes the last change back.
func (w *Window) undo() {
	from := len(w.history.Log())
	if c, ok := w.history.Undo(w.Dataset); ok {
		w.edited(c, "Undid "+lowerFirst(c.Label), from)
	}
}

// redo makes the last change undone again.
func (w *Window) redo() {
	from := len(w.history.Log())
	if c, ok := w.history.Redo(w.Dataset); ok {
		w.edited(c, "Redid "+lowerFirst(c.Label), from)
	}
}

// edited shows the dataset as it now is after change c, whose edits are
// the history's log from from on, keeping the filters, the view and,
// where it is still there, the selection (the views made again where c
// reshapes them), and says what happened.
func (w *Window) edited(c data.Change, what string, from int) {
	if c.Reshapes {
		w.showDataset(w.Dataset, w.Source)
		w.applyFilter(w.Filter())
	} else {
		if c.SetsProperties() { // new eras, drawn in place
			w.Timeline.SetEras(w.Dataset.Eras)
			w.Filters.SetEras(w.Dataset)
		}
		w.applyFilterAfter(w.Filter(), w.history.Log()[from:]) // the charts too, with the selection
	}
	w.setWindowTitle()
	w.refreshMenu()
	w.noteEdits()
	w.collector.noteEdit()
	w.Status.SetText(what)
}

// setWindowTitle names the dataset in the window's title, and says when
// it has edits not saved.
func (w *Window) setWindowTitle() {
	title := "Backchannel"
	if w.Source != "" || w.history.Edited() {
		title += " — " + w.Dataset.Title
	}
	if w.history.Edited() {
		title += " (edited)"
	}
	w.Win.SetTitle(title)
}

// editMenu is the Edit menu: Undo and Redo, naming the change, and Delete.
func (w *Window) editMenu() *fyne.Menu {
	keys := windowKeys()
	undo, redo := w.item(keys.undo), w.item(keys.redo)
	undo.Label, undo.Disabled = "Undo", w.history.UndoLabel() == ""
	if l := w.history.UndoLabel(); l != "" {
		undo.Label = "Undo " + l
	}
	redo.Label, redo.Disabled = "Redo", w.history.RedoLabel() == ""
	if l := w.history.RedoLabel(); l != "" {
		redo.Label = "Redo " + l
	}
	editItem := fyne.NewMenuItem("Edit Event… (F2, Enter)", w.editSelected)
	del := fyne.NewMenuItem("Delete Event (Delete)", w.deleteSelected)
	props := fyne.NewMenuItem("Timeline Properties…", func() { w.showProperties() })
	return fyne.NewMenu("Edit", undo, redo, fyne.NewMenuItemSeparator(), w.item(keys.newEvent), editItem, del, fyne.NewMenuItemSeparator(), props)
}

// lowerFirst puts a label's first letter in lower case: "Undid delete …".
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// movedDates are event e's dates moved by years, at their precision.
func movedDates(e data.Event, years float64) (start, end data.Date) {
	start = e.Start.Shifted(years)
	if e.IsSpan() {
		end = e.End.Shifted(years)
	}
	return start, end
}

// showMove says, while event i is dragged with Ctrl, where it would go.
func (w *Window) showMove(i int, years float64) {
	e := w.Timeline.Events()[i]
	start, end := movedDates(*e, years)
	moved := *e
	moved.Start, moved.End = start, end
	w.Status.SetText(fmt.Sprintf("Moving “%s” to %s: let go to place it", e.Title, moved.DateText()))
}

// moveEvent moves event i's dates by years, as one change, where the
// rules allow the new dates.
func (w *Window) moveEvent(i int, years float64) {
	e := w.Timeline.Events()[i]
	start, end := movedDates(*e, years)
	if start == e.Start {
		w.Status.SetText(fmt.Sprintf("“%s” stays on %s: drag further to move it by its precision", e.Title, e.DateText()))
		return
	}
	f := w.Dataset.FieldsOf(*e)
	f.Start, f.End = start.ISO(), ""
	if e.IsSpan() {
		f.End = end.ISO()
	}
	moved, problems := w.Dataset.CheckEvent(f, e.ID)
	for field, m := range problems {
		w.Status.SetText(fmt.Sprintf("Not moved (%s): %s", field, m))
		return
	}
	w.doChange(data.PutEventNear(w.Dataset, moved, e.ID, i))
}
