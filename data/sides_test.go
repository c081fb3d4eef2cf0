package data

import (
	"strings"
	"testing"
)

// TestCoercionIsPressure: of the six channels, coercion alone is
// pressure, so the bundled record's tallies set it apart.
func TestCoercionIsPressure(t *testing.T) {
	for i, c := range ChannelCategories() {
		if c.IsPressure() != (Channel(i) == Coercive) {
			t.Errorf("%s: pressure %v", c.ID, c.IsPressure())
		}
	}
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	tally := ds.CountByPeriod(ds.Events)
	if !ds.HasRoles() || !tally.Diverges() {
		t.Fatal("the bundled record's tally does not set pressure apart")
	}
	dialogue, pressure := 0, 0
	for r := range tally.Rows {
		d, p := tally.Sides(r)
		if d+p != tally.Total(r) || p != tally.Counts[r][Coercive] {
			t.Errorf("%s: %d dialogue and %d pressure of %d, %d coercive", tally.Rows[r], d, p, tally.Total(r), tally.Counts[r][Coercive])
		}
		dialogue, pressure = dialogue+d, pressure+p
	}
	if want := ds.CountByChannel(ds.Events)[Coercive]; pressure != want || dialogue+pressure != len(ds.Events) {
		t.Errorf("%d dialogue, %d pressure: want %d pressure of %d", dialogue, pressure, want, len(ds.Events))
	}
}

// TestRolesAreDeclaredAndChecked: a dataset's own categories may declare
// a role; without one, or with only one side, nothing diverges; an
// unknown role is a problem at its place.
func TestRolesAreDeclaredAndChecked(t *testing.T) {
	load := func(cats string) (*Dataset, error) {
		return Load("roles.json", []byte(`{"categories":[`+cats+`],"sources":{"s":{"title":"S"}},
"events":[{"id":"x","title":"X","start":"2001","channel":"a","sources":["s"]}]}`))
	}
	for cats, diverges := range map[string]bool{
		`{"id":"a"},{"id":"b"}`: false,
		`{"id":"a","role":"dialogue"},{"id":"b","role":"dialogue"}`: false,
		`{"id":"a","role":"pressure"}`:                              false,
		`{"id":"a"},{"id":"b","role":"pressure"}`:                   true,
		`{"id":"a","role":"dialogue"},{"id":"b","role":"pressure"}`: true,
	} {
		ds, err := load(cats)
		if err != nil {
			t.Fatalf("%s: %v", cats, err)
		}
		if got := ds.CountByPeriod(ds.Events).Diverges(); got != diverges {
			t.Errorf("%s: diverges %v, want %v", cats, got, diverges)
		}
		if byCategory := ds.CountByAdministration(ds.Events); byCategory.Diverges() != diverges {
			t.Errorf("%s: the tally with a row per category diverges %v, want %v", cats, byCategory.Diverges(), diverges)
		}
	}
	_, err := load(`{"id":"a"},{"id":"b","role":"coercion"}`)
	if err == nil || !strings.Contains(err.Error(), `roles.json:1:44: category "b": unknown role "coercion" (want dialogue or pressure)`) {
		t.Errorf("an unknown role: %v", err)
	}
}
