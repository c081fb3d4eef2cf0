package data

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func bundledDataset(t *testing.T) *Dataset {
	t.Helper()
	ds, err := Bundled()
	if err != nil {
		t.Fatalf("bundled dataset:\n%v", err)
	}
	return ds
}

func eventByID(t *testing.T, ds *Dataset, id string) Event {
	t.Helper()
	for _, e := range ds.Events {
		if e.ID == id {
			return *e
		}
	}
	t.Fatalf("no event %q", id)
	return Event{}
}

// contactFact is what the record must say of one event.
type contactFact struct {
	id, start, end string
	channel        Channel
	intermediary   string // one of the event's intermediaries, or ""
	admin          string
	source         string
}

// contactFacts are the events the sources date, place and attribute.
var contactFacts = []contactFact{
	{"hostage-talks", "1979-11", "1981-01", Intermediary, "Algeria", "carter", "cfr-2007"},
	{"algiers-accords", "1981-01-19", "", Intermediary, "Algeria", "carter", "cfr-2007"},
	{"hostages-released", "1981-01-20", "", Intermediary, "Algeria", "reagan", "cfr-2007"},
	{"iran-contra", "1985", "1986", Secret, "Israel", "reagan", "cfr-2007"},
	{"iran-air-655", "1988-07-03", "", Coercive, "", "reagan", "cfr-2007"},
	{"albright-speech", "2000-03-17", "", Public, "", "clinton", "cfr-2007"},
	{"six-plus-two-2000", "2000-09", "", Multilateral, "", "clinton", "cfr-2007"},
	{"bonn-conference", "2001-11-27", "2001-12-05", Multilateral, "", "bush-43", "cfr-2007"},
	{"iran-overture-2003", "2003-05", "", Intermediary, "Switzerland", "bush-43", "cfr-2007"},
	{"powell-kharrazi-2004", "2004-11", "", Multilateral, "", "bush-43", "cfr-2007"},
	{"ahmadinejad-letter", "2006-05", "", Public, "", "bush-43", "cfr-2007"},
	{"oman-channel-2012", "2012", "2013", Secret, "Oman", "obama", "diplomacy-2024"},
	{"jpoa-implemented", "2014-01-20", "", Multilateral, "P5+1", "obama", "diplomacy-2024"},
	{"prisoner-swap-2019", "2019-12-07", "", Intermediary, "Switzerland", "trump-45", "diplomacy-2024"},
	{"vienna-talks-2021", "2021-04", "2022-03", Intermediary, "Russia", "biden", "diplomacy-2024"},
	{"oman-talks-2023", "2023-06", "2023-09", Intermediary, "Oman", "biden", "diplomacy-2024"},
	{"prisoner-swap-2023", "2023-09-18", "", Intermediary, "Qatar", "biden", "diplomacy-2024"},
	{"crocker-kazemi-qomi", "2007-05-28", "", Direct, "", "bush-43", "crocker-2007"},
	{"obama-rouhani-call", "2013-09-27", "", Direct, "", "obama", "obama-call-2013"},
	{"oman-talks-2025", "2025-04-12", "2025-05", Intermediary, "Oman", "trump-47", "oman-2025"},
	{"us-strikes-2025", "2025-06-22", "", Coercive, "", "trump-47", "trump-strikes-2025"},
	// From the record, beyond the two source texts.
	{"brzezinski-bazargan", "1979-11-01", "", Direct, "", "carter", "sick-1985"},
	{"embassy-seized", "1979-11-04", "", Coercive, "", "carter", "icj-hostages-1980"},
	{"tabatabai-christopher", "1980-09", "", Secret, "West Germany", "carter", "christopher-1985"},
	{"mcfarlane-tehran", "1986-05-25", "1986-05-28", Secret, "Israel", "reagan", "tower-1987"},
	{"goodwill-1989", "1989-01-20", "", Public, "", "bush-41", "bush-inaugural-1989"},
	{"lebanon-hostages-released", "1991-08", "1992-06", Intermediary, "United Nations", "bush-41", "picco-1999"},
	{"icj-oil-platforms", "1992-11-02", "", Multilateral, "", "bush-41", "icj-platforms-2003"},
	{"iran-air-655-settlement", "1996-02", "", Multilateral, "", "clinton", "icj-655-1996"},
	{"clinton-letter-1999", "1999", "", Intermediary, "Oman", "clinton", "pollack-2004"},
	{"lausanne-2015", "2015-04-02", "", Multilateral, "P5+1", "obama", "lausanne-2015"},
	{"sailors-detained-2016", "2016-01-12", "2016-01-13", Direct, "", "obama", "navy-sailors-2016"},
	{"abe-tehran-2019", "2019-06-12", "2019-06-13", Intermediary, "Japan", "trump-45", "khamenei-abe-2019"},
	{"prisoner-swap-2020", "2020-06-04", "", Intermediary, "Switzerland", "trump-45", "white-2020"},
	{"trump-letter-2025", "2025-03", "", Intermediary, "United Arab Emirates", "trump-47", "iran-mfa-letter-2025"},
}

// TestContactsFacts checks events against what the sources say.
func TestContactsFacts(t *testing.T) {
	ds := bundledDataset(t)
	for _, tt := range contactFacts {
		e := eventByID(t, ds, tt.id)
		if e.Start.ISO() != tt.start || (tt.end == "") == e.IsSpan() || (e.IsSpan() && e.End.ISO() != tt.end) {
			t.Errorf("%s: dates %s–%s, want %s–%s", tt.id, e.Start.ISO(), e.End.ISO(), tt.start, tt.end)
		}
		if e.Channel != tt.channel {
			t.Errorf("%s: channel %s, want %s", tt.id, e.Channel, tt.channel)
		}
		if tt.intermediary != "" && !slices.Contains(e.Intermediaries, tt.intermediary) {
			t.Errorf("%s: intermediaries %v lack %s", tt.id, e.Intermediaries, tt.intermediary)
		}
		if era, _ := ds.AdministrationOf(e); era.ID != tt.admin {
			t.Errorf("%s: administration %s, want %s", tt.id, era.ID, tt.admin)
		}
		if !slices.Contains(e.Sources, tt.source) {
			t.Errorf("%s: sources %v lack %s", tt.id, e.Sources, tt.source)
		}
	}
}

// TestContactsCoverBothSources checks that both source texts are drawn on
// throughout and that every source entry is cited.
func TestContactsCoverBothSources(t *testing.T) {
	ds := bundledDataset(t)
	cited := map[string]int{}
	for _, e := range ds.Events {
		for _, s := range e.Sources {
			cited[s]++
		}
		if e.Summary == "" || len(e.Topics) == 0 {
			t.Errorf("%s: needs a summary and topics", e.ID)
		}
	}
	for id := range ds.Sources {
		if cited[id] == 0 {
			t.Errorf("source %q is cited by no event", id)
		}
	}
	if cited["cfr-2007"] < 20 || cited["diplomacy-2024"] < 25 {
		t.Errorf("events per source: %v", cited)
	}
	if n := len(ds.Events); n < 85 {
		t.Errorf("%d events; the sources and the record to 2025 hold more", n)
	}
}

// TestContactsRulesHold checks every event's administration against the
// majority rule computed independently, and its decade.
func TestContactsRulesHold(t *testing.T) {
	ds := bundledDataset(t)
	presidents := ds.ErasIn(BandUSPresident)
	for _, e := range ds.Events {
		era, ok := ds.AdministrationOf(*e)
		if !ok {
			t.Errorf("%s: no administration", e.ID)
			continue
		}
		overlap := func(x Era) float64 {
			end := math.Inf(1)
			if !x.Open() {
				end = x.End.Begin()
			}
			if x.Ongoing { // in office through the record's last month
				end = x.End.Finish()
			}
			return math.Min(e.Start.Finish(), end) - math.Max(e.Start.Begin(), x.Start.Begin())
		}
		mine := overlap(era)
		if mine <= 0 {
			t.Errorf("%s (%s): administration %s does not overlap its start", e.ID, e.Start.ISO(), era.ID)
		}
		for _, other := range presidents {
			if overlap(other) > mine {
				t.Errorf("%s (%s): %s held office longer in the period than %s", e.ID, e.Start.ISO(), other.ID, era.ID)
			}
		}
		if d := DecadeOf(*e); d > e.Start.Year || e.Start.Year >= d+10 {
			t.Errorf("%s: decade %d for year %d", e.ID, d, e.Start.Year)
		}
	}
}

// TestContactsErasAreContinuous checks the presidencies and the Supreme
// Leaders follow one another without gaps, the latest running to the
// record's end.
func TestContactsErasAreContinuous(t *testing.T) {
	ds := bundledDataset(t)
	for _, band := range []Band{BandUSPresident, BandIranLeader} {
		eras := ds.ErasIn(band)
		for i := 1; i < len(eras); i++ {
			if eras[i-1].End.ISO() != eras[i].Start.ISO() {
				t.Errorf("%s: %s ends %s but %s starts %s", band, eras[i-1].ID, eras[i-1].End.ISO(), eras[i].ID, eras[i].Start.ISO())
			}
		}
		if latest := eras[len(eras)-1]; !latest.Ongoing || latest.End.ISO() != ds.Coverage.To.ISO() {
			t.Errorf("%s: the latest era, %s, should run to the record's end", band, latest.ID)
		}
	}
	if first := ds.ErasIn(BandUSPresident)[0]; first.ID != "carter" || first.Start.ISO() != "1977-01-20" {
		t.Errorf("presidents start with %s on %s", first.ID, first.Start.ISO())
	}
	iran := ds.ErasIn(BandIranPresident)
	if iran[0].Name != "Bani-Sadr" || iran[len(iran)-1].Name != "Pezeshkian" {
		t.Errorf("Iranian presidents run %s to %s", iran[0].Name, iran[len(iran)-1].Name)
	}
	for i := 1; i < len(iran); i++ {
		if iran[i].Start.Before(iran[i-1].End) {
			t.Errorf("Iranian presidents %s and %s overlap", iran[i-1].ID, iran[i].ID)
		}
	}
}

// TestContactsAttributeCharacterisations checks that loaded words taken
// from a source stand only in sentences that attribute them.
func TestContactsAttributeCharacterisations(t *testing.T) {
	ds := bundledDataset(t)
	loaded := regexp.MustCompile(`(?i)\b(ransom|hectoring|intransigence|extraneous|rambling|brutal\w*|lame duck|concessions|olive branch)\b`)
	attribution := regexp.MustCompile(`(?i)\b(source|says|said|calls|called|describes|by the .* account|according to|quoted)\b`)
	sentence := regexp.MustCompile(`[^.;]+[.;]?`)
	for _, e := range ds.Events {
		for _, text := range []string{e.Title, e.Summary, e.Outcome} {
			for _, s := range sentence.FindAllString(text, -1) {
				if loaded.MatchString(s) && !attribution.MatchString(s) {
					t.Errorf("%s: %q characterises without attribution", e.ID, strings.TrimSpace(s))
				}
			}
		}
	}
}
