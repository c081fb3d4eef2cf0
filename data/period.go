package data

import (
	"fmt"
	"sort"
	"strconv"
)

// Period is the stretch of time the first chart counts events by, chosen
// to fit the data: a day, a week or a month (see periodwithin.go), a year,
// a decade, a century, a millennium, or a power of ten years. In deep time
// periods are counted back from the present ("13.8–13.7 billion years
// ago"), elsewhere in calendar years.
type Period struct {
	Years  int64  // the length: 1, 10, 100, 1000, 10000, …; 0 for a period shorter than a year
	Ago    bool   // counted in years before the present, for deep time
	Within Within // a month, week or day; zero for a period of years
}

// MaxPeriods is about how many bars the first chart holds.
const MaxPeriods = 15

// deepTime is the year before which a dataset is counted in years ago.
const deepTime = -100_000

// Decade is the period of the U.S.–Iran dataset and of most histories.
var Decade = Period{Years: 10}

// ChoosePeriod picks the period that fits the events: the shortest whose
// bars, empty ones between events included, number at most MaxPeriods.
// Where more than two thirds of those bars would be empty (a timeline from
// the Big Bang to today), the shortest period whose bars that hold events
// number at most MaxPeriods is shown instead, without its empty bars. In deep time no period is shorter
// than a thousandth of the oldest event's age, so labels stay readable.
func ChoosePeriod(events []*Event) (p Period, dense bool) {
	p, dense, _, _ = choosePeriod(events)
	return p, dense
}

// choosePeriod is ChoosePeriod, with the census of the period chosen and
// the years the events start in.
func choosePeriod(events []*Event) (p Period, dense bool, c periodCensus, years heldYears) {
	if len(events) == 0 {
		return Decade, true, periodCensus{}, heldYears{}
	}
	years = yearsOf(events)
	p = Period{Years: 1, Ago: years.lo < deepTime}
	if p.Ago {
		for p.Years*1000 <= -years.lo && p.Years < 1e12 {
			p.Years *= 10
		}
	} else if years.hi-years.lo <= withinSpan {
		p = Period{Within: Days}
	}
	census := func(p Period) periodCensus {
		if p.Within == 0 && years.held != nil {
			return years.census(p)
		}
		return p.census(events, MaxPeriods)
	}
	used, usedCensus := p, census(p)
	for used.Years < 1e12 && usedCensus.used > MaxPeriods {
		used = used.longer()
		usedCensus = census(used)
	}
	spanned, spannedCensus := used, usedCensus
	for spanned.Years < 1e12 && spannedCensus.spanned() > MaxPeriods {
		spanned = spanned.longer()
		spannedCensus = census(spanned)
	}
	if 3*int64(spannedCensus.used) >= spannedCensus.spanned() {
		return spanned, true, spannedCensus, years
	}
	return used, false, usedCensus, years
}

// longer is the next longer period.
func (p Period) longer() Period {
	if p.Within != 0 {
		return p.Within.longer()
	}
	return Period{Years: p.Years * 10, Ago: p.Ago}
}

// IndexOf numbers the period that holds date d, as Index does for a
// period of years.
func (p Period) IndexOf(d Date) int64 {
	if p.Within != 0 {
		return p.Within.index(d)
	}
	return p.Index(d.Year)
}

// Index numbers the period of years that holds a year. Calendar periods count
// forward (the decade 1970–1979 is 197); periods in years ago count back
// from the present, the latest being 0, so a larger index is older.
func (p Period) Index(year int64) int64 {
	if !p.Ago {
		return floorDiv(year, p.Years)
	}
	ago := max(-year, 0) // years before the start of the era; everything since is "now"
	if ago == 0 {
		return 0
	}
	return (ago - 1) / p.Years // period i holds ago in (i×Years, (i+1)×Years]
}

// order sorts period indexes into time order.
func (p Period) order(a, b int64) bool {
	if p.Ago {
		return a > b
	}
	return a < b
}

// Span returns the years a period holds, first and last, inclusive; nil
// for an end that is open (the latest period in years ago runs to today).
func (p Period) Span(i int64) (from, to *int64) {
	if p.Within != 0 {
		f, _, _ := p.Within.firstOf(i)
		t, _, _ := p.Within.lastOf(i)
		return &f, &t
	}
	if !p.Ago {
		f, t := i*p.Years, i*p.Years+p.Years-1
		return &f, &t
	}
	f := -(i + 1) * p.Years
	if i == 0 {
		return &f, nil
	}
	t := -(i*p.Years + 1)
	return &f, &t
}

// Name says what one period is, for titles: "decade", "century",
// "10,000 years".
func (p Period) Name() string {
	if p.Within != 0 {
		return p.Within.name()
	}
	switch p.Years {
	case 1:
		return "year"
	case 10:
		return "decade"
	case 100:
		return "century"
	case 1000:
		return "millennium"
	}
	return agoAmount(float64(p.Years)) + " years"
}

// Label names a period as a person reads it: "1995", "1990s", "18th
// century", "3rd millennium BCE", "13.8–13.7 billion years ago".
func (p Period) Label(i int64) string {
	if p.Within != 0 {
		return p.Within.label(i)
	}
	if p.Ago {
		if i == 0 {
			return "the last " + agoAmount(float64(p.Years)) + " years"
		}
		hi, lo := float64((i+1)*p.Years), float64(i*p.Years)
		unit, div := agoUnit(hi)
		return trimFloat(hi/div) + "–" + trimFloat(lo/div) + unit + " years ago"
	}
	start := i * p.Years
	switch p.Years {
	case 1:
		return FormatYear(start)
	case 10:
		return DecadeLabel(start)
	case 100:
		return ordinalPeriod(start, 100, "century")
	case 1000:
		return ordinalPeriod(start, 1000, "millennium")
	}
	return FormatYear(start) + "–" + FormatYear(start+p.Years-1)
}

// ordinalPeriod names a century or millennium from its first calendar
// year: 1700 is the 18th century, -3000 the 3rd millennium BCE.
func ordinalPeriod(start, length int64, noun string) string {
	if start >= 0 {
		return ordinal(start/length+1) + " " + noun
	}
	return ordinal(-start/length) + " " + noun + " BCE"
}

func ordinal(n int64) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.FormatInt(n, 10) + suffix
}

// agoUnit picks the unit for an amount of years: " billion", " million",
// " thousand" or none, and what to divide by.
func agoUnit(years float64) (string, float64) {
	switch {
	case years >= 1e9:
		return " billion", 1e9
	case years >= 1e6:
		return " million", 1e6
	case years >= 1e4:
		return " thousand", 1e3
	}
	return "", 1
}

// agoAmount writes an amount of years: "10,000", "1 million".
func agoAmount(years float64) string {
	unit, div := agoUnit(years)
	if unit == " thousand" && years < 1e6 {
		return withCommas(int64(years))
	}
	return trimFloat(years/div) + unit
}

func withCommas(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// CountByPeriod tallies events by the period that fits them (see
// ChoosePeriod), one column per category of d: every period from the
// first event's to the last's, so that the axis reads as time, or where
// those do not fit only the periods that hold events.
func (d *Dataset) CountByPeriod(events []*Event) Tally {
	kept := d.keptFor(events)
	if kept != nil && kept.byPeriod != nil {
		return kept.byPeriod.tally.cloned()
	}
	p, dense, census, years := choosePeriod(events)
	t := Tally{Categories: d.Categories(), Period: &p}
	if len(events) == 0 {
		return t
	}
	rows, rowOf := periodRows(p, dense, census, events)
	for _, i := range rows {
		from, to := p.Span(i)
		t.addRow(p.Label(i), p.Label(i))
		t.Spans = append(t.Spans, YearSpan{From: from, To: to})
		t.Picks = append(t.Picks, PeriodPick{Period: p, Index: i})
	}
	for ke := range events {
		e := events[ke]
		t.count(rowOf(p.IndexOf(e.Start)), e)
	}
	if kept != nil {
		kept.byPeriod = &periodCounts{tally: t, yearsFrom: years.lo, perYear: years.held, rowOf: rowOf}
		return t.cloned()
	}
	return t
}

// periodRows are the periods a tally of events by p (their census c) has
// rows for, in order, and the row of each period holding an event: when dense, every
// period from the first event's to the last's; otherwise those holding
// events.
func periodRows(p Period, dense bool, c periodCensus, events []*Event) (rows []int64, rowOf func(int64) int) {
	first, last := c.first(p), c.last(p)
	if dense {
		step := int64(1)
		if p.Ago {
			step = -1
		}
		for i := first; ; i += step {
			rows = append(rows, i)
			if i == last {
				break
			}
		}
		return rows, func(i int64) int { return int((i - first) * step) }
	}
	seen := map[int64]bool{}
	for ke := range events {
		e := events[ke]
		seen[p.IndexOf(e.Start)] = true
	}
	for i := range seen {
		rows = append(rows, i)
	}
	sort.Slice(rows, func(a, b int) bool { return p.order(rows[a], rows[b]) })
	index := make(map[int64]int, len(rows))
	for r, i := range rows {
		index[i] = r
	}
	return rows, func(i int64) int { return index[i] }
}

// YearSpan is the years a tally row holds, inclusive; nil for an open end.
type YearSpan struct {
	From, To *int64
}

// String writes the span as a filter reads it: "1980–1989".
func (s YearSpan) String() string {
	switch {
	case s.From != nil && s.To != nil:
		return fmt.Sprintf("%s–%s", FormatYear(*s.From), FormatYear(*s.To))
	case s.From != nil:
		return "since " + FormatYear(*s.From)
	case s.To != nil:
		return "until " + FormatYear(*s.To)
	}
	return "all years"
}
