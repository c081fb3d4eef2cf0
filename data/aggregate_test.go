package data

import "testing"

func ev(id, start string, ch Channel) Event {
	return Event{ID: id, Title: id, Start: MustParseDate(start), Channel: ch}
}

func TestCountByDecadeKeepsEmptyDecades(t *testing.T) {
	events := []Event{
		ev("a", "1979", Intermediary),
		ev("b", "1981", Coercive),
		ev("c", "1988-07-03", Coercive),
		ev("d", "2001", Multilateral),
	}
	tl := CountByDecade(events)
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
	tl := CountByDecade([]Event{ev("bang", "-13800000000", Public), ev("now", "2020", Public)})
	if len(tl.Rows) != 2 || tl.Sum() != 2 {
		t.Errorf("deep-time tally = %v rows %v", tl.Rows, tl.Counts)
	}
}

func TestCountByAdministrationFollowsEraOrder(t *testing.T) {
	ds := presidents(t)
	events := []Event{
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
		if tl.Counts[i] != want[k] {
			t.Errorf("%s counts %v, want %v", k, tl.Counts[i], want[k])
		}
	}
	if tl.Sum() != 3 {
		t.Errorf("sum %d, want 3", tl.Sum())
	}
}

func TestFilter(t *testing.T) {
	events := []Event{ev("a", "1979", Intermediary), ev("b", "1988", Coercive), ev("c", "2015", Multilateral)}
	from, to := int64(1980), int64(2020)
	got := Filter{From: &from, To: &to, Channels: map[Channel]bool{Coercive: true, Multilateral: true}}.Apply(events)
	if len(got) != 2 || got[0].ID != "b" || got[1].ID != "c" {
		t.Errorf("filtered %v", got)
	}
	if len(Filter{}.Apply(events)) != 3 {
		t.Error("zero filter should keep everything")
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
