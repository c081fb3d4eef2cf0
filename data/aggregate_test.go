package data

import (
	"slices"
	"strings"
	"testing"
)

func ev(id, start string, ch Channel) *Event {
	return &Event{ID: id, Title: id, Start: MustParseDate(start), Channel: ch}
}

func TestCountByDecadeKeepsEmptyDecades(t *testing.T) {
	events := []*Event{
		ev("a", "1979", Intermediary),
		ev("b", "1981", Coercive),
		ev("c", "1988-07-03", Coercive),
		ev("d", "2001", Multilateral),
	}
	tl := (&Dataset{}).CountByPeriod(events)
	wantRows := []string{"1970s", "1980s", "1990s", "2000s"}
	if len(tl.Rows) != len(wantRows) {
		t.Fatalf("rows %v, want %v", tl.Rows, wantRows)
	}
	for i, r := range wantRows {
		if tl.Rows[i] != r {
			t.Errorf("row %d = %q, want %q", i, tl.Rows[i], r)
		}
	}
	if tl.Counts[1][Coercive] != 2 || tl.Total(2) != 0 || tl.Counts[0][Intermediary] != 1 {
		t.Errorf("counts wrong: %v", tl.Counts)
	}
	if tl.Sum() != 4 || tl.Max() != 2 {
		t.Errorf("sum %d max %d, want 4 and 2", tl.Sum(), tl.Max())
	}
}

func TestCountByDecadeDeepTimeKeepsOnlyUsedDecades(t *testing.T) {
	tl := (&Dataset{}).CountByPeriod([]*Event{ev("bang", "-13800000000", Public), ev("now", "2020", Public)})
	if len(tl.Rows) != 2 || tl.Sum() != 2 {
		t.Errorf("deep-time tally = %v rows %v", tl.Rows, tl.Counts)
	}
}

func TestCountByAdministrationFollowsEraOrder(t *testing.T) {
	ds := presidents(t)
	events := []*Event{
		ev("a", "2017", Public),
		ev("b", "2009-01", Direct),
		ev("c", "1979-11-12", Coercive),
		ev("d", "1960", Direct), // before every administration: left out
	}
	tl := ds.CountByAdministration(events)
	if tl.Rows[0] != "Carter" || tl.Keys[len(tl.Keys)-1] != "trump-47" {
		t.Errorf("rows %v keys %v", tl.Rows, tl.Keys)
	}
	want := map[string][NumChannels]int{
		"carter":   {Coercive: 1},
		"bush-43":  {Direct: 1},
		"trump-45": {Public: 1},
	}
	for i, k := range tl.Keys {
		if [NumChannels]int(tl.Counts[i]) != want[k] {
			t.Errorf("%s counts %v, want %v", k, tl.Counts[i], want[k])
		}
	}
	if tl.Sum() != 3 {
		t.Errorf("sum %d, want 3", tl.Sum())
	}
}

func TestFilter(t *testing.T) {
	events := []*Event{ev("a", "1979", Intermediary), ev("b", "1988", Coercive), ev("c", "2015", Multilateral)}
	from, to := int64(1980), int64(2020)
	got := Filter{From: &from, To: &to, Channels: map[Channel]bool{Coercive: true, Multilateral: true}}.Apply(nil, events)
	if len(got) != 2 || got[0].ID != "b" || got[1].ID != "c" {
		t.Errorf("filtered %v", got)
	}
	if len(Filter{}.Apply(nil, events)) != 3 || !(Filter{}).IsZero() {
		t.Error("zero filter should keep everything")
	}
}

func TestFilterByAdministrationTopicDecadeAndText(t *testing.T) {
	ds := presidents(t)
	count := func(f Filter) int { return len(f.Apply(ds, ds.Events)) }
	dec := int64(1980)
	tests := []struct {
		name string
		f    Filter
		want func(Event) bool
	}{
		{"obama", Filter{Administration: "obama"}, func(e Event) bool { a, _ := ds.AdministrationOf(e); return a.ID == "obama" }},
		{"nuclear", Filter{Topic: "nuclear"}, func(e Event) bool { return slices.Contains(e.Topics, "nuclear") }},
		{"1980s", Filter{Decade: &dec}, func(e Event) bool { return e.Start.Year >= 1980 && e.Start.Year < 1990 }},
		{"geneva", Filter{Text: "  GENEVA "}, func(e Event) bool {
			return strings.Contains(strings.ToLower(e.Title+e.Summary+e.Location+e.Outcome), "geneva")
		}},
		{"two words", Filter{Text: "burns jalili"}, func(e Event) bool {
			return slices.Contains(e.Participants, "William Burns") && slices.Contains(e.Participants, "Saeed Jalili")
		}},
	}
	for _, tt := range tests {
		want := 0
		for _, e := range ds.Events {
			if tt.want(*e) {
				want++
			}
		}
		if got := count(tt.f); got != want || got == 0 {
			t.Errorf("%s: %d events, want %d (and some)", tt.name, got, want)
		}
	}
	if n := count(Filter{Text: "Warren Christopher"}); n < 2 {
		t.Errorf("searching a participant found %d events", n)
	}
}

func TestFilterDescribe(t *testing.T) {
	ds := presidents(t)
	from, to, dec := int64(1990), int64(2000), int64(2010)
	f := Filter{From: &from, To: &to, Decade: &dec, Channels: map[Channel]bool{Secret: true, Direct: true},
		Administration: "obama", Topic: "nuclear", Text: "geneva"}
	want := `1990–2000; 2010s; Direct, Secret only; Obama administration; topic Nuclear programme; "geneva"`
	if got := f.Describe(ds); got != want {
		t.Errorf("Describe = %q\nwant       %q", got, want)
	}
	if (Filter{}).Describe(ds) != "" {
		t.Error("the zero filter should describe as empty")
	}
}

func TestBundledDatasetLoads(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatalf("bundled dataset has problems:\n%v", err)
	}
	if len(ds.Events) == 0 || len(ds.ErasIn(BandUSPresident)) < 9 {
		t.Errorf("bundled dataset has %d events, %d presidents", len(ds.Events), len(ds.ErasIn(BandUSPresident)))
	}
}
