package app

import (
	"encoding/json"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
	"backchannel/views"
)

// prefTours is where an earlier version kept the saved tours, as JSON in
// the preferences; they move to the tours file (see tourstore.go).
const prefTours = "tours"

// Tour is a saved presentation, a lecture: see data.Tour.
type Tour = data.Tour

// TourStep is one step of a lecture: see data.TourStep.
type TourStep = data.TourStep

// currentTour captures the window's filters, view and selection as a tour.
func (w *Window) currentTour(name string) Tour {
	f := w.Filter()
	v := w.Timeline.View()
	t := Tour{Name: name, Administration: f.Administration, Topic: f.Topic, Text: f.Text, Decade: f.Decade, Period: f.Period,
		From: f.From, To: f.To, ViewStart: v.Start, ViewEnd: v.End}
	if f.Channels != nil {
		for _, ch := range w.Dataset.CategoryList() {
			if f.Channels[ch] {
				t.Channels = append(t.Channels, w.Dataset.Category(ch).ID)
			}
		}
	}
	if i := w.Timeline.Selected(); i >= 0 {
		t.Start = w.Timeline.Events()[i].ID
	}
	return t
}

// Tours returns the tours the dataset's file keeps, then those saved in
// the app, in the order they were saved; a saved tour stands for the
// file's of the same name.
func (w *Window) Tours() []Tour {
	saved := w.savedTours()
	var tours []Tour
	for _, t := range w.Dataset.Tours {
		if !hasTour(saved, t.Name) {
			tours = append(tours, t)
		}
	}
	return append(tours, saved...)
}

// savedTours returns the tours saved in the app, in the order they were saved.
func (w *Window) savedTours() []Tour {
	tours := w.toursStore().load()
	w.reportTourProblem()
	return tours
}

// toursStore is the store of the saved tours, made the first time it is
// needed, when tours saved in preferences by an earlier version move over.
func (w *Window) toursStore() *tourStore {
	if w.tourStore == nil {
		w.tourStore = newTourStore(toursDir(w.App))
		w.moveToursFromPreferences()
	}
	return w.tourStore
}

// moveToursFromPreferences moves the tours an earlier version kept in the
// preferences to the tours file, once: they leave the preferences only
// once the file holds them.
func (w *Window) moveToursFromPreferences() {
	raw := w.App.Preferences().String(prefTours)
	if raw == "" {
		return
	}
	var old []Tour
	err := data.CheckJSONDepth("saved tours", []byte(raw))
	if err == nil {
		err = json.Unmarshal([]byte(raw), &old)
	}
	if err != nil {
		w.tourStore.problem = fmt.Sprintf("The tours an earlier version saved could not be read (%v): they are left where they were.", err)
		return
	}
	tours := w.tourStore.load()
	for _, t := range old {
		if !hasTour(tours, t.Name) {
			tours = append(tours, t)
		}
	}
	if err := w.tourStore.save(tours); err != nil {
		w.tourStore.problem = fmt.Sprintf("The tours an earlier version saved could not be moved to their own file (%v): they are left where they were.", err)
		return
	}
	w.App.Preferences().RemoveValue(prefTours)
}

// hasTour reports whether tours has one called name, in any case.
func hasTour(tours []Tour, name string) bool {
	for _, t := range tours {
		if strings.EqualFold(t.Name, name) {
			return true
		}
	}
	return false
}

// reportTourProblem says on the status line what was wrong with the saved
// tours, once.
func (w *Window) reportTourProblem() {
	if s := w.tourStore; s != nil && s.problem != "" {
		fyne.LogError(s.problem, nil)
		w.Status.SetText(s.problem)
		s.problem = ""
	}
}

// tourNamed finds a saved tour by its name, in any case.
func (w *Window) tourNamed(name string) (Tour, bool) {
	for _, t := range w.Tours() {
		if strings.EqualFold(t.Name, name) {
			return t, true
		}
	}
	return Tour{}, false
}

// SaveTour stores t, replacing a tour of the same name: in the dataset's
// own file where it can hold tours (see toursinfile.go), else in the app.
func (w *Window) SaveTour(t Tour) error {
	inFile, err := w.changeToursInFile(func(tours []Tour) []Tour { return replaceTour(tours, t) })
	if err == nil && !inFile {
		err = w.toursStore().save(replaceTour(w.savedTours(), t))
	}
	if err != nil {
		return err
	}
	w.refreshMenu()
	return nil
}

// DeleteTour forgets the tour called name, where it is kept.
func (w *Window) DeleteTour(name string) error {
	var err error
	if hasTour(w.savedTours(), name) {
		err = w.toursStore().save(withoutTour(w.savedTours(), name))
	} else if hasTour(w.Dataset.Tours, name) {
		_, err = w.changeToursInFile(func(tours []Tour) []Tour { return withoutTour(tours, name) })
	}
	if err != nil {
		return err
	}
	w.refreshMenu()
	return nil
}

// PresentTour presents a tour: a lecture's steps in their order, or the
// events its filters show, from its first event.
func (w *Window) PresentTour(t Tour) { w.PresentTourFrom(t, 0) }

// PresentTourFrom presents a tour from step first of a lecture (a
// filter's tour starts at its own first event).
func (w *Window) PresentTourFrom(t Tour, first int) {
	if t.IsList() {
		events, steps := w.lectureEvents(t)
		if len(events) == 0 {
			w.showInformation("Nothing to present", fmt.Sprintf("None of the events of the tour %q is in this dataset.", t.Name))
			return
		}
		w.startPresenting(events, steps, min(max(first, 0), len(events)-1))
		return
	}
	f := t.Filter(w.Dataset)
	w.setFilter(f)
	if t.ViewEnd > t.ViewStart {
		v := w.Timeline.View()
		v.Start, v.End = t.ViewStart, t.ViewEnd
		w.Timeline.SetView(v)
	}
	start := 0
	for i, e := range w.Shown {
		if e.ID == t.Start {
			start = i
		}
	}
	if len(w.Shown) == 0 {
		w.showInformation("Nothing to present", fmt.Sprintf("No event of this dataset passes the filters of the tour %q.", t.Name))
		return
	}
	w.startPresentation(start)
}

// showSaveTourDialog asks for a name and saves the current tour.
func (w *Window) showSaveTourDialog() {
	name := views.NewField()
	name.SetPlaceHolder("e.g. Secret channels, 1985–2013")
	if d := w.Filter().Describe(w.Dataset); d != "" {
		name.SetText(d)
	}
	form := dialog.NewForm("Save tour", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Name", name),
	}, func(ok bool) {
		if !ok || strings.TrimSpace(name.Text) == "" {
			return
		}
		if err := w.SaveTour(w.currentTour(strings.TrimSpace(name.Text))); err != nil {
			w.showError(err)
			return
		}
		w.Status.SetText(fmt.Sprintf("Saved the tour %q: present it from View > Tours", strings.TrimSpace(name.Text)))
	}, w.Win)
	name.OnSubmitted = func(string) { form.Submit() }
	name.OnEscape = form.Hide
	// The name field is wide enough for a filter's description.
	w.showDialog(form, fyne.NewSize(480, 0), name, form.Submit)
}

// toursMenu is View > Tours: save the current one, present a saved one.
func (w *Window) toursMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Tours", nil)
	item.ChildMenu = fyne.NewMenu("", fyne.NewMenuItem("Save Current as Tour…", w.showSaveTourDialog),
		fyne.NewMenuItem("Add Selected Event to Tour…", w.showAddToTourDialog),
		fyne.NewMenuItem("Export as Animation…", w.exportTourFilm))
	tours := w.Tours()
	if len(tours) > 0 {
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItemSeparator())
	}
	forget := fyne.NewMenuItem("Delete Tour", nil)
	forget.ChildMenu = fyne.NewMenu("")
	edit := fyne.NewMenuItem("Edit Tour", nil)
	edit.ChildMenu = fyne.NewMenu("")
	for _, t := range tours {
		t := t
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItem("Present “"+t.Name+"”", func() { w.PresentTour(t) }))
		edit.ChildMenu.Items = append(edit.ChildMenu.Items, fyne.NewMenuItem(lectureSummary(t)+"…", func() { w.showLectureEditor(t) }))
		forget.ChildMenu.Items = append(forget.ChildMenu.Items, fyne.NewMenuItem("“"+t.Name+"”", func() {
			d := dialog.NewConfirm("Delete tour", fmt.Sprintf("Delete the tour %q?", t.Name), func(ok bool) {
				if ok {
					if err := w.DeleteTour(t.Name); err != nil {
						w.showError(err)
					}
				}
			}, w.Win)
			w.showDialog(d, fyne.NewSize(400, 0), nil, d.Confirm)
		}))
	}
	if len(tours) > 0 {
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItemSeparator(), edit, forget)
	}
	return item
}

// lectureEvents are the events of a lecture's steps, in its order, with
// the steps that name them; the status line says how many steps name
// events the dataset does not hold.
func (w *Window) lectureEvents(t Tour) ([]*data.Event, []TourStep) {
	events, steps := t.Presented(w.Dataset)
	if missing := len(t.Steps) - len(steps); missing > 0 {
		w.Status.SetText(fmt.Sprintf("%d step(s) of %q name events this dataset does not hold: left out", missing, t.Name))
	}
	return events, steps
}
