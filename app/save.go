package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
)

// Saving as people expect: Save writes back to the file the timeline came
// from, in its own format, where Backchannel writes that format, and asks
// where otherwise (the bundled record is never written over); Save As
// writes Backchannel JSON or CSV, by the name's ending. Every save is
// whole or nothing; a failed one keeps every edit and says why.

// save writes the timeline to its file, then runs then (when not nil).
func (w *Window) save(then func()) {
	format, ok := w.sourceFormat()
	if !ok {
		w.saveAs(then)
		return
	}
	w.writeTo(w.Source, format, then)
}

// saveAs asks where to save the timeline, as JSON or CSV by the name's
// ending, then runs then.
func (w *Window) saveAs(then func()) {
	jsonOrCSV := func(d *dialog.FileDialog) { d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".csv"})) }
	w.askWhereToSave(slugify(w.Dataset.Title)+".json", jsonOrCSV, func(path string) {
		if filepath.Ext(path) == "" {
			path += ".json"
		}
		w.writeTo(path, formatByName(path), then)
	})
}

// fileSaveDialog asks where to write a file, suggesting name, and hands
// the path chosen to chosen (the file is written again whole, through a
// temporary file); it returns the dialog, to set up and show.
func (w *Window) fileSaveDialog(name string, chosen func(path string)) *dialog.FileDialog {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		path := wc.URI().Path()
		wc.Close()
		chosen(path)
	}, w.Win)
	d.SetFileName(name)
	return d
}

// writeTo writes the timeline to path in format, whole or not at all; on
// success it is the timeline's file from now on, then runs. A large
// timeline is written on its own goroutine (see savewriting.go).
func (w *Window) writeTo(path string, format data.Format, then func()) {
	if len(w.Dataset.Events) == 0 {
		w.showInformation("Nothing to save yet", "A timeline needs at least one event to open again: Ctrl+N adds one.")
		return
	}
	if w.afterSave(func() { w.writeTo(path, format, then) }) {
		return
	}
	if len(w.Dataset.Events) >= saveAsideFrom {
		w.writeAside(path, format, then)
		return
	}
	point := w.history.SavePoint()
	err := writeTimeline(path, w.Dataset, format)
	w.wrote(path, format, point, err, then)
}

// wrote ends a save of the timeline as it was at point to path in format:
// on success it is the timeline's file, then runs; on err it says why,
// every edit kept.
func (w *Window) wrote(path string, format data.Format, point data.SavePoint, err error, then func()) {
	if err != nil {
		w.showError(fmt.Errorf("%v. Every edit is still here: save again, or elsewhere with Save As", err))
		return
	}
	w.history.MarkSavedAt(point)
	w.wroteSource(path, format)
	w.fromFile(path)
	w.noteEdits() // as saved: no journal, or the edits made since
	w.setWindowTitle()
	w.addRecent(path)
	w.Status.SetText(fmt.Sprintf("Saved %s: %d events, as %s", path, len(w.Dataset.Events), format))
	if then != nil {
		then()
	}
}

// askToSave runs then once the edits not saved are saved, or the user
// chose not to save them; Cancel runs nothing.
func (w *Window) askToSave(then func()) {
	if w.afterSave(func() { w.askToSave(then) }) {
		return // asked once the save being written has ended
	}
	if !w.history.Edited() {
		then()
		return
	}
	var d dialog.Dialog
	text := widget.NewLabel(fmt.Sprintf("Save the changes to “%s”? If you don't, your edits are lost.", w.Dataset.Title))
	text.Wrapping = fyne.TextWrapWord
	save := widget.NewButton("Save", func() { d.Hide(); w.save(then) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't Save", func() { d.Hide(); w.journalOf().remove(); then() })
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Unsaved changes", container.NewVBox(text, container.NewHBox(discard, cancel, save)), w.Win)
	w.showDialog(d, fyne.NewSize(460, 0), nil, save.OnTapped)
}

// showNewTimeline asks for a title and shows a new, empty timeline of
// that name, to be saved where the user chooses.
func (w *Window) showNewTimeline() {
	title := widget.NewEntry()
	title.SetPlaceHolder("e.g. The Suez Crisis, for HIST 204")
	d := dialog.NewForm("New timeline", "Create", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", title)}, func(ok bool) {
		if !ok || strings.TrimSpace(title.Text) == "" {
			return
		}
		w.setDataset(data.NewDataset(strings.TrimSpace(title.Text)), "")
		w.base = newBase(strings.TrimSpace(title.Text))
		w.history.MarkUnsaved()
		w.setWindowTitle()
		w.refreshMenu()
		w.Status.SetText("A new timeline: Ctrl+N adds its first event (Add a Source… in the form cites where it comes from); Ctrl+S saves it")
	}, w.Win)
	w.showDialog(d, fyne.NewSize(480, 0), title, nil)
}
