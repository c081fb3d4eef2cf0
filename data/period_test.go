package data

import (
	"math/rand"
	"testing"
)

func TestPeriodLabelsReadAsPeopleSayThem(t *testing.T) {
	tests := []struct {
		p    Period
		year int64
		want string
	}{
		{Period{Years: 1}, 1995, "1995"},
		{Period{Years: 1}, -499, "500 BCE"},
		{Decade, 1995, "1990s"},
		{Period{Years: 100}, 1750, "18th century"},
		{Period{Years: 100}, 1900, "20th century"},
		{Period{Years: 100}, 2001, "21st century"},
		{Period{Years: 100}, -450, "5th century BCE"},
		{Period{Years: 1000}, 2024, "3rd millennium"},
		{Period{Years: 1000}, -2500, "3rd millennium BCE"},
		{Period{Years: 1000}, 1066, "2nd millennium"},
		{Period{Years: 1e8, Ago: true}, -13_800_000_000, "13.8–13.7 billion years ago"},
		{Period{Years: 1e8, Ago: true}, -4_600_000_000, "4.6–4.5 billion years ago"},
		{Period{Years: 1e6, Ago: true}, -66_000_000, "66–65 million years ago"},
		{Period{Years: 1e4, Ago: true}, -12_000, "20–10 thousand years ago"},
		{Period{Years: 1e8, Ago: true}, 1969, "the last 100 million years"},
	}
	for _, tt := range tests {
		if got := tt.p.Label(tt.p.Index(tt.year)); got != tt.want {
			t.Errorf("%+v, %d: %q, want %q", tt.p, tt.year, got, tt.want)
		}
	}
	for p, want := range map[Period]string{{Years: 100}: "century", Decade: "decade", {Years: 1e4, Ago: true}: "10,000 years", {Years: 1e9, Ago: true}: "1 billion years"} {
		if p.Name() != want {
			t.Errorf("%+v is named %q, want %q", p, p.Name(), want)
		}
	}
}

func TestChoosePeriodFitsTheData(t *testing.T) {
	years := func(ys ...string) []*Event {
		var out []*Event
		for _, y := range ys {
			out = append(out, ev(y, y, Public))
		}
		return out
	}
	tests := []struct {
		name   string
		events []*Event
		want   Period
		rows   []string
	}{
		{"a modern history", years("1979", "1985", "2001", "2025"), Decade, []string{"1970s", "1980s", "1990s", "2000s", "2010s", "2020s"}},
		{"a few years", years("2001", "2003", "2004"), Period{Years: 1}, []string{"2001", "2002", "2003", "2004"}},
		{"the middle ages", years("602", "750", "1066", "1453"), Period{Years: 100}, []string{"7th century", "8th century", "9th century", "10th century", "11th century", "12th century", "13th century", "14th century", "15th century"}},
		{"antiquity", years("-3000", "-500", "476"), Period{Years: 1000}, []string{"3rd millennium BCE", "2nd millennium BCE", "1st millennium BCE", "1st millennium"}},
		{"the cosmos", years("-13800000000", "-4600000000", "1543", "1969"), Period{Years: 1e8, Ago: true},
			[]string{"13.8–13.7 billion years ago", "4.6–4.5 billion years ago", "the last 100 million years"}},
	}
	for _, tt := range tests {
		tl := (&Dataset{}).CountByPeriod(tt.events)
		if *tl.Period != tt.want {
			t.Errorf("%s: period %+v, want %+v", tt.name, *tl.Period, tt.want)
		}
		if len(tl.Rows) != len(tt.rows) {
			t.Errorf("%s: rows %q, want %q", tt.name, tl.Rows, tt.rows)
			continue
		}
		for i := range tt.rows {
			if tl.Rows[i] != tt.rows[i] {
				t.Errorf("%s: row %d %q, want %q", tt.name, i, tl.Rows[i], tt.rows[i])
			}
		}
	}
}

// TestCountByPeriodProperties draws random timelines, from days to deep
// time, and checks every tally: each event counted exactly once, in the
// row whose years hold it; rows in time order with distinct labels; about
// MaxPeriods bars at most.
func TestCountByPeriodProperties(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for trial := 0; trial < 3000; trial++ {
		span := int64(1) << uint(r.Intn(42)) // 1 year to 4 trillion… capped below
		span = min(span, 2*MaxYear/3)
		start := -r.Int63n(span+1) + r.Int63n(3000) - 1000
		if r.Intn(3) == 0 {
			start = r.Int63n(2000)
		}
		n := 1 + r.Intn(60)
		var events []*Event
		for i := 0; i < n; i++ {
			y := start + r.Int63n(span+1)
			y = max(min(y, MaxYear), -MaxYear)
			events = append(events, &Event{ID: "e", Start: Date{Year: y, Precision: PrecisionYear}, Channel: Channel(r.Intn(6))})
		}
		tl := (&Dataset{}).CountByPeriod(events)
		if tl.Sum() != n {
			t.Fatalf("trial %d: %d events counted as %d (rows %q)", trial, n, tl.Sum(), tl.Rows)
		}
		if len(tl.Rows) > MaxPeriods {
			t.Fatalf("trial %d: %d bars for %d events over %d years: %q", trial, len(tl.Rows), n, span, tl.Rows)
		}
		seen := map[string]bool{}
		for i, label := range tl.Rows {
			if seen[label] {
				t.Fatalf("trial %d: label %q twice in %q", trial, label, tl.Rows)
			}
			seen[label] = true
			if i > 0 && tl.Spans[i].From != nil && tl.Spans[i-1].From != nil && *tl.Spans[i].From <= *tl.Spans[i-1].From {
				t.Fatalf("trial %d: rows out of time order: %q", trial, tl.Rows)
			}
		}
		for _, e := range events {
			row := -1
			for i, label := range tl.Rows {
				if label == tl.PeriodKey(*e) {
					row = i
				}
			}
			if row < 0 {
				t.Fatalf("trial %d: year %d has no row among %q", trial, e.Start.Year, tl.Rows)
			}
			s := tl.Spans[row]
			if (s.From != nil && e.Start.Year < *s.From) || (s.To != nil && e.Start.Year > *s.To) {
				t.Fatalf("trial %d: year %d in row %q, which spans %s", trial, e.Start.Year, tl.Rows[row], s)
			}
		}
	}
}
