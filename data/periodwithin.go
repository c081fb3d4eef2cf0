package data

import "fmt"

// Periods shorter than a year, for the first chart of a timeline that
// spans less than a few years: months, weeks (from Monday) and days,
// named as people say them ("Jan 2012", "week of 9 Jan 2012",
// "9 Jan 2012"). An event dated to the year or the month only counts in
// the first month, week or day it covers.

// Within is a period shorter than a year; zero for a period of years.
type Within int

// The periods shorter than a year.
const (
	Months Within = iota + 1
	Weeks
	Days
)

// withinSpan is the most years a timeline may span, first event to last,
// for its first chart to count by periods shorter than a year.
const withinSpan = 2

// dayNumber counts the days from 1 Jan 1970 to the given day of the
// proleptic Gregorian calendar (negative before it).
func dayNumber(y int64, m, d int) int64 {
	if m <= 2 { // count the year from March, so that a leap day falls last
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // 0…399
	mp := int64((m + 9) % 12)              // March is 0
	doy := (153*mp+2)/5 + int64(d) - 1     // 0…365
	doe := yoe*365 + yoe/4 - yoe/100 + doy // 0…146096
	return era*146097 + doe - 719468       // 719468 days from 1 Mar 0000 to 1 Jan 1970
}

// dayOfNumber is the date of a day number: the inverse of dayNumber.
func dayOfNumber(n int64) (y int64, m, d int) {
	n += 719468
	era := floorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	m = int((mp+2)%12 + 1)
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// firstDay is the day number of the first day a date covers.
func firstDay(d Date) int64 { return dayNumber(d.Year, max(d.Month, 1), max(d.Day, 1)) }

// withinIndex numbers the month, week or day that holds date d: months
// from year 0, weeks and days from 1970, weeks beginning on Monday.
func (w Within) index(d Date) int64 {
	switch w {
	case Months:
		return d.Year*12 + int64(max(d.Month, 1)-1)
	case Weeks:
		return floorDiv(firstDay(d)+3, 7) // 1 Jan 1970 was a Thursday
	}
	return firstDay(d)
}

// firstOf is the first day of the period numbered i.
func (w Within) firstOf(i int64) (y int64, m, d int) {
	switch w {
	case Months:
		return floorDiv(i, 12), int(i-floorDiv(i, 12)*12) + 1, 1
	case Weeks:
		return dayOfNumber(i*7 - 3)
	}
	return dayOfNumber(i)
}

// lastOf is the last day of the period numbered i.
func (w Within) lastOf(i int64) (y int64, m, d int) {
	switch w {
	case Months:
		y, m, _ = w.firstOf(i)
		return y, m, daysInMonth(y, m)
	case Weeks:
		return dayOfNumber(i*7 + 3)
	}
	return dayOfNumber(i)
}

// label names the period numbered i: "Jan 2012", "week of 9 Jan 2012",
// "9 Jan 2012".
func (w Within) label(i int64) string {
	y, m, d := w.firstOf(i)
	switch w {
	case Months:
		return fmt.Sprintf("%s %s", monthAbbrev[m-1], FormatYear(y))
	case Weeks:
		return fmt.Sprintf("week of %d %s %s", d, monthAbbrev[m-1], FormatYear(y))
	}
	return fmt.Sprintf("%d %s %s", d, monthAbbrev[m-1], FormatYear(y))
}

// name says what one period is, for titles: "month", "week", "day".
func (w Within) name() string {
	switch w {
	case Months:
		return "month"
	case Weeks:
		return "week"
	}
	return "day"
}

// longer is the next longer period: a week after a day, a month after a
// week, a year after a month.
func (w Within) longer() Period {
	switch w {
	case Days:
		return Period{Within: Weeks}
	case Weeks:
		return Period{Within: Months}
	}
	return Period{Years: 1}
}

// PeriodPick is one period of a tally by period: what a click on its bar
// filters to.
type PeriodPick struct {
	Period Period
	Index  int64
}

// Holds reports whether event e starts within the picked period.
func (p PeriodPick) Holds(e Event) bool { return p.Period.IndexOf(e.Start) == p.Index }

// String names the picked period: "Jan 2012".
func (p PeriodPick) String() string { return p.Period.Label(p.Index) }
