package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestPresenterViewFollowsAndKeepsTheNotes: the presenter view opens a
// second window beside the audience's; a key in either moves both; the
// presenter's shows the slide number, what comes next and the event's
// notes, which the audience's screen never shows; Escape in it ends the
// presentation and closes it.
func TestPresenterViewFollowsAndKeepsTheNotes(t *testing.T) {
	w := newTestWindow(t)
	for i := range w.Shown {
		w.Shown[i].Notes = "Lecturer's note on " + w.Shown[i].ID
	}
	windows := len(w.App.Driver().AllWindows())
	w.PresentWithPresenter()
	p := w.presenting
	if p == nil || p.presenter == nil || len(w.App.Driver().AllWindows()) != windows+1 {
		t.Fatalf("presenting %v, presenter %v, %d windows, want %d", p != nil, p != nil && p.presenter != nil, len(w.App.Driver().AllWindows()), windows+1)
	}
	v := p.presenter
	keyIn := func(c fyne.Canvas, k fyne.KeyName) { c.OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	keyIn(v.win.Canvas(), fyne.KeyRight) // in the presenter's window
	checkPresenter(t, p, 1)
	keyIn(w.Win.Canvas(), fyne.KeyRight) // in the audience's
	checkPresenter(t, p, 2)
	keyIn(v.win.Canvas(), fyne.KeyLeft)
	checkPresenter(t, p, 1)
	// The audience's screen: the card and the timeline, without the notes.
	var shown []string
	for _, tx := range p.card.Scene().Texts {
		shown = append(shown, tx.Body)
	}
	for _, tx := range p.timeline.Layout().Scene.Texts {
		shown = append(shown, tx.Body)
	}
	if all := strings.Join(shown, "\n"); strings.Contains(all, "Lecturer's note") || !strings.Contains(all, p.events[1].Title) {
		t.Errorf("the audience's screen reads:\n%s", all)
	}
	typeIn := func(c fyne.Canvas, r rune) { c.OnTypedRune()(r) }
	typeIn(v.win.Canvas(), 'b')
	if p.Blanked() != BlankBlack || !strings.Contains(v.blank.Text, "black screen") {
		t.Errorf("B in the presenter's window: the audience's screen %v, the presenter reads %q", p.Blanked(), v.blank.Text)
	}
	keyIn(v.win.Canvas(), fyne.KeyRight) // any key uncovers
	keyIn(v.win.Canvas(), fyne.KeyEscape)
	if w.presenting != nil || len(w.App.Driver().AllWindows()) != windows {
		t.Errorf("Escape in the presenter's window: presenting %v, %d windows", w.presenting != nil, len(w.App.Driver().AllWindows()))
	}
}

// checkPresenter checks both windows stand at slide i.
func checkPresenter(t *testing.T, p *Presentation, i int) {
	t.Helper()
	v := p.presenter
	if p.Index() != i || p.timeline.Selected() != i {
		t.Fatalf("the audience's screen is at %d (selected %d), want %d", p.Index(), p.timeline.Selected(), i)
	}
	want := []struct {
		got  *widget.Label
		text string
	}{
		{v.counter, fmt.Sprintf("Slide %d of %d", i+1, p.Slides())},
		{v.next, p.events[i+1].Title},
		{v.notes, "Lecturer's note on " + p.events[i].ID},
	}
	for _, w := range want {
		if !strings.Contains(w.got.Text, w.text) {
			t.Errorf("slide %d: the presenter's window reads %q, want %q", i, w.got.Text, w.text)
		}
	}
	if sc := v.slide.Scene(); len(sc.Texts) == 0 {
		t.Error("the presenter's window shows no slide")
	}
}
