package app

import (
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
	c, err := data.DeleteEvent(w.Dataset, w.Timeline.Events()[i].ID)
	if err != nil {
		w.Status.SetText("Not deleted: " + err.Error())
		return
	}
	w.doChange(c)
}

// doChange makes a change to the dataset and shows it.
func (w *Window) doChange(c data.Change) {
	w.history.Do(w.Dataset, c)
	w.edited(c, c.Label+" · Ctrl+Z undoes it")
}

// undo takes the last change back.
func (w *Window) undo() {
	if c, ok := w.history.Undo(w.Dataset); ok {
		w.edited(c, "Undid "+lowerFirst(c.Label))
	}
}

// redo makes the last change undone again.
func (w *Window) redo() {
	if c, ok := w.history.Redo(w.Dataset); ok {
		w.edited(c, "Redid "+lowerFirst(c.Label))
	}
}

// edited shows the dataset as it now is after change c, keeping the
// filters, the view and, where it is still there, the selection (the
// views made again where c reshapes them), and says what happened.
func (w *Window) edited(c data.Change, what string) {
	if c.Reshapes {
		w.showDataset(w.Dataset, w.Source)
	}
	w.applyFilter(w.Filter())
	w.refreshCharts()
	w.setWindowTitle()
	w.refreshMenu()
	w.noteEdits()
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
