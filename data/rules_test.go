package data

import "testing"

func presidents(t *testing.T) *Dataset {
	t.Helper()
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestAdministrationRule(t *testing.T) {
	ds := presidents(t)
	tests := []struct {
		start, override, want string
	}{
		{"2017", "", "trump-45"},       // all of 2017 is Trump's
		{"2009-01", "", "bush-43"},     // 19 days of Bush beat 12 of Obama
		{"2009-01-20", "", "obama"},    // inauguration day belongs to the new president
		{"2009-01-19", "", "bush-43"},  // the day before does not
		{"1981-01-19", "", "carter"},   // the Algiers Accords
		{"1981-01-20", "", "reagan"},   // the hostages' release
		{"1981", "", "reagan"},         // a year read as a period
		{"2025-06-22", "", "trump-47"}, // an open era runs to today
		{"2001", "clinton", "clinton"}, // the override wins
		{"1977-01", "", "carter"},      // Carter from the 20th: 12 days, nobody else
	}
	for _, tt := range tests {
		e := Event{Start: MustParseDate(tt.start), Administration: tt.override}
		era, ok := ds.AdministrationOf(e)
		if !ok || era.ID != tt.want {
			t.Errorf("administration of %s (override %q) = %q, %v; want %q", tt.start, tt.override, era.ID, ok, tt.want)
		}
	}
	if _, ok := ds.AdministrationOf(Event{Start: MustParseDate("1960")}); ok {
		t.Error("an event before Carter should have no administration")
	}
}

func TestDecadeRule(t *testing.T) {
	tests := []struct {
		start string
		want  int64
		label string
	}{
		{"1979-11-04", 1970, "1970s"},
		{"1980", 1980, "1980s"},
		{"2015-07-14", 2010, "2010s"},
		{"-5", -10, "-10s"},
	}
	for _, tt := range tests {
		got := DecadeOf(Event{Start: MustParseDate(tt.start)})
		if got != tt.want || DecadeLabel(got) != tt.label {
			t.Errorf("decade of %s = %d %q, want %d %q", tt.start, got, DecadeLabel(got), tt.want, tt.label)
		}
	}
}

func TestEraAtIranianBands(t *testing.T) {
	ds := presidents(t)
	era, ok := ds.EraAt(BandIranPresident, MustParseDate("2013-09-27"))
	if !ok || era.Name != "Rouhani" {
		t.Errorf("Iranian president on 27 Sep 2013 = %q, want Rouhani", era.Name)
	}
	leader, ok := ds.EraAt(BandIranLeader, MustParseDate("1988-07-03"))
	if !ok || leader.Name != "Khomeini" {
		t.Errorf("Supreme Leader on 3 Jul 1988 = %q, want Khomeini", leader.Name)
	}
}
