package data

import (
	"math"
	"time"
)

// DateAt returns the day containing the instant t, given in decimal years
// (the inverse of Date.Begin for day precision).
func DateAt(t float64) Date {
	y := math.Floor(t)
	year := int64(y)
	day := int(math.Floor((t-y)*float64(daysInYear(year)))) + 1
	day = max(1, min(day, daysInYear(year)))
	m := 1
	for m < 12 && day > daysInMonth(year, m) {
		day -= daysInMonth(year, m)
		m++
	}
	return Date{Year: year, Month: m, Day: day, Precision: PrecisionDay}
}

// DaysInMonth returns the number of days in a month of a year.
func DaysInMonth(year int64, month int) int { return daysInMonth(year, month) }

// MonthAbbrev returns "Jan" to "Dec" for months 1 to 12.
func MonthAbbrev(month int) string { return monthAbbrev[month-1] }

// DecimalYear returns the instant t in decimal years, as Date.Begin counts them.
func DecimalYear(t time.Time) float64 {
	y := int64(t.Year())
	secs := float64(t.Hour()*3600+t.Minute()*60+t.Second()) / 86400
	return float64(y) + (float64(t.YearDay()-1)+secs)/float64(daysInYear(y))
}
