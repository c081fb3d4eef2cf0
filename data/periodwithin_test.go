package data

import (
	"math/rand"
	"testing"
	"time"
)

// TestDayNumbersAreTheCalendars: day numbers count days as Go's time
// package does, forwards and back, and every week begins on a Monday.
func TestDayNumbersAreTheCalendars(t *testing.T) {
	epoch := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewSource(9))
	for range 20000 {
		n := rng.Int63n(2_000_000) - 1_000_000
		day := epoch.AddDate(0, 0, int(n))
		if got := dayNumber(int64(day.Year()), int(day.Month()), day.Day()); got != n {
			t.Fatalf("%s: day %d, want %d", day.Format("2006-01-02"), got, n)
		}
		if y, m, d := dayOfNumber(n); y != int64(day.Year()) || m != int(day.Month()) || d != day.Day() {
			t.Fatalf("day %d: %d-%d-%d, want %s", n, y, m, d, day.Format("2006-01-02"))
		}
		w := Weeks.index(Date{Year: int64(day.Year()), Month: int(day.Month()), Day: day.Day(), Precision: PrecisionDay})
		y, m, d := Weeks.firstOf(w)
		monday := time.Date(int(y), time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if monday.Weekday() != time.Monday || day.Sub(monday) < 0 || day.Sub(monday) >= 7*24*time.Hour {
			t.Fatalf("%s is in the week of %s", day.Format("Mon 2006-01-02"), monday.Format("Mon 2006-01-02"))
		}
	}
}

// TestShortTimelinesCountByMonthsWeeksDays: a timeline of a few weeks or
// months charts by weeks or months, not as one bar for its year, its rows
// named as people say them; one that runs over more years counts years.
func TestShortTimelinesCountByMonthsWeeksDays(t *testing.T) {
	days := func(from string, n, every int) []*Event {
		start, _ := time.Parse("2006-01-02", from)
		var out []*Event
		for i := range n {
			day := start.AddDate(0, 0, i*every).Format("2006-01-02")
			out = append(out, ev(day, day, Public))
		}
		return out
	}
	tests := []struct {
		name        string
		events      []*Event
		want        Within
		first, last string
	}{
		{"thirteen events over nine weeks", days("2012-01-09", 13, 5), Weeks, "week of 9 Jan 2012", "week of 5 Mar 2012"},
		{"eight months", days("2012-01-15", 9, 27), Months, "Jan 2012", "Aug 2012"},
		{"ten days", days("2012-01-01", 10, 1), Days, "1 Jan 2012", "10 Jan 2012"},
		{"over the new year", days("2011-12-27", 10, 6), Weeks, "week of 26 Dec 2011", "week of 13 Feb 2012"},
		{"a month and a year", []*Event{ev("a", "2012-03", Public), ev("b", "2012", Public), ev("c", "2012-05-04", Public)}, Months, "Jan 2012", "May 2012"},
		{"three years", days("2010-01-01", 30, 40), 0, "2010", "2013"},
	}
	for _, tt := range tests {
		tl := (&Dataset{}).CountByPeriod(tt.events)
		p := *tl.Period
		if p.Within != tt.want || tl.Rows[0] != tt.first || tl.Rows[len(tl.Rows)-1] != tt.last || len(tl.Rows) > MaxPeriods {
			t.Errorf("%s: %d rows by %s, %q to %q; want by %v from %q to %q", tt.name, len(tl.Rows), p.Name(), tl.Rows[0], tl.Rows[len(tl.Rows)-1], tt.want, tt.first, tt.last)
		}
		if tl.Sum() != len(tt.events) {
			t.Errorf("%s: %d counted of %d", tt.name, tl.Sum(), len(tt.events))
		}
		// Each row's pick filters to exactly the events it counts.
		for r, pick := range tl.Picks {
			n := len(Filter{Period: &pick}.Apply(nil, tt.events))
			if n != tl.Total(r) || pick.String() != tl.Rows[r] {
				t.Errorf("%s: %s keeps %d events, its bar counts %d", tt.name, pick, n, tl.Total(r))
			}
		}
	}
}
