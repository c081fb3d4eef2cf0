package charts

import (
	"strconv"
	"time"

	"backchannel/data"
)

// Solar Hijri ticks: years and months of Iran's calendar, for the option
// that shows them on the timeline's axis.

// solarHijriUnits are the steps tried, finest first: months, then years.
var solarHijriUnits = []tickUnit{{months: 1}, {months: 3}, {months: 6},
	{years: 1}, {years: 2}, {years: 5}, {years: 10}, {years: 20}, {years: 50}, {years: 100}}

// SolarHijriTicks returns axis ticks at the start of Solar Hijri years or
// months, labelled "1358 SH", "1359", or "Farvardin 1367", "Tir". Where the
// view lies outside the years the calendar is given for, or is too short
// for months, it returns the Gregorian ticks.
func SolarHijriTicks(v TimeView, width, size float64) []Tick {
	from, to := data.DateAt(v.Start), data.DateAt(v.End)
	if from.Year < data.SolarHijriFrom || to.Year >= data.SolarHijriTo || v.Span() < 0.25 {
		return Ticks(v, width, size)
	}
	gap := size * 1.2
	first, _ := data.ToSolarHijri(from.Year, from.Month, from.Day)
	last, _ := data.ToSolarHijri(to.Year, to.Month, to.Day)
	for _, u := range solarHijriUnits {
		if v.Span()/u.approxYears() > width/(size*1.5) {
			continue
		}
		ticks := solarHijriTicksOf(u, v, width, first.Year, last.Year)
		if labelsFit(ticks, size, gap) {
			return placeLabels(ticks, width, size, gap)
		}
	}
	return Ticks(v, width, size)
}

func solarHijriTicksOf(u tickUnit, v TimeView, width float64, firstYear, lastYear int) []Tick {
	var out []Tick
	add := func(day time.Time, label string, major bool) {
		t := data.DecimalYear(day)
		if t >= v.Start && t <= v.End {
			if len(out) == 0 {
				label += " SH"
			}
			out = append(out, Tick{T: t, X: v.X(t, width), Label: label, Major: major})
		}
	}
	for y := firstYear; y <= lastYear; y++ {
		if u.years > 0 {
			if y%int(u.years) == 0 {
				add(data.Nowruz(y), strconv.Itoa(y), false)
			}
			continue
		}
		for m := 1; m <= 12; m += u.months {
			day := data.SolarHijri{Year: y, Month: m, Day: 1}.Gregorian()
			if m == 1 || len(out) == 0 {
				add(day, data.SolarHijriMonth(m)+" "+strconv.Itoa(y), m == 1)
			} else {
				add(day, data.SolarHijriMonth(m), false)
			}
		}
	}
	return out
}
