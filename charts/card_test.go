package charts

import (
	"strings"
	"testing"

	"backchannel/data"
)

func TestCardFitsAndKeepsItsParts(t *testing.T) {
	c := Card{Title: "Secret arms-for-hostages contacts (Iran-Contra) and a much longer title that must wrap onto a second line and then some more words",
		Date: "1985 – 1986", Channel: data.Secret, Meta: "Secret · Reagan administration",
		Summary: "U.S. officials dealt secretly with Iran. Weapons went by way of Israel. Money went to the Contras. A fourth sentence is not shown.",
		Source:  "Source: Timeline: U.S.-Iran Contacts — Council on Foreign Relations — 9 Mar 2007"}
	for _, size := range [][2]float64{{1920, 450}, {1280, 330}, {800, 260}} {
		sc := c.Layout(size[0], size[1], Projector)
		var all []string
		for _, tx := range sc.Texts {
			b := tx.Bounds()
			if b.X < 0 || b.X+b.W > size[0] || tx.Y > size[1] || b.Y < 0 {
				t.Errorf("%v: %q at %+v leaves the card", size, tx.Body, b)
			}
			all = append(all, tx.Body)
		}
		text := strings.Join(all, "\n")
		for _, want := range []string{"Secret arms-for-hostages", "1985 – 1986 · Secret · Reagan administration", "Source:"} {
			if !strings.Contains(text, want) {
				t.Errorf("%v: the card lacks %q:\n%s", size, want, text)
			}
		}
		if strings.Contains(text, "fourth sentence") {
			t.Errorf("%v: the card shows more than three sentences", size)
		}
	}
}

func TestFirstSentencesSkipsAbbreviations(t *testing.T) {
	s := "The U.S. Navy shot down a jet. The U.S. said it was an accident. More."
	if got := FirstSentences(s, 2); got != "The U.S. Navy shot down a jet. The U.S. said it was an accident." {
		t.Errorf("FirstSentences = %q", got)
	}
}

func TestTowardEndsExactlyOnTarget(t *testing.T) {
	from := TimeView{Start: 1980, End: 2020}
	to := TimeView{Start: 2015.5, End: 2015.7, MinSpan: Day, MaxSpan: 100}
	if got := from.Toward(to, 1); got != to {
		t.Errorf("Toward(1) = %+v, want %+v", got, to)
	}
	if got := from.Toward(to, 0); got.Start != from.Start || got.End != from.End {
		t.Errorf("Toward(0) = %+v", got)
	}
	prev := from.Span()
	for k := 1; k <= 9; k++ {
		f := float64(k) / 10
		v := from.Toward(to, f)
		if v.Span() >= prev || v.Span() <= to.Span() {
			t.Errorf("at %.1f the span %v is not between %v and %v", f, v.Span(), prev, to.Span())
		}
		prev = v.Span()
	}
}

func TestInContextShowsNeighbours(t *testing.T) {
	ds := bundled(t)
	v := FitEvents(ds.Events)
	for i := 1; i+1 < len(ds.Events); i++ {
		c := v.InContext(ds.Events, i)
		e := ds.Events[i]
		if mid := (e.Start.Begin() + e.Start.Finish()) / 2; !e.IsSpan() && (mid < c.Start || mid > c.End) {
			t.Errorf("%s is not in its own view", e.ID)
		}
		if c.Span() < 40 && (ds.Events[i-1].Start.Begin() < c.Start || ds.Events[i+1].Start.Begin() > c.End) {
			t.Errorf("%s: a neighbour is out of view %.2f–%.2f", e.ID, c.Start, c.End)
		}
	}
}

// TestInContextIsNotHalfEmptyAtTheEnds: framing the first or last of a
// few events far apart (the secret channel) runs at most a twentieth of
// the view past them, and keeps the event in view (#17 item 7).
func TestInContextIsNotHalfEmptyAtTheEnds(t *testing.T) {
	ds := bundled(t)
	secret := eventsOf(ds, data.Secret)
	lo, hi := eventsExtent(secret)
	v := FitEvents(ds.Events)
	for _, i := range []int{0, 1, len(secret) - 2, len(secret) - 1} {
		c := v.InContext(secret, i)
		e := secret[i]
		if c.Start < lo-c.Span()/20-1e-9 || c.End > hi+c.Span()/20+1e-9 {
			t.Errorf("%s: view %.2f–%.2f runs past the events (%.2f–%.2f)", e.ID, c.Start, c.End, lo, hi)
		}
		if mid := (e.Start.Begin() + e.Start.Finish()) / 2; mid < c.Start || mid > c.End {
			t.Errorf("%s is out of its own view %.2f–%.2f", e.ID, c.Start, c.End)
		}
	}
}

// eventsOf is the events of one channel of ds, in order.
func eventsOf(ds *data.Dataset, ch data.Channel) []*data.Event {
	var out []*data.Event
	for _, e := range ds.Events {
		if e.Channel == ch {
			out = append(out, e)
		}
	}
	return out
}
