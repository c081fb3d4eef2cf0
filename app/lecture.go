package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A lecture is a tour planned event by event: the lecturer adds the
// selected event to it, puts the steps in order, writes what to say at
// each, and presents from any step.

// lectureEditor is the dialog that edits a lecture's steps.
type lectureEditor struct {
	w        *Window
	tour     Tour
	steps    []TourStep
	selected int
	list     *widget.List
	notes    *widget.Entry
	dialog   dialog.Dialog
}

// addSelectedToTour adds the selected event, as a step, to the lecture
// called name, making it when there is none; with the view shown now as
// the step's own when keepView is set.
func (w *Window) addSelectedToTour(name string, keepView bool) error {
	i := w.Timeline.Selected()
	if i < 0 {
		return fmt.Errorf("select an event first: it is the event the step shows")
	}
	t, ok := w.tourNamed(name)
	if !ok {
		t = Tour{Name: name}
	}
	if !t.IsList() && ok {
		t = w.asLecture(t)
	}
	step := TourStep{Event: w.Timeline.Events()[i].ID}
	if keepView {
		v := w.Timeline.View()
		step.ViewStart, step.ViewEnd = v.Start, v.End
	}
	t.Steps = append(t.Steps, step)
	return w.SaveTour(t)
}

// asLecture turns a filter's tour into a lecture of the events its
// filters keep, in time order, its view the first step's.
func (w *Window) asLecture(t Tour) Tour {
	events := t.Filter(w.Dataset).Apply(w.Dataset, w.Dataset.Events)
	out := Tour{Name: t.Name}
	for _, e := range events {
		out.Steps = append(out.Steps, TourStep{Event: e.ID})
	}
	return out
}

// showAddToTourDialog asks which lecture the selected event joins.
func (w *Window) showAddToTourDialog() {
	if w.Timeline.Selected() < 0 {
		w.showInformation("No event selected", "Select the event to add first: click it, or step to it with ← and →.")
		return
	}
	var names []string
	for _, t := range w.Tours() {
		names = append(names, t.Name)
	}
	name := widget.NewSelectEntry(names)
	name.SetPlaceHolder("a tour's name, or a new one")
	keep := widget.NewCheck("Glide to the stretch of time shown now", nil)
	form := dialog.NewForm("Add to tour", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Tour", name), widget.NewFormItem("", keep),
	}, func(ok bool) {
		n := strings.TrimSpace(name.Text)
		if !ok || n == "" {
			return
		}
		if err := w.addSelectedToTour(n, keep.Checked); err != nil {
			w.showError(err)
			return
		}
		e := w.Timeline.Events()[w.Timeline.Selected()]
		w.Status.SetText(fmt.Sprintf("Added %q to the tour %q: View > Tours > Edit puts it in order and takes notes", e.Title, n))
	}, w.Win)
	w.showDialog(form, fyne.NewSize(460, 0), name, form.Submit)
}

// showLectureEditor edits tour t's steps, turning a filter's tour into a
// lecture first; it returns the editor it shows.
func (w *Window) showLectureEditor(t Tour) *lectureEditor {
	if !t.IsList() {
		t = w.asLecture(t)
	}
	ed := &lectureEditor{w: w, tour: t, steps: slices.Clone(t.Steps), selected: -1}
	ed.notes = widget.NewMultiLineEntry()
	ed.notes.SetPlaceHolder("What to say at this step: shown in the presenter view, never to the audience")
	ed.notes.Wrapping = fyne.TextWrapWord
	ed.notes.OnChanged = func(s string) {
		if ed.selected >= 0 && ed.selected < len(ed.steps) {
			ed.steps[ed.selected].Notes = s
		}
	}
	ed.notes.Disable()
	ed.list = widget.NewList(func() int { return len(ed.steps) }, ed.makeRow, ed.showRow)
	ed.list.OnSelected = ed.choose
	help := widget.NewLabel("Drag a step by its handle, or Alt+↑ / Alt+↓, to move it; Delete removes it")
	content := container.NewBorder(nil, container.NewVBox(help, widget.NewLabel("Notes"), ed.notes), nil, nil, ed.list)
	ed.dialog = dialog.NewCustomConfirm("Tour “"+t.Name+"”", "Save", "Cancel", content, func(ok bool) {
		ed.keys(false)
		if ok {
			ed.save()
		}
	}, w.Win)
	ed.keys(true)
	w.showDialog(ed.dialog, fyne.NewSize(720, 520), ed.list, nil)
	if len(ed.steps) > 0 {
		ed.list.Select(0)
	}
	return ed
}

// makeRow is a step's row: its title, and buttons to move it, remove it
// and present from it.
func (ed *lectureEditor) makeRow() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	buttons := container.NewHBox(widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil), widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), nil), widget.NewButtonWithIcon("", theme.MediaPlayIcon(), nil))
	return container.NewBorder(nil, nil, newDragHandle(), buttons, label)
}

// showRow fills row i.
func (ed *lectureEditor) showRow(i widget.ListItemID, o fyne.CanvasObject) {
	row := o.(*fyne.Container)
	var buttons []fyne.CanvasObject
	for _, part := range row.Objects {
		switch part := part.(type) {
		case *widget.Label:
			part.SetText(fmt.Sprintf("%d. %s", i+1, ed.stepText(i)))
		case *dragHandle:
			part.row = row.MinSize().Height + theme.Padding()
			part.moved = func(rows int) { ed.moveTo(i, i+rows) }
		case *fyne.Container:
			buttons = part.Objects
		}
	}
	buttons[0].(*widget.Button).OnTapped = func() { ed.move(i, -1) }
	buttons[1].(*widget.Button).OnTapped = func() { ed.move(i, 1) }
	buttons[2].(*widget.Button).OnTapped = func() { ed.remove(i) }
	buttons[3].(*widget.Button).OnTapped = func() { ed.presentFrom(i) }
}

// stepText names step i's event: its title and date.
func (ed *lectureEditor) stepText(i int) string {
	id := ed.steps[i].Event
	for _, e := range ed.w.Dataset.Events {
		if e.ID == id {
			return e.Title + " — " + e.DateText()
		}
	}
	return id + " (not in this dataset)"
}

// choose shows step i's notes for editing.
func (ed *lectureEditor) choose(i widget.ListItemID) {
	ed.selected = i
	ed.notes.Enable()
	ed.notes.SetText(ed.steps[i].Notes)
}

// move moves step i by one place up (-1) or down (1), keeping it selected.
func (ed *lectureEditor) move(i, by int) { ed.moveTo(i, i+by) }

// moveTo moves step i to place j (within the list), the steps between
// shifting one place, keeping it selected.
func (ed *lectureEditor) moveTo(i, j int) {
	if i < 0 || i >= len(ed.steps) || len(ed.steps) == 0 {
		return
	}
	j = min(max(j, 0), len(ed.steps)-1)
	if i == j {
		return
	}
	step := ed.steps[i]
	ed.steps = slices.Insert(slices.Delete(ed.steps, i, i+1), j, step)
	ed.list.Refresh()
	ed.list.Select(j)
}

// remove takes step i out.
func (ed *lectureEditor) remove(i int) {
	if i < 0 || i >= len(ed.steps) {
		return
	}
	ed.steps = slices.Delete(ed.steps, i, i+1)
	ed.list.UnselectAll()
	ed.selected = -1
	ed.notes.SetText("")
	ed.notes.Disable()
	ed.list.Refresh()
	if len(ed.steps) > 0 {
		ed.list.Select(min(i, len(ed.steps)-1))
	}
}

// save keeps the steps as they stand.
func (ed *lectureEditor) save() bool {
	t := ed.tour
	t.Steps = slices.Clone(ed.steps)
	if err := ed.w.SaveTour(t); err != nil {
		ed.w.showError(err)
		return false
	}
	ed.tour = t
	return true
}

// presentFrom saves the steps and presents from step i.
func (ed *lectureEditor) presentFrom(i int) {
	if !ed.save() {
		return
	}
	ed.keys(false)
	ed.dialog.Hide()
	ed.w.PresentTourFrom(ed.tour, i)
}

// keys binds, or unbinds, Alt+↑ and Alt+↓ to move the selected step and
// Delete to remove it, while the editor is up.
func (ed *lectureEditor) keys(on bool) {
	c := ed.w.Win.Canvas()
	for _, k := range []struct {
		key fyne.KeyName
		mod fyne.KeyModifier
		run func()
	}{
		{fyne.KeyUp, fyne.KeyModifierAlt, func() { ed.move(ed.selected, -1) }},
		{fyne.KeyDown, fyne.KeyModifierAlt, func() { ed.move(ed.selected, 1) }},
		{fyne.KeyDelete, 0, func() {
			if c.Focused() != ed.notes {
				ed.remove(ed.selected)
			}
		}},
	} {
		sc := &desktop.CustomShortcut{KeyName: k.key, Modifier: k.mod}
		if on {
			run := k.run
			c.AddShortcut(sc, func(fyne.Shortcut) { run() })
		} else {
			c.RemoveShortcut(sc)
		}
	}
}

// lectureSummary says how many steps a tour has, for its menu item.
func lectureSummary(t Tour) string {
	if !t.IsList() {
		return "“" + t.Name + "”"
	}
	return fmt.Sprintf("“%s” (%d steps)", t.Name, len(t.Steps))
}
