package charts

import (
	"backchannel/pen"
	"math"

	"backchannel/data"
)

// TimelineChart is a timeline picture: its events, the eras behind them, the
// stretch of time shown, and what is selected.
type TimelineChart struct {
	Index    *TimelineIndex
	Eras     []data.Era
	View     TimeView
	Whole    TimeView // what the overview strip shows; a zero span draws no strip
	Selected int      // index into Index.Events, -1 for none
	Hover    int      // index whose tooltip shows, -1 for none
	HoverEra string   // id of the era whose band's tooltip shows, "" for none
	Today    float64  // today in decimal years; 0 draws no marker
	Title    string   // a heading, for exports
	Caption  string   // a footnote, for exports
	Legend   bool     // draw the legend of channels and bands
	Focused  bool     // draw the ring of keyboard focus
	// SolarHijriAxis labels the axis in Solar Hijri years and months.
	SolarHijriAxis bool
	// Categories name the events' kinds in the legend and tooltips; nil
	// for the six channels.
	Categories []data.Category
	// Rows is how the lanes are shared: packed, or a row per category.
	Rows Rows
}

// categories returns the chart's categories, the six channels by default.
func (tl TimelineChart) categories() []data.Category {
	if len(tl.Categories) > 0 {
		return tl.Categories
	}
	return data.ChannelCategories()
}

// TimelineItem is one marker placed on a lane: an event or a cluster.
type TimelineItem struct {
	Event    int     // index into Index.Events; -1 for a cluster
	Count    int     // events the marker stands for
	From, To float64 // the time a cluster covers
	Row      int
	Marker   pen.Rect // where to click
	Label    pen.Rect // where the label was drawn; zero when hidden
	Text     string   // the label as drawn: shortened, or "" when hidden

	geometry itemGeometry
}

// itemGeometry is where an event's marker and bar are drawn, as the lane
// packer worked them out.
type itemGeometry struct {
	cx         float64 // the marker's centre
	barL, barR float64 // a span's bar, or a faded bar over an uncertain date
	faded      bool
	disc       float64 // a cluster's radius
}

// BandHit is where an era band was drawn.
type BandHit struct {
	Era  data.Era
	Rect pen.Rect
}

// TimelineLayout is a laid-out timeline: the scene to paint and where
// things are, for hit tests and for tests.
type TimelineLayout struct {
	Scene    pen.Scene
	Items    []TimelineItem
	Bands    []BandHit
	Lanes    pen.Rect
	AxisY    float64
	Ticks    []Tick
	Overview pen.Rect // the overview strip; zero when not drawn
	Window   pen.Rect // the visible window inside the overview strip
	InView   int      // events in view: one by one, in clusters, or in Overflow
	Overflow int      // events in view that found no room on any lane
	RowH     float64
	// Sections are the rows of lanes, one per category with events in
	// view, where the lanes go by category; nil where they are packed.
	Sections []LaneSection
}

// LaneSection is one category's row of lanes: its lanes, counted from the
// top lane, and where its label was drawn.
type LaneSection struct {
	Category     data.Channel
	First, Lanes int
	Label        pen.Rect
}

// minLanes is the fewest lanes a picture keeps room for: where the era
// bands and the overview strip would leave fewer, they are drawn thinner,
// then left out (see chrome).
const minLanes = 3

// chrome is how much room the timeline gives what frames its lanes, from
// all of it down to none.
type chrome int

const (
	fullChrome chrome = iota // bands and overview at their size
	thinChrome               // every band row as thin as a tick label, a thin overview
	noOverview               // thin bands, no overview strip
	oneBand                  // only the first row of bands
	noChrome                 // no bands, no overview
)

// Layout places the timeline in a width×height picture in logical pixels.
// Its cost depends on what is in view, not on how many events there are.
func (tl TimelineChart) Layout(width, height float64, th Theme) TimelineLayout {
	v := tl.View
	if v.Span() <= 0 {
		v = NewTimeView(2000, 2001)
	}
	var l TimelineLayout
	var bandRows map[data.Band]pen.Rect
	var legendY float64
	for room := fullChrome; ; room++ {
		l = TimelineLayout{Scene: pen.Scene{Width: width, Height: height, Background: th.Background}}
		var lanesTop float64
		bandRows, lanesTop = tl.layoutTop(&l, th, room)
		legendY = tl.layoutBottom(&l, lanesTop, th, room)
		if room == noChrome || int(l.Lanes.H/laneRowHeight(th)) >= tl.rowsNeeded() {
			break
		}
	}
	tl.drawBands(&l, v, bandRows, th)
	tl.drawAxis(&l, v, th)
	tl.drawToday(&l, v, th)
	if tl.Index != nil && tl.Index.Len() > 0 {
		tl.placeEvents(&l, v, width, th)
	}
	tl.labelToday(&l, v, th)
	if l.Overview.W > 0 {
		tl.drawOverview(&l, v, th)
	}
	if tl.Legend {
		drawTimelineLegend(&l.Scene, tl.categories(), tl.Eras, legendY, th.LabelSize*0.6, th)
	}
	tl.drawHover(&l, th)
	if tl.Focused {
		focusRing(&l.Scene, th)
	}
	return l
}

// layoutTop adds the heading and works out the band rows below it, as
// much of them as room allows; it returns the rows and where the lanes
// begin.
func (tl TimelineChart) layoutTop(l *TimelineLayout, th Theme, room chrome) (map[data.Band]pen.Rect, float64) {
	sc := &l.Scene
	L, S := th.LabelSize, th.TickSize
	pad := L * 0.6
	y := pad
	if tl.Title != "" {
		sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: y + pen.CapHeight(th.TitleSize), Body: pen.Ellipsize(tl.Title, th.TitleSize, sc.Width-2*pad), Size: th.TitleSize, Color: th.Text})
		y += th.TitleSize * 1.7
	}
	rowHeights := map[data.Band]float64{data.BandGeneral: L * 1.9, data.BandUSPresident: L * 1.9, data.BandIranPresident: S * 1.75, data.BandIranLeader: S * 1.75}
	bandRows := map[data.Band]pen.Rect{}
	for _, b := range data.Bands() {
		if !hasBand(tl.Eras, b) || room >= noChrome || room >= oneBand && len(bandRows) > 0 {
			continue
		}
		h := rowHeights[b]
		if room >= thinChrome {
			h = S * 1.5
		}
		bandRows[b] = pen.Rect{X: 0, Y: y, W: sc.Width, H: h}
		y += h + 1
	}
	return bandRows, y + L*0.3
}

// layoutBottom adds the caption and places, from the bottom up, the
// legend, the overview strip (thin, or none, where room is short), the
// axis and the lanes; it returns the legend's baseline.
func (tl TimelineChart) layoutBottom(l *TimelineLayout, lanesTop float64, th Theme, room chrome) float64 {
	sc := &l.Scene
	L, S := th.LabelSize, th.TickSize
	pad := L * 0.6
	bottom := sc.Height - pad*0.5
	if tl.Caption != "" {
		sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: bottom, Body: pen.Ellipsize(tl.Caption, S, sc.Width-2*pad), Size: S, Color: th.Muted})
		bottom -= S * 1.7
	}
	legendY := 0.0
	if tl.Legend {
		legendY = bottom - L*0.4
		bottom -= L * 1.9
	}
	if tl.Whole.Span() > 0 && room < noOverview {
		h := math.Max(S*2.6, 18)
		if room >= thinChrome {
			h = math.Max(S*1.4, 10)
		}
		l.Overview = pen.Rect{X: 0, Y: bottom - h, W: sc.Width, H: h}
		bottom -= h + S*0.6
	}
	l.AxisY = bottom - S*1.9
	l.Lanes = pen.Rect{X: 0, Y: lanesTop, W: sc.Width, H: math.Max(l.AxisY-S*1.8-lanesTop, L)}
	return legendY
}
