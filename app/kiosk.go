package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
)

// PrefAutoSeconds is how many seconds a slide shows when the presentation
// advances by itself.
const PrefAutoSeconds = "autoSeconds"

// autoChoices are the intervals the Present menu offers, in seconds.
var autoChoices = []int{5, 8, 12, 20, 30}

// defaultAutoSeconds is the interval until one is chosen.
const defaultAutoSeconds = 8

// AutoInterval is how long a slide shows when the presentation advances
// by itself.
func (w *Window) AutoInterval() time.Duration {
	return time.Duration(w.App.Preferences().IntWithFallback(PrefAutoSeconds, defaultAutoSeconds)) * time.Second
}

// SetAutoInterval sets and remembers it, in whole seconds.
func (w *Window) SetAutoInterval(d time.Duration) {
	w.App.Preferences().SetInt(PrefAutoSeconds, max(1, int(d.Round(time.Second)/time.Second)))
	if p := w.presenting; p != nil {
		p.autoEvery = w.AutoInterval()
		p.scheduleAuto()
	}
	w.refreshMenu()
}

// autoMenu is the Present menu's choice of interval, the current one checked.
func (w *Window) autoMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Advance By Itself Every", nil)
	item.ChildMenu = fyne.NewMenu("")
	for _, s := range autoChoices {
		d := time.Duration(s) * time.Second
		choice := fyne.NewMenuItem(fmt.Sprintf("%d Seconds", s), func() { w.SetAutoInterval(d) })
		choice.Checked = w.AutoInterval() == d
		item.ChildMenu.Items = append(item.ChildMenu.Items, choice)
	}
	return item
}

// PresentAuto enters presentation mode advancing by itself, looping: a
// kiosk for an open day. Any key of the lecturer's still works; A stops it.
func (w *Window) PresentAuto() {
	w.Present()
	if p := w.presenting; p != nil {
		p.deck.SetAuto(true)
		p.updateCorner()
		p.scheduleAuto()
	}
}

// scheduleAuto times the next step when the deck advances by itself,
// from now: a key the lecturer presses starts the wait again.
func (p *Presentation) scheduleAuto() {
	if p.autoTimer != nil {
		p.autoTimer.Stop()
		p.autoTimer = nil
	}
	if !p.deck.Auto() || p.w.presenting != p {
		return
	}
	p.autoTimer = time.AfterFunc(p.autoEvery, func() { fyne.Do(p.autoStep) })
}

// autoStep is the step the presentation takes by itself.
func (p *Presentation) autoStep() {
	if p.w.presenting != p || !p.deck.Auto() {
		return
	}
	at, blank := p.deck.Index(), p.deck.Blanked()
	p.deck.Advance()
	p.showChanges(at, blank)
	p.scheduleAuto()
}

// Start is how the window starts: on a file being read, presenting (a
// saved tour, or every event), advancing by itself.
type Start struct {
	Open        *Loading // a file being read, shown once it is ready; nil for none
	Source      string   // the file the dataset given to Run came from; "" for the bundled record
	Present     bool
	Tour        string // the saved tour to present; "" for every event
	AutoSeconds int    // when above 0, the slides advance by themselves this often
	Presenter   bool   // open the presenter view in a second window too
}

// presentAsAsked starts presenting as s asks, if it does.
func (w *Window) presentAsAsked(s Start) {
	if !s.Present {
		return
	}
	if s.Tour == "" {
		w.Present()
	} else if t, ok := w.tourNamed(s.Tour); ok {
		w.PresentTour(t)
	} else {
		var names []string
		for _, t := range w.Tours() {
			names = append(names, "“"+t.Name+"”")
		}
		saved := "There are no saved tours."
		if len(names) > 0 {
			saved = "The saved tours are " + strings.Join(names, ", ") + "."
		}
		w.showInformation("No such tour", fmt.Sprintf("There is no saved tour called “%s”. %s", s.Tour, saved))
		return
	}
	if p := w.presenting; p != nil && s.Presenter {
		p.openPresenter()
	}
	if p := w.presenting; p != nil && s.AutoSeconds > 0 {
		p.autoEvery = time.Duration(s.AutoSeconds) * time.Second
		p.deck.SetAuto(true)
		p.updateCorner()
		p.scheduleAuto()
	}
}
