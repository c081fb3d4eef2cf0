package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"backchannel/data"
)

// TestALectureIsPlannedAndPresentedInItsOrder: events added to a tour one
// by one make a lecture; its editor puts a step first and takes its notes;
// saved and read again after a restart, it presents in that order, the
// timeline following, the step's notes in the presenter view only.
func TestALectureIsPlannedAndPresentedInItsOrder(t *testing.T) {
	w := newTestWindow(t)
	for _, id := range []string{"lausanne-2015", "algiers-accords", "iran-contra"} {
		selectID(t, w, id)
		if err := w.addSelectedToTour("Three turns", false); err != nil {
			t.Fatal(err)
		}
	}
	tour, ok := w.tourNamed("Three turns")
	if !ok || len(tour.Steps) != 3 || tour.Steps[0].Event != "lausanne-2015" {
		t.Fatalf("the lecture: %+v", tour)
	}
	ed := w.showLectureEditor(tour)
	ed.list.Select(2)
	ed.notes.SetText("Start with the arms: what did each side want?")
	ed.move(2, -1)
	ed.move(1, -1)
	if !ed.save() {
		t.Fatal("not saved")
	}
	ed.dialog.Hide()

	w2 := NewWindow(w.App, w.Dataset) // after a restart
	defer w2.Win.Close()
	tour, _ = w2.tourNamed("Three turns")
	var order []string
	for _, s := range tour.Steps {
		order = append(order, s.Event)
	}
	if strings.Join(order, " ") != "iran-contra lausanne-2015 algiers-accords" || !strings.HasPrefix(tour.Steps[0].Notes, "Start with the arms") {
		t.Fatalf("after a restart the lecture runs %v, notes %q", order, tour.Steps[0].Notes)
	}
	w2.PresentTour(tour)
	w2.PresentWithPresenter()
	p := w2.presenting
	if p == nil || len(p.Events()) != 3 || p.presenter == nil {
		t.Fatal("the lecture is not presented with the presenter view")
	}
	for i, id := range order {
		if p.Events()[p.Index()].ID != id || p.timeline.Events()[p.timeline.Selected()].ID != id {
			t.Fatalf("step %d presents %s (timeline on %s), want %s", i, p.Events()[p.Index()].ID, p.timeline.Events()[p.timeline.Selected()].ID, id)
		}
		if i == 0 && !strings.Contains(p.presenter.notes.Text, "Start with the arms") {
			t.Errorf("the presenter's notes read %q", p.presenter.notes.Text)
		}
		p.Key(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	for _, tx := range p.card.Scene().Texts {
		if strings.Contains(tx.Body, "Start with the arms") {
			t.Error("the audience's card shows the step's notes")
		}
	}
}

// TestAFilterTourTurnsIntoALecture: a tour of filters becomes a lecture of
// the events they keep, in time order.
func TestAFilterTourTurnsIntoALecture(t *testing.T) {
	w := newTestWindow(t)
	lecture := w.asLecture(Tour{Name: "Secret", Channels: []string{"secret"}})
	var want []string
	for _, e := range w.Dataset.Events {
		if e.Channel == data.Secret {
			want = append(want, e.ID)
		}
	}
	var got []string
	for _, s := range lecture.Steps {
		got = append(got, s.Event)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") || lecture.Name != "Secret" {
		t.Errorf("the lecture runs %v, want %v", got, want)
	}
}

// TestStepsMoveByDraggingTheirHandle: dragging a step's handle down by a
// little over two rows moves it two places; the others shift up.
func TestStepsMoveByDraggingTheirHandle(t *testing.T) {
	w := newTestWindow(t)
	tour := Tour{Name: "Four", Steps: []TourStep{{Event: "algiers-accords"}, {Event: "iran-contra"}, {Event: "lausanne-2015"}, {Event: "bonn-conference"}}}
	ed := w.showLectureEditor(tour)
	defer ed.dialog.Hide()
	h := newDragHandle()
	h.row = 40
	h.moved = func(rows int) { ed.moveTo(0, rows) }
	h.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: 50}})
	h.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: 35}})
	h.DragEnd()
	var order []string
	for _, s := range ed.steps {
		order = append(order, s.Event)
	}
	if strings.Join(order, " ") != "iran-contra lausanne-2015 algiers-accords bonn-conference" {
		t.Errorf("after dragging the first step 85 px down: %v", order)
	}
	ed.moveTo(3, -5) // as far up as it goes
	if ed.steps[0].Event != "bonn-conference" {
		t.Errorf("moving the last step to the top: %v", ed.steps)
	}
}
