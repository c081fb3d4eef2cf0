package data

import (
	"fmt"
	"time"
)

// The Solar Hijri calendar, Iran's official calendar: years from 1
// Farvardin (Nowruz, at the March equinox), six months of 31 days, five of
// 30, and Esfand of 29, or 30 in a leap year. Leap years follow the
// 33-year arithmetic rule, which agrees with the astronomical calendar
// Iran uses throughout SolarHijriFrom–SolarHijriTo; outside those years
// no Solar Hijri date is given.

// SolarHijriFrom and SolarHijriTo bound the Gregorian years converted.
const (
	SolarHijriFrom = 1800
	SolarHijriTo   = 2200
)

// solarHijriMonths are the months in Latin transliteration.
var solarHijriMonths = [12]string{"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
	"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"}

// SolarHijriMonth names month 1 to 12.
func SolarHijriMonth(m int) string { return solarHijriMonths[m-1] }

// SolarHijri is a day of the Solar Hijri calendar.
type SolarHijri struct{ Year, Month, Day int }

// String writes the day as "12 Tir 1367".
func (s SolarHijri) String() string {
	return fmt.Sprintf("%d %s %d", s.Day, SolarHijriMonth(s.Month), s.Year)
}

// ISO writes the day as "1367-04-12".
func (s SolarHijri) ISO() string { return fmt.Sprintf("%04d-%02d-%02d", s.Year, s.Month, s.Day) }

// SolarHijriLeap reports whether a Solar Hijri year has 366 days.
func SolarHijriLeap(year int) bool {
	r := (25*year + 11) % 33
	if r < 0 {
		r += 33
	}
	return r < 8
}

// SolarHijriMonthDays is the length of a month of a Solar Hijri year.
func SolarHijriMonthDays(year, month int) int {
	switch {
	case month <= 6:
		return 31
	case month <= 11:
		return 30
	case SolarHijriLeap(year):
		return 30
	}
	return 29
}

func solarHijriYearDays(year int) int {
	if SolarHijriLeap(year) {
		return 366
	}
	return 365
}

// nowruz1358 is 1 Farvardin 1358, 21 March 1979: the day from which
// conversions count.
var nowruz1358 = time.Date(1979, time.March, 21, 0, 0, 0, 0, time.UTC)

// nowruzDays returns how many days 1 Farvardin of year falls after 1
// Farvardin 1358 (negative before).
func nowruzDays(year int) int {
	days := 0
	for y := 1358; y < year; y++ {
		days += solarHijriYearDays(y)
	}
	for y := year; y < 1358; y++ {
		days -= solarHijriYearDays(y)
	}
	return days
}

// Nowruz returns the Gregorian day of 1 Farvardin of a Solar Hijri year.
func Nowruz(year int) time.Time { return nowruz1358.AddDate(0, 0, nowruzDays(year)) }

// Gregorian returns the Gregorian day of a Solar Hijri day.
func (s SolarHijri) Gregorian() time.Time {
	days := nowruzDays(s.Year)
	for m := 1; m < s.Month; m++ {
		days += SolarHijriMonthDays(s.Year, m)
	}
	return nowruz1358.AddDate(0, 0, days+s.Day-1)
}

// ToSolarHijri converts a Gregorian day; ok is false outside the years
// the calendar is given for.
func ToSolarHijri(year int64, month, day int) (SolarHijri, bool) {
	if year < SolarHijriFrom || year > SolarHijriTo {
		return SolarHijri{}, false
	}
	t := time.Date(int(year), time.Month(month), day, 0, 0, 0, 0, time.UTC)
	y := int(year) - 621
	if t.Before(Nowruz(y)) {
		y--
	}
	left := int(t.Sub(Nowruz(y)).Hours()/24 + 0.5)
	m := 1
	for left >= SolarHijriMonthDays(y, m) {
		left -= SolarHijriMonthDays(y, m)
		m++
	}
	return SolarHijri{Year: y, Month: m, Day: left + 1}, true
}

// SolarHijri writes the date in the Solar Hijri calendar at the same
// precision: a day as "12 Tir 1367", a month as the Solar Hijri months it
// covers ("Dey–Bahman 1392", "Esfand 1392 – Farvardin 1393"), a year as
// the Solar Hijri years ("1373–1374"). Empty outside the years converted.
func (d Date) SolarHijri() string {
	first, last, ok := d.solarHijriRange()
	if !ok {
		return ""
	}
	from, to := solarHijriAt(first, d.Precision), solarHijriAt(last, d.Precision)
	switch {
	case from == to:
		return from
	case d.Precision == PrecisionMonth && first.Year == last.Year:
		return fmt.Sprintf("%s–%s %d", SolarHijriMonth(first.Month), SolarHijriMonth(last.Month), first.Year)
	case d.Precision == PrecisionMonth:
		return from + " – " + to
	}
	return fmt.Sprintf("%d–%d", first.Year, last.Year)
}

// SolarHijriISO writes the date for a table: "1367-04-12" for a day,
// "1392-10/1392-11" for the months a Gregorian month covers, "1373/1374"
// for the years a Gregorian year covers. Empty outside the years converted.
func (d Date) SolarHijriISO() string {
	first, last, ok := d.solarHijriRange()
	if !ok {
		return ""
	}
	switch d.Precision {
	case PrecisionDay:
		return first.ISO()
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d/%04d-%02d", first.Year, first.Month, last.Year, last.Month)
	}
	return fmt.Sprintf("%04d/%04d", first.Year, last.Year)
}

// solarHijriRange converts the first and last day of the period d names.
func (d Date) solarHijriRange() (first, last SolarHijri, ok bool) {
	if d.IsZero() {
		return
	}
	m0, m1, d0, d1 := 1, 12, 1, 31
	switch d.Precision {
	case PrecisionMonth:
		m0, m1, d1 = d.Month, d.Month, daysInMonth(d.Year, d.Month)
	case PrecisionDay:
		m0, m1, d0, d1 = d.Month, d.Month, d.Day, d.Day
	}
	if first, ok = ToSolarHijri(d.Year, m0, d0); !ok {
		return
	}
	last, ok = ToSolarHijri(d.Year, m1, d1)
	return
}

// SolarHijriText writes an event's date in the Solar Hijri calendar at the
// precision its record gives, a span as "from – to"; empty where the
// calendar is not given.
func (e Event) SolarHijriText() string {
	if !e.IsSpan() {
		return e.Start.SolarHijri()
	}
	first, _, ok := e.Start.solarHijriRange()
	_, last, okEnd := e.End.solarHijriRange()
	if !ok || !okEnd {
		return e.Start.SolarHijri()
	}
	return solarHijriAt(first, e.Start.Precision) + " – " + solarHijriAt(last, e.End.Precision)
}

// solarHijriAt writes a Solar Hijri day at a precision: "12 Tir 1367",
// "Tir 1367" or "1367".
func solarHijriAt(s SolarHijri, p Precision) string {
	switch p {
	case PrecisionDay:
		return s.String()
	case PrecisionMonth:
		return fmt.Sprintf("%s %d", SolarHijriMonth(s.Month), s.Year)
	}
	return fmt.Sprint(s.Year)
}
