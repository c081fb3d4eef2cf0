package data

import (
	"maps"
	"regexp"
	"strings"
	"testing"
)

// TestContactsCoverageIsStated checks the dataset says how far its record
// runs, and holds nothing past it.
func TestContactsCoverageIsStated(t *testing.T) {
	ds := bundledDataset(t)
	if ds.Coverage.From.ISO() != "1979" || ds.Coverage.To.ISO() != "2026-06" {
		t.Fatalf("coverage %s to %s, want 1979 to 2026-06", ds.Coverage.From.ISO(), ds.Coverage.To.ISO())
	}
	if got := ds.Coverage.Through(); got != "through Jun 2026" {
		t.Errorf("Through() = %q", got)
	}
	last := ds.Events[len(ds.Events)-1]
	if last.Start.Begin() >= ds.Coverage.To.Finish() || last.Start.Year != 2026 {
		t.Errorf("the last event, %s (%s), should fall in the coverage's last year", last.ID, last.Start.ISO())
	}
	if first := ds.Events[0]; first.Start.Year != 1979 {
		t.Errorf("the first event, %s, is in %d", first.ID, first.Start.Year)
	}
}

// TestContactsEveryAdministrationHasContacts checks that the chart of
// channels by administration has no empty column: every president from
// Carter on has at least two events.
func TestContactsEveryAdministrationHasContacts(t *testing.T) {
	ds := bundledDataset(t)
	count := map[string]int{}
	for _, e := range ds.Events {
		if era, ok := ds.AdministrationOf(*e); ok {
			count[era.ID]++
		}
	}
	for _, era := range ds.ErasIn(BandUSPresident) {
		if count[era.ID] < 2 {
			t.Errorf("%s administration: %d events, want at least 2", era.Name, count[era.ID])
		}
	}
	tally := ds.CountByAdministration(ds.Events)
	for r, row := range tally.Rows {
		if tally.Total(r) == 0 {
			t.Errorf("the chart's %s column is empty", row)
		}
	}
}

// TestContactsSourcesCanBeFound checks that every source names who issued
// it, what it is called and when, and that none is a vague "public record".
func TestContactsSourcesCanBeFound(t *testing.T) {
	ds := bundledDataset(t)
	for _, id := range ds.SourceIDs() {
		s := ds.Sources[id]
		if s.Title == "" || s.Publisher == "" || s.Date == "" {
			t.Errorf("source %s: want a title, an issuer and a date, have %+v", id, s)
		}
		if _, err := ParseDate(s.Date); err != nil {
			t.Errorf("source %s: date %q: %v", id, s.Date, err)
		}
		for _, vague := range []string{"public record", "record-"} {
			if strings.Contains(strings.ToLower(s.Publisher+" "+s.Title+" "+id), vague) {
				t.Errorf("source %s cites %q rather than a document", id, vague)
			}
		}
		// Official acts carry their numbers.
		for _, kind := range []string{"Executive Order", "Pub. L.", "S/RES/"} {
			if strings.Contains(s.Title, kind) && !strings.Contains(s.Identifier, kind) {
				t.Errorf("source %s: a %s without its identifier", id, kind)
			}
		}
	}
	kinds := map[string]int{}
	for _, s := range ds.Sources {
		for _, kind := range []string{"Executive Order", "Pub. L.", "S/RES/", "I.C.J.", "Oil Platforms", "Aerial Incident"} {
			if strings.Contains(s.Identifier, kind) {
				kinds[kind]++
			}
		}
	}
	for _, kind := range []string{"Executive Order", "Pub. L.", "S/RES/", "I.C.J."} {
		if kinds[kind] == 0 {
			t.Errorf("no source identified as %s", kind)
		}
	}
}

// TestContactsGiveEachSidesAccount checks that contested events carry two
// or more attributed accounts, each citing one of the event's sources.
func TestContactsGiveEachSidesAccount(t *testing.T) {
	ds := bundledDataset(t)
	withAccounts := 0
	for _, e := range ds.Events {
		if len(e.Accounts) == 0 {
			continue
		}
		withAccounts++
		if len(e.Accounts) < 2 {
			t.Errorf("%s: one account is not a disagreement; give each side's", e.ID)
		}
		seen := map[string]bool{}
		for _, a := range e.Accounts {
			if a.By == "" || a.Says == "" {
				t.Errorf("%s: account without its holder or its words: %+v", e.ID, a)
			}
			if seen[a.By] {
				t.Errorf("%s: two accounts by %s", e.ID, a.By)
			}
			seen[a.By] = true
			if _, ok := ds.Sources[a.Source]; !ok {
				t.Errorf("%s: account by %s cites unknown source %q", e.ID, a.By, a.Source)
			}
		}
	}
	if withAccounts < 6 {
		t.Errorf("%d events carry accounts, want at least 6", withAccounts)
	}
	for _, id := range []string{"iran-air-655", "iran-overture-2003", "claims-settlement-2016", "prisoner-swap-2023", "soleimani-strike", "jcpoa-concluded"} {
		if len(eventByID(t, ds, id).Accounts) < 2 {
			t.Errorf("%s: contested, but gives no accounts", id)
		}
	}
}

// TestContactsSummariesNameSourcesByTitle checks that no text a student
// reads refers to a source by the id the dataset files it under.
func TestContactsSummariesNameSourcesByTitle(t *testing.T) {
	ds := bundledDataset(t)
	for _, e := range ds.Events {
		for _, text := range []string{e.Title, e.Summary, e.Outcome} {
			for id := range ds.Sources {
				if strings.Contains(text, id) {
					t.Errorf("%s: %q names source id %s", e.ID, text, id)
				}
			}
		}
	}
}

func TestMostCitedOrdersEverySourceByCitations(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ids, cited := ds.MostCited()
	if len(ids) != len(ds.Sources) {
		t.Fatalf("%d ids for %d sources", len(ids), len(ds.Sources))
	}
	for i := 1; i < len(ids); i++ {
		if cited[ids[i]] > cited[ids[i-1]] {
			t.Errorf("%s (%d) after %s (%d)", ids[i], cited[ids[i]], ids[i-1], cited[ids[i-1]])
		}
	}
	if cited[ids[0]] == 0 {
		t.Error("the most cited source is cited by no event")
	}
	// Counted one citation at a time, runs of one source included.
	runs := &Dataset{Events: []*Event{{Sources: []string{"a"}}, {Sources: []string{"a", "a"}}, {Sources: []string{"b", "a"}}, {}, {Sources: []string{"a"}}}}
	for _, d := range []*Dataset{ds, runs} {
		want := map[string]int{}
		for _, e := range d.Events {
			for _, s := range e.Sources {
				want[s]++
			}
		}
		if got := d.CitationCounts(); !maps.Equal(got, want) {
			t.Errorf("CitationCounts = %v, want %v", got, want)
		}
	}
}

// TestTextsNeverNameASourceByItsID: what students read names a source by
// its title, never by the id the dataset's makers use ("The
// diplomacy-2024 source calls it…").
func TestTextsNeverNameASourceByItsID(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ds.Events {
		texts := []string{e.Title, e.Summary, e.Outcome}
		for _, a := range e.Accounts {
			texts = append(texts, a.By, a.Says)
		}
		for _, id := range ds.SourceIDs() {
			word := regexp.MustCompile(`(^|[^\w-])` + regexp.QuoteMeta(id) + `($|[^\w-])`)
			for _, text := range texts {
				if word.MatchString(text) {
					t.Errorf("%s names source %q by its id: %q", e.ID, id, text)
				}
			}
		}
	}
}

// TestContactsErasClaimNothingPastTheRecord checks that no band of the
// bundled record reads "– today": an era still running when the record
// ends stops at its last month and says so, and the Supreme Leader's band
// follows the record through 2026.
func TestContactsErasClaimNothingPastTheRecord(t *testing.T) {
	ds := bundledDataset(t)
	ongoing := map[string]bool{}
	for _, era := range ds.Eras {
		if era.Open() {
			t.Errorf("era %s is open to today, past the record's end %s", era.ID, ds.Coverage.To.ISO())
		}
		if era.Ongoing {
			ongoing[era.ID] = true
			if era.End.ISO() != ds.Coverage.To.ISO() {
				t.Errorf("ongoing era %s ends %s, not at the coverage's end", era.ID, era.End.ISO())
			}
			if !strings.HasSuffix(era.Dates(), "(still in office when the record ends)") {
				t.Errorf("ongoing era %s does not say so: %q", era.ID, era.Dates())
			}
		}
	}
	for _, id := range []string{"trump-47", "pezeshkian", "mojtaba-khamenei"} {
		if !ongoing[id] {
			t.Errorf("%s should run to the record's end", id)
		}
	}
	leaders := ds.ErasIn(BandIranLeader)
	var names []string
	for _, era := range leaders {
		names = append(names, era.Name+" "+era.Dates())
	}
	want := []string{
		"Khomeini 11 Feb 1979 – 4 Jun 1989",
		"Ali Khamenei 4 Jun 1989 – 28 Feb 2026",
		"Leadership Council (interim) 28 Feb 2026 – 9 Mar 2026",
		"Mojtaba Khamenei 9 Mar 2026 – Jun 2026 (still in office when the record ends)",
	}
	if strings.Join(names, "; ") != strings.Join(want, "; ") {
		t.Errorf("Supreme Leader bands:\n got %q\nwant %q", names, want)
	}
	if era, ok := ds.EraAt(BandIranLeader, mustDate(t, "2026-04-07")); !ok || era.ID != "mojtaba-khamenei" {
		t.Errorf("Supreme Leader at the April 2026 ceasefire: %+v", era)
	}
}

// TestContactsRecentEventsRestOnTwoReports checks the events since the
// September 2025 snapback each cite at least two sources, as the record's
// rule for recent events asks, and that contested ones carry both sides.
func TestContactsRecentEventsRestOnTwoReports(t *testing.T) {
	ds := bundledDataset(t)
	recent := 0
	for _, e := range ds.Events {
		if e.Start.Begin() < mustDate(t, "2025-10").Begin() {
			continue
		}
		recent++
		if len(e.Sources) < 2 {
			t.Errorf("%s rests on %d source, want at least two", e.ID, len(e.Sources))
		}
	}
	if recent < 15 {
		t.Errorf("%d events from October 2025 on, want the record brought through the coverage", recent)
	}
	for _, id := range []string{"epic-fury-2026", "khamenei-killed-2026", "islamabad-talks-2026", "blockade-2026", "bandar-abbas-strikes-2026"} {
		if len(eventByID(t, ds, id).Accounts) < 2 {
			t.Errorf("%s: contested, but gives no accounts", id)
		}
	}
}

// mustDate parses an ISO date a test relies on.
func mustDate(t *testing.T, iso string) Date {
	t.Helper()
	d, err := ParseDate(iso)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
