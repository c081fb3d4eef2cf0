package charts

import (
	"backchannel/pen"
	"math"
	"sync"

	"backchannel/data"
)

// Proportions of the lanes, in label sizes (L) or marker radii (r).
const (
	markerRadius   = 0.42 // a marker's radius, in L
	laneHeight     = 1.75 // a lane's height, in L
	neighbourGap   = 0.5  // the least room between two neighbours, in L
	labelOffset    = 0.35 // from a marker's edge to its label, in L
	markerHitHalf  = 1.3  // half the side of a marker's click square, in r
	clusterRadius  = 1.45 // a cluster's disc, in r, at least
	clusterCount   = 0.8  // the count inside a cluster's disc, in L
	clusterBin     = 2.4  // the width of a cluster's bin, in L
	overflowColumn = 4    // the width of a "+N" column, in L
	edgeMargin     = 2    // pixels kept clear at the picture's edges
)

// laneRow is one lane of a layout in progress.
type laneRow struct {
	end        float64 // rightmost pixel taken
	lastItem   int     // index into the items of the rightmost item, -1 for none
	lastMarker float64 // right edge of that item's marker
}

// emptyLane is a lane with nothing on it yet.
func emptyLane() laneRow {
	return laneRow{end: math.Inf(-1), lastItem: -1, lastMarker: math.Inf(-1)}
}

// candidate is an event or a cluster looking for a lane, with the geometry
// it carries to drawing.
type candidate struct {
	event      int // index into the events; -1 for a cluster
	count      int
	from, to   float64 // the time a cluster covers
	left, mark float64 // its left edge and its marker's right edge
	cx         float64 // the marker's centre
	barL, barR float64 // a span's bar, or an uncertain date's faded bar
	labelX     float64
	labelW     float64
	text       string
	pinned     bool    // a span begun before the view: its label holds the left edge
	faded      bool    // a date known to the month or year: a faint bar over it
	disc       float64 // a cluster's radius, wide enough for its count
}

// onItsBar tells whether the candidate's label would lie on its own span
// bar.
func (c candidate) onItsBar() bool { return c.text != "" && !c.faded && c.barR > c.labelX }

// right is the rightmost pixel the candidate takes.
func (c candidate) right() float64 {
	if c.text == "" {
		return c.mark
	}
	return math.Max(c.mark, c.labelX+c.labelW)
}

// lanePacker places candidates on lanes from left to right: on the first
// lane with room, else flipped left at the right edge, else squeezed in by
// shortening a neighbour, else counted as overflow.
type lanePacker struct {
	ix             *TimelineIndex
	rows           []laneRow
	items          []TimelineItem
	overflow       []candidate
	width          float64
	size, r, gap   float64 // label size, marker radius, gap between neighbours
	minLabel       float64 // the narrowest label worth drawing
	top, rowH      float64
	blockA, blockB float64 // the selected item's extent, kept clear on the top lane
	// taken is where the top lane's free room begins: after a row's
	// label, where the lanes are shared out by category; -Inf for all.
	taken float64
}

// newLanePacker makes a packer for lanes lanes of a picture width wide.
func newLanePacker(ix *TimelineIndex, lanes int, width, top, rowH, size float64) *lanePacker {
	p := &lanePacker{ix: ix, rows: make([]laneRow, lanes), width: width, size: size,
		items:    make([]TimelineItem, 0, lanes*itemsPerLane),
		overflow: (*overflowBuffers.Get().(*[]candidate))[:0],
		r:        size * markerRadius, gap: size * neighbourGap, minLabel: pen.TextWidth("Ab…", size),
		top: top, rowH: rowH, blockA: math.Inf(1), blockB: math.Inf(-1), taken: math.Inf(-1)}
	for i := range p.rows {
		p.rows[i] = emptyLane()
	}
	return p
}

// takeLeft keeps the top lane clear to x, for a row's label.
func (p *lanePacker) takeLeft(x float64) {
	p.taken = x
	p.rows[0].end = math.Max(p.rows[0].end, x)
	p.rows[0].lastMarker = math.Max(p.rows[0].lastMarker, x) // nothing squeezes in over it
}

// itemsPerLane is the room for items a lane starts with, so that a
// frame's list is not grown from nothing item by item.
const itemsPerLane = 4

// overflowBuffers keeps the lists of candidates that found no lane from
// one frame to the next: they do not outlive placeEvents.
var overflowBuffers = sync.Pool{New: func() any { return new([]candidate) }}

// done gives the packer's overflow list back for the next frame.
func (p *lanePacker) done() {
	buf := p.overflow[:0]
	overflowBuffers.Put(&buf)
	p.overflow = nil
}

// rowY is the middle of a lane.
func (p *lanePacker) rowY(row int) float64 { return p.top + p.rowH*(float64(row)+0.5) }

// free tells whether a..b on a lane keeps clear of the selected item.
func (p *lanePacker) free(a, b float64, row int) bool {
	return row != 0 || b+p.gap <= p.blockA || a >= p.blockB+p.gap
}

// place finds the candidate a lane, or counts it as overflow.
func (p *lanePacker) place(c candidate) {
	row := p.offTheBar(&c)
	if row < 0 {
		row = p.flipAtEdge(&c)
	}
	if row < 0 {
		row = p.firstFree(c)
	}
	if row < 0 {
		row = p.squeezeIn(c)
		p.afterTheBar(&c)
	}
	if row < 0 {
		p.overflow = append(p.overflow, c)
		return
	}
	if row == 0 {
		p.clearSelection(&c)
	}
	if c.text != "" && c.labelX+c.labelW > p.width-edgeMargin {
		// The right edge shortens a label; a cluster's count cannot be
		// shortened, so it goes.
		p.shorten(&c, p.width-edgeMargin-c.labelX)
	}
	p.commit(c, row)
}

// offTheBar puts a span's label where it does not cover the span's own
// bar: after the bar's end, or else before its start, on the first lane
// with room for either; it returns that lane, or -1 when the label can
// only go on the bar (a bar that runs through the view, a crowded view).
func (p *lanePacker) offTheBar(c *candidate) int {
	if !c.onItsBar() {
		return -1
	}
	after, fitsAfter := p.afterBar(*c)
	before := c.left - p.size*labelOffset - c.labelW
	fitsBefore := !c.pinned && before >= edgeMargin
	for i := range p.rows {
		if fitsAfter && p.rows[i].end+p.gap <= c.left && p.free(c.left, after+c.labelW, i) {
			c.labelX = after
			return i
		}
		if fitsBefore && p.rows[i].end+p.gap <= before && p.free(before, c.mark, i) {
			c.labelX, c.left = before, before
			return i
		}
	}
	return -1
}

// afterTheBar moves a span's label, squeezed in as the last item of its
// lane, from its bar to the free room after the bar's end.
func (p *lanePacker) afterTheBar(c *candidate) {
	if after, fits := p.afterBar(*c); fits && c.onItsBar() {
		c.labelX = after
	}
}

// afterBar is where a span's label starts after its bar, and whether it
// fits there before the right edge.
func (p *lanePacker) afterBar(c candidate) (float64, bool) {
	after := c.barR + p.size*labelOffset
	return after, after+c.labelW <= p.width-edgeMargin
}

// flipAtEdge moves a label that would run off the right edge to the left
// of its marker: whole, on the first lane with room for it there, or else
// shortened, on the lane with the most room there when that is more than
// the right edge leaves. It returns the lane, or -1 to leave the label at
// the right.
func (p *lanePacker) flipAtEdge(c *candidate) int {
	if c.text == "" || c.labelX+c.labelW <= p.width-edgeMargin || c.pinned {
		return -1
	}
	end := c.left - p.size*labelOffset // where a flipped label ends
	best, bestRoom := -1, p.width-edgeMargin-c.labelX
	for i := range p.rows {
		start := math.Max(p.rows[i].end+p.gap, edgeMargin)
		if i == 0 && p.blockA < c.mark+p.gap {
			start = math.Max(start, p.blockB+p.gap) // after the selection
		}
		if !p.free(start, c.mark, i) {
			continue
		}
		if room := end - start; room >= c.labelW {
			c.labelX, c.left = end-c.labelW, end-c.labelW
			return i
		} else if room >= p.minLabel && room > bestRoom {
			best, bestRoom = i, room
		}
	}
	if best >= 0 && c.event >= 0 {
		c.text, c.labelW = p.fit(c.event, bestRoom)
		c.labelX, c.left = end-c.labelW, end-c.labelW
	} else {
		best = -1
	}
	return best
}

// firstFree is the first lane with room for the whole candidate, or -1.
func (p *lanePacker) firstFree(c candidate) int {
	for i := range p.rows {
		if p.rows[i].end+p.gap <= c.left && p.free(c.left, c.right(), i) {
			return i
		}
	}
	return -1
}

// squeezeIn takes the lane whose last marker ends furthest left and
// shortens, or hides, that neighbour's label to make room; -1 when no
// lane has room even for the marker.
func (p *lanePacker) squeezeIn(c candidate) int {
	chosen, best := -1, math.Inf(1)
	for i := range p.rows {
		if p.rows[i].lastMarker+p.gap <= c.left && p.free(c.left, c.mark, i) && p.rows[i].lastMarker < best {
			best, chosen = p.rows[i].lastMarker, i
		}
	}
	if chosen < 0 || p.rows[chosen].lastItem < 0 {
		return chosen
	}
	prev := &p.items[p.rows[chosen].lastItem]
	if room := c.left - p.gap - prev.Label.X; prev.Text != "" && room < prev.Label.W {
		prev.Text, prev.Label.W = p.fit(prev.Event, room)
		if prev.Text == "" {
			prev.Label = pen.Rect{}
		}
	}
	return chosen
}

// clearSelection shortens or hides a label on the top lane that would run
// into the selected item.
func (p *lanePacker) clearSelection(c *candidate) {
	if p.blockA == math.Inf(1) || c.right() <= p.blockA || c.left >= p.blockA {
		return
	}
	if c.labelX < p.blockA {
		p.shorten(c, p.blockA-2*p.gap-c.labelX)
	} else {
		c.text, c.labelW = "", 0
	}
}

// shorten fits the candidate's label into room, or hides it.
func (p *lanePacker) shorten(c *candidate, room float64) {
	c.text, c.labelW = p.fit(c.event, room)
}

// fit is event's title shortened to room and its width; "" when the room
// is too small or the item is a cluster.
func (p *lanePacker) fit(event int, room float64) (string, float64) {
	if room < p.minLabel || event < 0 {
		return "", 0
	}
	text := pen.Ellipsize(p.ix.Events[event].Title, p.size, room)
	return text, pen.TextWidth(text, p.size)
}

// commit puts the candidate on a lane as an item.
func (p *lanePacker) commit(c candidate, row int) {
	r, y := p.r, p.rowY(row)
	item := TimelineItem{Event: c.event, Count: c.count, From: c.from, To: c.to, Row: row,
		Marker:   pen.Rect{X: c.cx - r*markerHitHalf, Y: y - r*markerHitHalf, W: r * (2 * markerHitHalf), H: r * (2 * markerHitHalf)},
		geometry: itemGeometry{cx: c.cx, barL: c.barL, barR: c.barR, faded: c.faded, disc: c.disc}}
	if c.pinned || c.barR > c.barL {
		// A bar: clickable along its length and over its whole marker.
		x0 := math.Max(math.Min(c.barL, c.cx-r*markerHitHalf), 0)
		item.Marker = pen.Rect{X: x0, Y: y - r*markerHitHalf, W: math.Max(c.barR, c.cx+r*markerHitHalf) - x0, H: r * (2 * markerHitHalf)}
	}
	if c.text != "" {
		item.Text = c.text
		item.Label = pen.Rect{X: c.labelX, Y: y - p.size*0.5, W: c.labelW, H: p.size}
	}
	p.items = append(p.items, item)
	p.rows[row] = laneRow{end: c.right(), lastItem: len(p.items) - 1, lastMarker: c.mark}
}

// reserve keeps the last placed item clear on the top lane: the selection,
// its label flipped or shortened as it may be. The lane itself starts
// afresh, so others may sit either side of it.
func (p *lanePacker) reserve() {
	it := p.items[len(p.items)-1]
	p.blockA, p.blockB = it.Marker.X, it.Marker.X+it.Marker.W
	if it.Text != "" {
		p.blockA, p.blockB = math.Min(p.blockA, it.Label.X), math.Max(p.blockB, it.Label.X+it.Label.W)
	}
	p.rows[0] = emptyLane()
	p.takeLeft(p.taken)
}

// eventCandidate is event i as it would be drawn in view v: its marker, its
// bar if it has one, and its label to the right.
func (p *lanePacker) eventCandidate(i int, v TimeView) candidate {
	e := p.ix.Events[i]
	x := func(t float64) float64 { return v.X(t, p.width) }
	r, gapL := p.r, p.size*labelOffset
	c := candidate{event: i, count: 1, text: e.Title, labelW: p.ix.labelWidth(i, p.size)}
	begin, finish := e.Start.Begin(), e.Start.Finish()
	if e.IsSpan() {
		c.barL, c.barR = x(begin), x(e.End.Finish())
		c.cx = c.barL
		if c.cx < 0 {
			c.pinned = true
			c.cx = -r * 2 // the start is off screen: no marker, label pinned
		}
		c.left = math.Max(math.Min(c.barL, c.cx-r), 0)
		// The bar takes its lane to its end: nothing sits on it.
		c.mark = math.Max(math.Max(c.cx+r, c.left), c.barR)
		c.labelX = math.Max(c.cx+r, 0) + gapL
		return c
	}
	c.cx = x((begin + finish) / 2)
	c.left, c.mark = c.cx-r, c.cx+r
	if e.Start.Precision != data.PrecisionDay && x(finish)-x(begin) > 2*r {
		c.faded = true
		c.barL, c.barR = x(begin), x(finish)
		c.left = math.Min(c.left, c.barL)
	}
	c.labelX = c.mark + gapL
	return c
}

// clusterCandidate stands for n events between from and to, centred at cx.
func (p *lanePacker) clusterCandidate(n int, from, to, cx float64) candidate {
	label := data.FormatCount(n) + " events"
	// The disc holds the count, so that it shows when the label cannot.
	rc := math.Max(p.r*clusterRadius, pen.TextWidth(data.FormatCount(n), p.size*clusterCount)/2+p.r*0.35)
	return candidate{event: -1, count: n, from: from, to: to, cx: cx, left: cx - rc, mark: cx + rc,
		labelX: cx + rc + p.size*labelOffset, labelW: pen.TextWidth(label, p.size), text: label, disc: rc}
}
