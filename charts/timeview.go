package charts

import (
	"math"

	"backchannel/data"
)

// Day is one day in decimal years, near enough for limits.
const Day = 1 / 365.2425

// TimeView is the stretch of time a timeline shows, in decimal years, and
// the limits zooming keeps to.
type TimeView struct {
	Start, End float64
	MinSpan    float64 // the narrowest span zooming may reach
	MaxSpan    float64 // the widest
}

// NewTimeView returns a view of [start, end] with limits from a few days
// to a few times the whole span.
func NewTimeView(start, end float64) TimeView {
	span := math.Max(end-start, 2*Day)
	return TimeView{Start: start, End: end, MinSpan: 2 * Day, MaxSpan: span * 4}
}

// FitEvents returns a view of all events with a margin either side.
func FitEvents(events []*data.Event) TimeView {
	if len(events) == 0 {
		return NewTimeView(2000, 2001)
	}
	lo, hi := events[0].Start.Begin(), events[0].Start.Finish()
	for ke := range events {
		e := events[ke]
		lo = math.Min(lo, e.Start.Begin())
		end := e.Start.Finish()
		if e.IsSpan() {
			end = e.End.Finish()
		}
		hi = math.Max(hi, end)
	}
	return fitExtent(lo, hi)
}

// fitExtent is a view of lo to hi with a margin either side.
func fitExtent(lo, hi float64) TimeView {
	span := math.Max(hi-lo, 30*Day)
	margin := span * 0.04
	return NewTimeView(lo-margin, hi+margin)
}

// Span is the length of the view in years.
func (v TimeView) Span() float64 { return v.End - v.Start }

// X maps an instant to a pixel column of a timeline width px wide.
func (v TimeView) X(t, width float64) float64 { return (t - v.Start) / v.Span() * width }

// T maps a pixel column back to an instant.
func (v TimeView) T(x, width float64) float64 { return v.Start + x/width*v.Span() }

// Zoom scales the span by factor (below 1 zooms in) keeping the instant
// under pixel column x where it is, within the limits.
func (v TimeView) Zoom(factor, x, width float64) TimeView {
	anchor := v.T(x, width)
	span := math.Min(math.Max(v.Span()*factor, v.MinSpan), v.MaxSpan)
	frac := x / width
	v.Start = anchor - frac*span
	v.End = v.Start + span
	return v
}

// Pan moves the view by dx pixels: positive dx shows later times.
func (v TimeView) Pan(dx, width float64) TimeView {
	d := dx / width * v.Span()
	v.Start += d
	v.End += d
	return v
}

// CentreOn moves the view so that t is in the middle, keeping its span.
func (v TimeView) CentreOn(t float64) TimeView {
	half := v.Span() / 2
	v.Start, v.End = t-half, t+half
	return v
}

// Show returns v moved just enough that [a, b] is inside its middle 80%,
// zooming out when [a, b] is wider than that.
func (v TimeView) Show(a, b float64) TimeView {
	span := v.Span()
	if b-a > span*0.8 {
		return v.Frame(a, b)
	}
	lo, hi := v.Start+span*0.1, v.End-span*0.1
	switch {
	case a < lo:
		return v.Pan((a-lo)/span, 1)
	case b > hi:
		return v.Pan((b-hi)/span, 1)
	}
	return v
}

// Frame returns a view of [a, b] with a small margin, within the limits.
func (v TimeView) Frame(a, b float64) TimeView {
	span := math.Min(math.Max((b-a)*1.1, v.MinSpan), v.MaxSpan)
	mid := (a + b) / 2
	v.Start, v.End = mid-span/2, mid+span/2
	return v
}

// Toward returns the view a fraction f of the way from v to target, eased
// in and out: the centre moves linearly, the span geometrically, so a zoom
// looks even at every step. Toward(target, 1) is exactly target.
func (v TimeView) Toward(target TimeView, f float64) TimeView {
	if f >= 1 {
		return target
	}
	if f <= 0 {
		return v
	}
	e := f * f * (3 - 2*f) // smoothstep
	c0, c1 := (v.Start+v.End)/2, (target.Start+target.End)/2
	s0, s1 := v.Span(), target.Span()
	c := c0 + (c1-c0)*e
	s := s0 * math.Pow(s1/s0, e)
	out := target
	out.Start, out.End = c-s/2, c+s/2
	return out
}

// InContext returns a view centred on event i of events (in start order)
// wide enough to show its neighbours on either side, within the limits.
// Near the first or last event the view is moved in rather than left
// half empty: it runs at most a twentieth of its span past the events.
func (v TimeView) InContext(events []*data.Event, i int) TimeView {
	e := events[i]
	t := (e.Start.Begin() + e.Start.Finish()) / 2
	end := t
	if e.IsSpan() {
		t = (e.Start.Begin() + e.End.Finish()) / 2
		end = e.End.Finish()
	}
	reach := math.Max(end-t, 0.25) // a quarter of a year at least
	if i > 0 {
		reach = math.Max(reach, t-events[i-1].Start.Begin())
	}
	if i+1 < len(events) {
		reach = math.Max(reach, events[i+1].Start.Begin()-t)
	}
	span := math.Min(math.Max(reach*2.6, 60*Day), 40)
	span = math.Min(math.Max(span, v.MinSpan), v.MaxSpan)
	v.Start, v.End = t-span/2, t+span/2
	lo, hi := eventsExtent(events)
	pad := span / 20
	switch {
	case hi-lo+2*pad <= span: // all of them fit: centre them
		v.Start = (lo+hi)/2 - span/2
	case v.Start < lo-pad:
		v.Start = lo - pad
	case v.End > hi+pad:
		v.Start = hi + pad - span
	}
	v.End = v.Start + span
	return v
}

// eventsExtent is the first instant and the last that events (in start
// order) cover.
func eventsExtent(events []*data.Event) (lo, hi float64) {
	lo = events[0].Start.Begin()
	for ke := range events {
		e := events[ke]
		end := e.Start.Finish()
		if e.IsSpan() {
			end = e.End.Finish()
		}
		hi = math.Max(hi, end)
	}
	return lo, hi
}
