package data

import (
	"slices"
	"strings"
	"testing"
)

// TestPropertiesAreCheckedAgainstTheEventsTheyTouch: ProblemsWith finds
// an era taken away (or moved to another band) that an event names as
// its administration, and a
// coverage that ends before an event; it passes a change of title, and
// eras and a coverage that suit every event, on a record with an event
// that follows another (whose check the properties have no part in).
func TestPropertiesAreCheckedAgainstTheEventsTheyTouch(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(ds.Events, func(e *Event) bool { return e.After != "" }) {
		t.Fatal("the record has no event that follows another")
	}
	named := ds.Events[len(ds.Events)/2].clone()
	named.ID, named.Administration = "named-era-event", "obama"
	if _, ok := ds.Era("obama"); !ok {
		t.Fatal("the record has no era obama")
	}
	ds.Events = append(ds.Events, named)
	SortEvents(ds.Events)

	p := ds.PropertiesOf()
	p.Title = "Another title"
	if err := ds.ProblemsWith(p); err != nil {
		t.Errorf("a new title: %v", err)
	}

	without := ds.PropertiesOf()
	without.Eras = slices.DeleteFunc(slices.Clone(without.Eras), func(e Era) bool { return e.ID == "obama" })
	if err := ds.ProblemsWith(without); err == nil || !strings.Contains(err.Error(), `administration "obama"`) {
		t.Errorf("the era an event names taken away: %v", err)
	}

	general := ds.PropertiesOf()
	for i := range general.Eras {
		if general.Eras[i].ID == "obama" {
			general.Eras[i].Band = BandGeneral
		}
	}
	if err := ds.ProblemsWith(general); err == nil || !strings.Contains(err.Error(), "not a us-president era") {
		t.Errorf("the era an event names moved to the general band: %v", err)
	}

	short := ds.PropertiesOf()
	short.Coverage.To = MustParseDate("2010-12")
	if err := ds.ProblemsWith(short); err == nil || !strings.Contains(err.Error(), "after the coverage ends") {
		t.Errorf("a coverage ending in 2010: %v", err)
	}
}
