package data

import "math"

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

// DaysInYear returns 366 for leap years and 365 otherwise.
func DaysInYear(year int64) int { return daysInYear(year) }

// DaysInMonth returns the number of days in a month of a year.
func DaysInMonth(year int64, month int) int { return daysInMonth(year, month) }

// MonthAbbrev returns "Jan" to "Dec" for months 1 to 12.
func MonthAbbrev(month int) string { return monthAbbrev[month-1] }
