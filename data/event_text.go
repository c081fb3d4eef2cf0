package data

import (
	"fmt"
	"slices"
)

// The wording of an event and its parts as every view gives them: the
// detail pane, the presentation card, the status line, the web page.

// ShownDate is an event's date as readers see it: an imported timeline's
// own wording when it has one, else DateText.
func (e Event) ShownDate() string {
	if e.DisplayDate != "" {
		return e.DisplayDate
	}
	return e.DateText()
}

// ShownDates is ShownDate with the Solar Hijri date beside it, where the
// calendar gives one: "3 Jul 1988 · 12 Tir 1367".
func (e Event) ShownDates() string {
	if sh := e.SolarHijriText(); sh != "" {
		return e.ShownDate() + " · " + sh
	}
	return e.ShownDate()
}

// AdministrationName names an era as an administration: "Obama
// administration".
func (e Era) AdministrationName() string { return e.Name + " administration" }

// AccountLine is one account as readers see it: whose, what it holds,
// and the title of the source that records it.
func (d *Dataset) AccountLine(a Account) string {
	name := d.Source(a.Source).Title
	if name == "" {
		name = a.Source
	}
	return fmt.Sprintf("%s: %s (%s)", a.By, a.Says, name)
}

// TopicLabels are an event's topics by their labels, or their ids where
// the dataset gives no label.
func (d *Dataset) TopicLabels(e Event) []string {
	var out []string
	for _, t := range e.Topics {
		if label := d.Topics[t]; label != "" {
			out = append(out, label)
		} else {
			out = append(out, t)
		}
	}
	return out
}

// CountByChannel counts events by their channel or category, in the
// order of Categories.
func (d *Dataset) CountByChannel(events []*Event) []int {
	kept := d.keptFor(events)
	if kept != nil && kept.byChannel != nil {
		return slices.Clone(kept.byChannel)
	}
	n := make([]int, len(d.Categories()))
	for ke := range events {
		e := events[ke]
		if d.ValidCategory(e.Channel) {
			n[e.Channel]++
		}
	}
	if kept != nil {
		kept.byChannel = slices.Clone(n)
	}
	return n
}
