package data

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Precision says how much of a Date is known: a year, a month or a day.
type Precision uint8

// The precisions a Date can have, from coarsest to finest.
const (
	PrecisionYear Precision = iota + 1
	PrecisionMonth
	PrecisionDay
)

// MaxYear bounds years either way: a trillion years, far past the age of
// the universe, and far enough from int64's limits that sums never overflow.
const MaxYear = 1_000_000_000_000

// Date is a calendar date known to a given precision. Years are
// astronomical: year 0 is 1 BCE, year -1 is 2 BCE, and they may run to
// billions in either direction. Month and Day are zero when the precision
// does not reach them.
type Date struct {
	Year      int64
	Month     int
	Day       int
	Precision Precision
}

var monthAbbrev = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// ParseDate reads an ISO date whose length is its precision: "1995",
// "2014-01", "1988-07-03", or a negative year such as "-13800000000".
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, fmt.Errorf("empty date")
	}
	body := s
	negative := false
	if body[0] == '-' {
		negative = true
		body = body[1:]
	}
	var split [4]string
	parts := splitDate(body, split[:0])
	if len(parts) > 3 {
		return Date{}, fmt.Errorf("malformed date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	for _, p := range parts {
		if p == "" || !allDigits(p) {
			return Date{}, fmt.Errorf("malformed date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
	}
	year, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return Date{}, fmt.Errorf("malformed date %q: year out of range", s)
	}
	if negative {
		year = -year
	}
	if year > MaxYear || year < -MaxYear {
		return Date{}, fmt.Errorf("date %q: year out of range (at most a trillion years either way)", s)
	}
	d := Date{Year: year, Precision: PrecisionYear}
	if len(parts) >= 2 {
		if len(parts[1]) != 2 {
			return Date{}, fmt.Errorf("malformed date %q: month needs two digits", s)
		}
		d.Month, _ = strconv.Atoi(parts[1])
		if d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("impossible date %q: no month %d", s, d.Month)
		}
		d.Precision = PrecisionMonth
	}
	if len(parts) == 3 {
		if len(parts[2]) != 2 {
			return Date{}, fmt.Errorf("malformed date %q: day needs two digits", s)
		}
		d.Day, _ = strconv.Atoi(parts[2])
		if d.Day < 1 || d.Day > daysInMonth(d.Year, d.Month) {
			return Date{}, fmt.Errorf("impossible date %q: %s %d has %d days", s, monthAbbrev[d.Month-1], d.Year, daysInMonth(d.Year, d.Month))
		}
		d.Precision = PrecisionDay
	}
	return d, nil
}

// MustParseDate is ParseDate for literals known to be valid; it panics otherwise.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// IsZero reports whether d was never set.
func (d Date) IsZero() bool { return d.Precision == 0 }

// ISO writes d back in the form ParseDate reads, at its precision.
func (d Date) ISO() string {
	var b strings.Builder
	if d.Year < 0 {
		b.WriteByte('-')
		fmt.Fprintf(&b, "%04d", -d.Year)
	} else {
		fmt.Fprintf(&b, "%04d", d.Year)
	}
	if d.Precision >= PrecisionMonth {
		fmt.Fprintf(&b, "-%02d", d.Month)
	}
	if d.Precision >= PrecisionDay {
		fmt.Fprintf(&b, "-%02d", d.Day)
	}
	return b.String()
}

// String shows d for people, at its precision: "1995", "Jan 2014",
// "3 Jul 1988", "500 BCE", "13.8 billion years ago".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	year := FormatYear(d.Year)
	switch d.Precision {
	case PrecisionMonth:
		return monthAbbrev[d.Month-1] + " " + year
	case PrecisionDay:
		return strconv.Itoa(d.Day) + " " + monthAbbrev[d.Month-1] + " " + year
	}
	return year
}

// FormatYear names an astronomical year for people: "1979", "500 BCE",
// "65 million years ago".
func FormatYear(year int64) string {
	if year >= 1 {
		return strconv.FormatInt(year, 10)
	}
	before := 1 - year // years before 1 CE, counting 1 BCE as 1
	switch {
	case before >= 1_000_000_000:
		return trimFloat(float64(before)/1e9) + " billion years ago"
	case before >= 1_000_000:
		return trimFloat(float64(before)/1e6) + " million years ago"
	case before >= 100_000:
		return trimFloat(float64(before)/1e3) + " thousand years ago"
	}
	return strconv.FormatInt(before, 10) + " BCE"
}

func trimFloat(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// Begin is the first instant of the period d names, in decimal years
// (1988.5 is about the start of July 1988).
func (d Date) Begin() float64 {
	switch d.Precision {
	case PrecisionMonth:
		return float64(d.Year) + float64(dayOfYear(d.Year, d.Month, 1)-1)/float64(daysInYear(d.Year))
	case PrecisionDay:
		return float64(d.Year) + float64(dayOfYear(d.Year, d.Month, d.Day)-1)/float64(daysInYear(d.Year))
	}
	return float64(d.Year)
}

// Finish is the instant just after the period d names, in decimal years:
// "2017" runs from 2017.0 to 2018.0.
func (d Date) Finish() float64 {
	switch d.Precision {
	case PrecisionMonth:
		if d.Month == 12 {
			return float64(d.Year + 1)
		}
		return float64(d.Year) + float64(dayOfYear(d.Year, d.Month+1, 1)-1)/float64(daysInYear(d.Year))
	case PrecisionDay:
		return float64(d.Year) + float64(dayOfYear(d.Year, d.Month, d.Day))/float64(daysInYear(d.Year))
	}
	return float64(d.Year + 1)
}

// NextDay returns the day after d, which must be of day precision.
func (d Date) NextDay() Date {
	d.Day++
	if d.Day > daysInMonth(d.Year, d.Month) {
		d.Day = 1
		if d.Month++; d.Month > 12 {
			d.Month, d.Year = 1, d.Year+1
		}
	}
	return d
}

// ISOOrNone writes d as ISO does, or nothing for no date.
func (d Date) ISOOrNone() string {
	if d.IsZero() {
		return ""
	}
	return d.ISO()
}

// Shifted is d moved by years, at its own precision: a day to a day, a
// month to the month it lands in, a year to a year.
func (d Date) Shifted(years float64) Date {
	at := DateAt(d.Begin() + years)
	out := Date{Year: at.Year, Precision: d.Precision}
	if d.Precision >= PrecisionMonth {
		out.Month = at.Month
	}
	if d.Precision >= PrecisionDay {
		out.Day = at.Day
	}
	return out
}

// Before reports whether the period d names begins before that of o.
func (d Date) Before(o Date) bool { return d.Begin() < o.Begin() }

func isLeap(y int64) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func daysInYear(y int64) int {
	if isLeap(y) {
		return 366
	}
	return 365
}

var monthDays = [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func daysInMonth(y int64, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return monthDays[m-1]
}

// daysBefore is how many days a common year has before each month.
var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func dayOfYear(y int64, m, d int) int {
	if m < 1 {
		return d
	}
	n := daysBefore[m-1] + d
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

// splitDate cuts a date's body at its hyphens into parts, at most four
// (more is malformed either way), without allocating.
func splitDate(body string, parts []string) []string {
	for len(parts) < cap(parts)-1 {
		i := strings.IndexByte(body, '-')
		if i < 0 {
			break
		}
		parts, body = append(parts, body[:i]), body[i+1:]
	}
	return append(parts, body)
}
