package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"backchannel/data"
)

// TestAKioskAdvancesByItselfAndLoops: presented advancing by itself, the
// slides step on at the interval chosen (remembered), loop after the last,
// a key the lecturer presses waits the interval again, and A stops it.
func TestAKioskAdvancesByItselfAndLoops(t *testing.T) {
	w := newTestWindow(t)
	w.SetAutoInterval(time.Second)
	if w.AutoInterval() != time.Second {
		t.Fatalf("interval %v", w.AutoInterval())
	}
	w.PresentAuto()
	p := w.presenting
	if p == nil || !p.deck.Auto() || p.CornerText() != "Auto" {
		t.Fatal("not presenting by itself")
	}
	p.autoEvery = 20 * time.Millisecond // the test need not wait seconds
	p.scheduleAuto()
	eventually(t, "three steps", func() bool { return p.Index() >= 3 })
	p.Go(p.deck.Slides() - 1)
	eventually(t, "the loop back to the first slide", func() bool { return p.Index() < 3 })
	p.autoEvery = time.Hour
	press(w, fyne.KeyRight) // the lecturer's key: the wait starts again, an hour now
	at := p.Index()
	time.Sleep(60 * time.Millisecond)
	if p.Index() != at {
		t.Error("the kiosk stepped on right after the lecturer's key")
	}
	typeRunes(w, "a")
	if p.deck.Auto() || p.autoTimer != nil {
		t.Error("A did not stop it")
	}
	press(w, fyne.KeyEscape)
	if w.presenting != nil {
		t.Error("Escape did not leave")
	}
	var choices []string
	for _, it := range menuNamed(w, "Present").Items[3].ChildMenu.Items {
		if it.Checked {
			choices = append(choices, it.Label)
		}
	}
	if len(choices) != 0 { // one second is not on the menu
		t.Errorf("checked %v", choices)
	}
	w.SetAutoInterval(12 * time.Second)
	for _, it := range menuNamed(w, "Present").Items[3].ChildMenu.Items {
		if it.Checked {
			choices = append(choices, it.Label)
		}
	}
	if len(choices) != 1 || choices[0] != "12 Seconds" {
		t.Errorf("Present > Advance By Itself Every checks %v, want 12 Seconds", choices)
	}
}

// TestStartingStraightIntoATour: -present -tour NAME -auto SECONDS opens
// presenting that tour, advancing by itself; an unknown tour says which
// tours there are instead (#14 item 4).
func TestStartingStraightIntoATour(t *testing.T) {
	w := newTestWindow(t)
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	w.SaveTour(w.currentTour("Secret only"))
	w.Filters.Clear()
	w.presentAsAsked(Start{Present: true, Tour: "secret ONLY", AutoSeconds: 10})
	p := w.presenting
	if p == nil || len(p.Events()) != len(w.Shown) || len(w.Shown) == len(w.Dataset.Events) {
		t.Fatal("the tour is not being presented")
	}
	if !p.deck.Auto() || p.autoEvery != 10*time.Second || p.autoTimer == nil {
		t.Errorf("auto %v every %v", p.deck.Auto(), p.autoEvery)
	}
	press(w, fyne.KeyEscape)
	w.presentAsAsked(Start{Present: true, Tour: "Nowhere"})
	if w.presenting != nil {
		t.Fatal("an unknown tour was presented")
	}
	top := w.Win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(labelTexts(top), " "), "“Secret only”") {
		t.Error("an unknown tour does not say which tours there are")
	}
}
