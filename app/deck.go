package app

import "fmt"

// This file holds no Fyne: the deck is the presentation's logic, tested by
// tables; present.go and presentview.go show it.

// Blank is what covers the screen when the lecturer blanks it.
type Blank uint8

// The blank states: none, black, white.
const (
	NotBlank Blank = iota
	BlankBlack
	BlankWhite
)

// DeckKey is what a key of a keyboard or a presentation clicker asks of
// the deck.
type DeckKey uint8

// The deck's keys.
const (
	DeckNone    DeckKey = iota
	DeckNext            // →, ↓, Page Down, Space
	DeckBack            // ←, ↑, Page Up
	DeckConfirm         // Enter: jump to the typed number, or next
	DeckErase           // Backspace: a typed digit, or back
	DeckFirst           // Home
	DeckLast            // End: the last event
	DeckLeave           // Escape: drop the typed number, or leave
)

// Deck is the order of a presentation's slides, the events and then the
// chart slides, and what the lecturer's keys do to it: step, jump to a
// typed number, blank the screen, show the clock.
type Deck struct {
	events, charts int
	index          int    // the slide: events first, then the chart slides
	back           int    // the event to return to from the charts with C
	blank          Blank  // what covers the screen
	digits         string // a slide number being typed
	clock          bool   // the clock and counter are shown
	auto           bool   // the slides advance by themselves (a kiosk)
}

// NewDeck is a deck of events event slides and charts chart slides, at
// event start.
func NewDeck(events, charts, start int) *Deck {
	d := &Deck{events: events, charts: charts}
	d.index = min(max(start, 0), max(events-1, 0))
	return d
}

// Slides is the number of slides: the events and the charts.
func (d *Deck) Slides() int { return d.events + d.charts }

// Index is the current slide.
func (d *Deck) Index() int { return d.index }

// OnEvent tells whether the current slide is an event's.
func (d *Deck) OnEvent() bool { return d.index < d.events }

// ChartSlide is which chart slide is current, counted from 0; -1 on an
// event.
func (d *Deck) ChartSlide() int {
	if d.OnEvent() {
		return -1
	}
	return d.index - d.events
}

// Blanked says what covers the screen.
func (d *Deck) Blanked() Blank { return d.blank }

// Progress is the fraction of the slides shown so far.
func (d *Deck) Progress() float32 { return float32(d.index+1) / float32(d.Slides()) }

// Corner is what the corner shows: the number being typed, or the clock
// (now, as "15:04") and counter when they are on; "" for nothing.
func (d *Deck) Corner(now string) string {
	switch {
	case d.digits != "":
		return "Go to " + d.digits + " ⏎"
	case d.clock && d.auto:
		return fmt.Sprintf("Auto   %s   %d / %d", now, d.index+1, d.Slides())
	case d.clock:
		return fmt.Sprintf("%s   %d / %d", now, d.index+1, d.Slides())
	case d.auto:
		return "Auto"
	}
	return ""
}

// Auto tells whether the slides advance by themselves.
func (d *Deck) Auto() bool { return d.auto }

// SetAuto starts or stops the slides advancing by themselves.
func (d *Deck) SetAuto(on bool) { d.auto = on }

// Advance is the step the deck takes by itself: the next slide, and after
// the last the first again, so that a kiosk runs on. It does nothing while
// the screen is blank or a number is being typed, and tells whether it moved.
func (d *Deck) Advance() bool {
	if d.blank != NotBlank || d.digits != "" {
		return false
	}
	if d.index == d.Slides()-1 {
		return d.Go(0)
	}
	return d.Go(d.index + 1)
}

// ShowsClock tells whether the corner holds the clock, which ticks.
func (d *Deck) ShowsClock() bool { return d.clock && d.digits == "" }

// Go moves to slide i, kept within the deck; it tells whether it moved.
func (d *Deck) Go(i int) bool {
	i = min(max(i, 0), d.Slides()-1)
	if i == d.index {
		return false
	}
	d.index = i
	return true
}

// Key acts on a key; it tells whether the lecturer asked to leave. While
// the screen is blank, any key brings it back and does nothing else.
func (d *Deck) Key(k DeckKey) (leave bool) {
	if d.blank != NotBlank {
		d.blank = NotBlank
		return false
	}
	switch k {
	case DeckNext:
		d.Go(d.index + 1)
	case DeckBack:
		d.Go(d.index - 1)
	case DeckConfirm:
		if d.digits == "" {
			d.Go(d.index + 1)
			break
		}
		var n int
		fmt.Sscan(d.digits, &n)
		d.digits = ""
		d.Go(n - 1)
	case DeckErase:
		if d.digits == "" {
			d.Go(d.index - 1)
			break
		}
		d.digits = d.digits[:len(d.digits)-1]
	case DeckFirst:
		d.Go(0)
	case DeckLast:
		d.Go(d.events - 1)
	case DeckLeave:
		if d.digits == "" {
			return true
		}
		d.digits = ""
	}
	return false
}

// Rune acts on a typed character: digits for a slide number, B or . for a
// black screen, W for white, C to the charts and back, T for the clock, A
// to start or stop advancing by itself.
func (d *Deck) Rune(r rune) {
	if d.blank != NotBlank {
		return // the key that brought the screen back has been handled
	}
	switch {
	case r >= '0' && r <= '9':
		if len(d.digits) < 6 {
			d.digits += string(r)
		}
	case r == 'b' || r == 'B' || r == '.':
		d.blank = BlankBlack
	case r == 'w' || r == 'W':
		d.blank = BlankWhite
	case r == 'c' || r == 'C':
		if d.OnEvent() {
			d.back = d.index
			d.Go(d.events)
		} else {
			d.Go(d.back)
		}
	case r == 't' || r == 'T':
		d.clock = !d.clock
	case r == 'a' || r == 'A':
		d.auto = !d.auto
	}
}
