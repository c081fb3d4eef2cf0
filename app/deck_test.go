package app

import (
	"fmt"
	"testing"
)

// TestDeckKeys plays key sequences on a deck of ten events and two chart
// slides and checks where it lands, what covers the screen and what the
// corner says.
func TestDeckKeys(t *testing.T) {
	type step struct {
		key  DeckKey
		runs string // typed before the key
	}
	tests := []struct {
		name   string
		start  int
		steps  []step
		index  int
		blank  Blank
		corner string
		leave  bool
	}{
		{"next", 0, []step{{key: DeckNext}, {key: DeckNext}}, 2, NotBlank, "", false},
		{"back stops at the first", 1, []step{{key: DeckBack}, {key: DeckBack}}, 0, NotBlank, "", false},
		{"next runs into the charts, not past them", 8, []step{{key: DeckNext}, {key: DeckNext}, {key: DeckNext}, {key: DeckNext}}, 11, NotBlank, "", false},
		{"home and end", 5, []step{{key: DeckLast}}, 9, NotBlank, "", false},
		{"home", 5, []step{{key: DeckFirst}}, 0, NotBlank, "", false},
		{"digits then Enter jump", 0, []step{{runs: "7", key: DeckConfirm}}, 6, NotBlank, "", false},
		{"a number past the end goes to the last slide", 0, []step{{runs: "99", key: DeckConfirm}}, 11, NotBlank, "", false},
		{"typing shows the number", 0, []step{{runs: "12"}}, 0, NotBlank, "Go to 12 ⏎", false},
		{"Backspace drops a digit", 0, []step{{runs: "12", key: DeckErase}}, 0, NotBlank, "Go to 1 ⏎", false},
		{"Backspace without digits goes back", 3, []step{{key: DeckErase}}, 2, NotBlank, "", false},
		{"Escape drops the number first", 4, []step{{runs: "3", key: DeckLeave}}, 4, NotBlank, "", false},
		{"Escape leaves", 4, []step{{key: DeckLeave}}, 4, NotBlank, "", true},
		{"B blanks black", 2, []step{{runs: "b"}}, 2, BlankBlack, "", false},
		{". blanks black", 2, []step{{runs: "."}}, 2, BlankBlack, "", false},
		{"W blanks white", 2, []step{{runs: "W"}}, 2, BlankWhite, "", false},
		{"any key unblanks and does nothing else", 2, []step{{runs: "b", key: DeckNext}}, 2, NotBlank, "", false},
		{"Escape on a blank screen unblanks, not leaves", 2, []step{{runs: "w", key: DeckLeave}}, 2, NotBlank, "", false},
		{"runes on a blank screen do nothing", 2, []step{{runs: "b5c"}}, 2, BlankBlack, "", false},
		{"C to the charts", 3, []step{{runs: "c"}}, 10, NotBlank, "", false},
		{"C back to the event", 3, []step{{runs: "c"}, {key: DeckNext}, {runs: "C"}}, 3, NotBlank, "", false},
		{"T shows the clock and counter", 3, []step{{runs: "t"}}, 3, NotBlank, "09:05   4 / 12", false},
		{"digits hide the clock while typed", 3, []step{{runs: "t1"}}, 3, NotBlank, "Go to 1 ⏎", false},
		{"six digits at most", 0, []step{{runs: "12345678"}}, 0, NotBlank, "Go to 123456 ⏎", false},
	}
	for _, tt := range tests {
		d := NewDeck(10, 2, tt.start)
		leave := false
		for _, s := range tt.steps {
			for _, r := range s.runs {
				d.Rune(r)
			}
			if s.key != DeckNone {
				leave = d.Key(s.key)
			}
		}
		if d.Index() != tt.index || d.Blanked() != tt.blank || d.Corner("09:05") != tt.corner || leave != tt.leave {
			t.Errorf("%s: index %d, blank %v, corner %q, leave %v; want %d, %v, %q, %v",
				tt.name, d.Index(), d.Blanked(), d.Corner("09:05"), leave, tt.index, tt.blank, tt.corner, tt.leave)
		}
	}
}

func TestDeckSlides(t *testing.T) {
	d := NewDeck(3, 2, 7)
	if d.Index() != 2 || d.Slides() != 5 || !d.OnEvent() || d.ChartSlide() != -1 {
		t.Errorf("start past the events: index %d of %d, on event %v", d.Index(), d.Slides(), d.OnEvent())
	}
	d.Go(4)
	if d.OnEvent() || d.ChartSlide() != 1 || d.Progress() != 1 {
		t.Errorf("last slide: chart slide %d, progress %v", d.ChartSlide(), d.Progress())
	}
	if d.Go(9) {
		t.Error("Go past the end moved")
	}
}

// TestDeckAdvancesByItself: A starts and stops the kiosk; advancing steps
// to the next slide, from the last back to the first, and waits while the
// screen is blank or a number is being typed.
func TestDeckAdvancesByItself(t *testing.T) {
	d := NewDeck(3, 2, 0)
	d.Rune('a')
	if !d.Auto() || d.Corner("12:00") != "Auto" {
		t.Fatalf("A: auto %v, corner %q", d.Auto(), d.Corner("12:00"))
	}
	var seen []int
	for range 6 {
		d.Advance()
		seen = append(seen, d.Index())
	}
	if got := fmt.Sprint(seen); got != "[1 2 3 4 0 1]" {
		t.Errorf("advancing went %s, want [1 2 3 4 0 1]", got)
	}
	d.Rune('b')
	if d.Advance() || d.Index() != 1 {
		t.Error("advanced on a black screen")
	}
	d.Key(DeckNext) // any key brings the screen back
	d.Rune('4')
	if d.Advance() {
		t.Error("advanced while a number was being typed")
	}
	d.Key(DeckLeave)
	d.Rune('t')
	if c := d.Corner("12:00"); c != "Auto   12:00   2 / 5" {
		t.Errorf("with the clock the corner says %q", c)
	}
	d.Rune('A')
	if d.Auto() {
		t.Error("A again did not stop it")
	}
}
