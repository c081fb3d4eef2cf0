package charts

import (
	"backchannel/pen"
	"math"
	"strconv"

	"backchannel/data"
)

// Tick is one mark on the time axis.
type Tick struct {
	T     float64 // the instant, in decimal years
	X     float64 // its pixel column
	LX    float64 // the centre of its label, kept inside the picture
	Label string  // "" where an edge label would crowd its neighbour
	Major bool    // the start of a larger unit: a year among months, a month among days
}

// tickUnit is a step of the axis: some days, months or years.
type tickUnit struct {
	days, months int
	years        float64
}

// approxYears is the unit's length in years.
func (u tickUnit) approxYears() float64 {
	switch {
	case u.days > 0:
		return float64(u.days) * Day
	case u.months > 0:
		return float64(u.months) / 12
	}
	return u.years
}

var tickUnits = func() []tickUnit {
	units := []tickUnit{{days: 1}, {days: 2}, {days: 5}, {days: 10}, {months: 1}, {months: 3}, {months: 6}}
	for mag := 1.0; mag <= 1e10; mag *= 10 {
		for _, m := range []float64{1, 2, 5} {
			units = append(units, tickUnit{years: m * mag})
		}
	}
	return units
}()

// Ticks returns the axis ticks for a view width pixels wide: the finest
// unit whose labels, set at size pixels, stand apart without colliding.
func Ticks(v TimeView, width, size float64) []Tick {
	gap := size * 1.2
	for _, u := range tickUnits {
		if v.Span()/u.approxYears() > width/(size*1.5) {
			continue // far too many to label
		}
		ticks := ticksOf(u, v, width)
		if labelsFit(ticks, size, gap) {
			return placeLabels(ticks, width, size, gap)
		}
	}
	return nil
}

// placeLabels keeps each label inside the picture, and drops the label of
// an edge tick that moving inside would crowd against its neighbour.
func placeLabels(ticks []Tick, width, size, gap float64) []Tick {
	for i := range ticks {
		half := pen.TextWidth(ticks[i].Label, size) / 2
		ticks[i].LX = math.Min(math.Max(ticks[i].X, half+2), width-half-2)
	}
	crowded := func(a, b Tick) bool {
		return b.LX-a.LX < (pen.TextWidth(a.Label, size)+pen.TextWidth(b.Label, size))/2+gap/2
	}
	if n := len(ticks); n >= 2 {
		if crowded(ticks[0], ticks[1]) {
			ticks[0].Label = ""
		}
		if crowded(ticks[n-2], ticks[n-1]) {
			ticks[n-1].Label = ""
		}
	}
	return ticks
}

func labelsFit(ticks []Tick, size, gap float64) bool {
	for i := 1; i < len(ticks); i++ {
		need := (pen.TextWidth(ticks[i-1].Label, size)+pen.TextWidth(ticks[i].Label, size))/2 + gap
		if ticks[i].X-ticks[i-1].X < need {
			return false
		}
	}
	return true
}

func ticksOf(u tickUnit, v TimeView, width float64) []Tick {
	var out []Tick
	add := func(t float64, label string, major bool) {
		out = append(out, Tick{T: t, X: v.X(t, width), Label: label, Major: major})
	}
	switch {
	case u.years > 0:
		for _, year := range yearTicks(v.Start, v.End, u.years) {
			add(float64(year), axisYear(year, u.years), false)
		}
	case u.months > 0:
		d := data.DateAt(v.Start)
		year, month := d.Year, d.Month
		for {
			t := data.Date{Year: year, Month: month, Precision: data.PrecisionMonth}.Begin()
			if t > v.End {
				break
			}
			if t >= v.Start && (month-1)%u.months == 0 {
				if month == 1 || len(out) == 0 {
					add(t, data.MonthAbbrev(month)+" "+data.FormatYear(year), month == 1)
				} else {
					add(t, data.MonthAbbrev(month), false)
				}
			}
			if month++; month > 12 {
				month, year = 1, year+1
			}
		}
	default:
		d := data.DateAt(v.Start)
		for {
			t := d.Begin()
			if t > v.End {
				break
			}
			if t >= v.Start && (d.Day-1)%u.days == 0 && !(u.days > 1 && d.Day > 28) {
				if d.Day == 1 || len(out) == 0 {
					add(t, d.String(), d.Day == 1)
				} else {
					add(t, strconv.Itoa(d.Day)+" "+data.MonthAbbrev(d.Month), false)
				}
			}
			d = d.NextDay()
		}
	}
	return out
}

// yearTicks returns the years in [start, end] that are round in the
// calendar people read: multiples of step in the common era and, before
// it, round numbers of years BCE (astronomical 1-k×step), or multiples of
// step in deep time, where the axis counts years ago.
func yearTicks(start, end, step float64) []int64 {
	var out []int64
	if step >= 1e5 {
		for y := math.Ceil(start/step) * step; y <= end; y += step {
			out = append(out, int64(math.Round(y)))
		}
		return out
	}
	// Before the common era: 1 - k*step, for k from the largest down to 1.
	if start < 1 {
		kMax := math.Floor((1 - start) / step)
		kMin := math.Max(1, math.Ceil((1-end)/step))
		for k := kMax; k >= kMin; k-- {
			out = append(out, int64(1-k*step))
		}
	}
	for y := math.Max(step, math.Ceil(start/step)*step); y <= end; y += step {
		out = append(out, int64(y))
	}
	return out
}

// axisYear labels a year tick. On a deep-time axis (steps of 100,000
// years or more) years before the common era read as time ago, and year 0
// as "0", so the axis counts evenly.
func axisYear(year int64, step float64) string {
	if step < 1e5 || year > 0 {
		return data.FormatYear(year)
	}
	ago := float64(-year)
	switch {
	case year == 0:
		return "0"
	case ago >= 1e9:
		return strconv.FormatFloat(ago/1e9, 'f', -1, 64) + " billion years ago"
	case ago >= 1e6:
		return strconv.FormatFloat(ago/1e6, 'f', -1, 64) + " million years ago"
	}
	return strconv.FormatFloat(ago/1e3, 'f', -1, 64) + " thousand years ago"
}
