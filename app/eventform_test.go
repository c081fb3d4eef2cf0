package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/data"
)

// TestANewEventIsTypedInAndShown: Ctrl+N opens the form at the centre of
// the view; a wrong date is refused at its field, with its message, and
// Save stays off; typed right, Save puts the event in the timeline, the
// charts and the counts, and Ctrl+Z takes it out again.
func TestANewEventIsTypedInAndShown(t *testing.T) {
	w := newTestWindow(t)
	n := len(w.Dataset.Events)
	decades := w.Decades.Chart().Tally.Sum()
	windowKeys().newEvent.run(w)
	ef := w.topDialogForm(t)
	test.Type(ef.entries["title"], "Talks in Muscat")
	ef.entries["start"].SetText("")
	test.Type(ef.entries["start"], "2024-02-30")
	test.Type(ef.entries["sources"], "cfr-2007")
	if err := ef.entries["start"].Validate(); err == nil || !strings.Contains(err.Error(), "impossible date") {
		t.Fatalf("a wrong date: %v", err)
	}
	ef.form.OnSubmit() // as if Save were pressed while off: nothing is saved
	if len(w.Dataset.Events) != n {
		t.Fatal("a wrong form was saved")
	}
	ef.entries["start"].SetText("")
	test.Type(ef.entries["start"], "2024-02-20")
	if err := ef.entries["start"].Validate(); err != nil {
		t.Fatalf("a right date refused: %v", err)
	}
	ef.form.OnSubmit()
	if len(w.Dataset.Events) != n+1 || w.Decades.Chart().Tally.Sum() != decades+1 || w.Timeline.Selected() < 0 ||
		w.Timeline.Events()[w.Timeline.Selected()].Title != "Talks in Muscat" {
		t.Fatalf("after Save: %d events, charts count %d, selected %d", len(w.Dataset.Events), w.Decades.Chart().Tally.Sum(), w.Timeline.Selected())
	}
	if !strings.Contains(w.Summary.Text, "129 events") {
		t.Errorf("the counts: %q", w.Summary.Text)
	}
	windowKeys().undo.run(w)
	if len(w.Dataset.Events) != n {
		t.Error("Ctrl+Z left the new event")
	}
}

// TestEditingAnEventMovesItInTime: F2 edits the selected event; a new
// start moves it among the others, and the change undoes.
func TestEditingAnEventMovesItInTime(t *testing.T) {
	w := newTestWindow(t)
	selectID(t, w, "algiers-accords")
	w.otherKey(&fyne.KeyEvent{Name: fyne.KeyF2})
	ef := w.topDialogForm(t)
	if ef.entries["title"].Text != "Algiers Accords signed" {
		t.Fatalf("the form shows %q", ef.entries["title"].Text)
	}
	ef.entries["start"].SetText("2016-01-16")
	ef.form.OnSubmit()
	i := w.Timeline.Selected()
	if i < 0 || w.Timeline.Events()[i].ID != "algiers-accords" || w.Timeline.Events()[i].Start.Year != 2016 {
		t.Fatal("the edited event is not where its new date puts it")
	}
	if got := menuNamed(w, "Edit").Items[0].Label; got != "Undo Edit “Algiers Accords signed”" {
		t.Errorf("the Edit menu reads %q", got)
	}
}

// topDialogForm is the event form showing.
func (w *Window) topDialogForm(t *testing.T) *eventForm {
	t.Helper()
	if w.eventForm == nil {
		t.Fatal("no event form")
	}
	return w.eventForm
}

// TestANewTimelineGetsItsFirstEventAndSource: File > New Timeline makes
// an empty timeline; its first event, citing a source added in the form,
// is saved with the source, as one change.
func TestANewTimelineGetsItsFirstEventAndSource(t *testing.T) {
	w := newTestWindow(t)
	w.setDataset(data.NewDataset("The Suez Crisis"), "")
	w.history.MarkUnsaved()
	w.newEvent()
	ef := w.topDialogForm(t)
	test.Type(ef.entries["title"], "Nasser nationalises the canal")
	ef.entries["start"].SetText("1956-07-26")
	ef.added = append(ef.added, data.Source{ID: "kyle-1991", Title: "Suez", Publisher: "Keith Kyle", Date: "1991"})
	ef.entries["sources"].SetText("kyle-1991")
	ef.form.OnSubmit()
	if len(w.Dataset.Events) != 1 || w.Dataset.Sources["kyle-1991"].Title != "Suez" {
		t.Fatalf("after the first event: %d events, sources %v", len(w.Dataset.Events), w.Dataset.Sources)
	}
	windowKeys().undo.run(w)
	if len(w.Dataset.Events) != 0 || len(w.Dataset.Sources) != 0 {
		t.Errorf("one Ctrl+Z left %d events and %d sources", len(w.Dataset.Events), len(w.Dataset.Sources))
	}
}

// TestAccountsAreEditedInTheForm: an event's accounts show one a line;
// a line without its three parts, or citing a source the event does not,
// is refused at the field; a right one is saved with the event.
func TestAccountsAreEditedInTheForm(t *testing.T) {
	w := newTestWindow(t)
	selectID(t, w, "iran-air-655")
	w.editSelected()
	ef := w.topDialogForm(t)
	accounts := ef.entries["accounts"]
	if !strings.Contains(accounts.Text, " | ") {
		t.Fatalf("the accounts read %q", accounts.Text)
	}
	accounts.SetText(accounts.Text + "\nA historian | said so")
	if err := accounts.Validate(); err == nil || !strings.Contains(err.Error(), "whose account | what it says") {
		t.Errorf("a line of two parts: %v", err)
	}
	accounts.SetText(strings.TrimSuffix(accounts.Text, "A historian | said so") + "A historian | It was an error. | nowhere-cited")
	if err := accounts.Validate(); err == nil || !strings.Contains(err.Error(), "not among the event's sources") {
		t.Errorf("an account citing another source: %v", err)
	}
	ef.entries["sources"].SetText(ef.entries["sources"].Text + "; " + w.Dataset.SourceIDs()[0])
	accounts.SetText(strings.Replace(accounts.Text, "nowhere-cited", w.Dataset.SourceIDs()[0], 1))
	if err := accounts.Validate(); err != nil {
		t.Fatalf("a right account refused: %v", err)
	}
	ef.form.OnSubmit()
	for _, e := range w.Dataset.Events {
		if e.ID == "iran-air-655" && e.Accounts[len(e.Accounts)-1].By != "A historian" {
			t.Errorf("the accounts saved: %+v", e.Accounts)
		}
	}
}

// TestEnterSavesTheEventForm: Enter in a one-line field saves the form as
// Save does, and not while a field is wrong.
func TestEnterSavesTheEventForm(t *testing.T) {
	w := newTestWindow(t)
	n := len(w.Dataset.Events)
	windowKeys().newEvent.run(w)
	ef := w.topDialogForm(t)
	test.Type(ef.entries["title"], "Talks in Doha")
	enter := &fyne.KeyEvent{Name: fyne.KeyReturn}
	ef.entries["title"].TypedKey(enter) // no source yet: refused
	if len(w.Dataset.Events) != n || !strings.HasPrefix(w.Status.Text, "Not saved") {
		t.Fatalf("a form without a source was saved by Enter (status %q)", w.Status.Text)
	}
	test.Type(ef.entries["sources"], "cfr-2007")
	ef.entries["sources"].TypedKey(enter)
	if i := w.Timeline.Selected(); len(w.Dataset.Events) != n+1 || i < 0 || w.Timeline.Events()[i].Title != "Talks in Doha" {
		t.Errorf("after Enter: %d events, status %q", len(w.Dataset.Events), w.Status.Text)
	}
}
