package charts

import (
	"fmt"
	"math"
	"sort"
	"sync"

	"backchannel/data"
	"backchannel/pen"
)

// Rows says how the timeline shares its lanes among the events.
type Rows int

// The ways of sharing the lanes.
const (
	// RowsPacked packs every event onto the lanes together.
	RowsPacked Rows = iota
	// RowsByCategory gives each channel (or an imported timeline's group)
	// a labelled row of lanes of its own, its events packed inside it;
	// a row with nothing in view is folded away.
	RowsByCategory
)

// ParseRows reads a -rows value: packed, or channel (group too).
func ParseRows(s string) (Rows, error) {
	switch s {
	case "", "packed":
		return RowsPacked, nil
	case "channel", "group", "category":
		return RowsByCategory, nil
	}
	return RowsPacked, fmt.Errorf("unknown rows %q (want packed or channel)", s)
}

// categoryRow is one category's events, indexed on their own.
type categoryRow struct {
	category data.Channel
	ix       *TimelineIndex
	parent   []int // each event's place in the whole index
}

// categoryRows are the index's events by category, made the first time a
// timeline asks for them.
type categoryRows struct {
	once sync.Once
	rows []categoryRow
}

// byCategory returns the index's events split by category, in category
// order, those with no events left out.
func (ix *TimelineIndex) byCategory() []categoryRow {
	ix.categories.once.Do(func() {
		positions := map[data.Channel][]int{}
		for i := range ix.Events {
			e := ix.Events[i]
			positions[e.Channel] = append(positions[e.Channel], i)
		}
		var cats []data.Channel
		for c := range positions {
			cats = append(cats, c)
		}
		sort.Slice(cats, func(a, b int) bool { return cats[a] < cats[b] })
		for _, c := range cats {
			ix.categories.rows = append(ix.categories.rows, newCategoryRow(ix, c, positions[c]))
		}
	})
	return ix.categories.rows
}

// newCategoryRow indexes the events of the whole index at positions.
func newCategoryRow(ix *TimelineIndex, c data.Channel, positions []int) categoryRow {
	events := make([]*data.Event, len(positions))
	for k, i := range positions {
		events[k] = ix.Events[i]
	}
	sub := NewTimelineIndex(events)
	row := categoryRow{category: c, ix: sub, parent: positions}
	if &sub.Events[0] != &events[0] {
		// Put in another order (an event following one of another
		// category): find each event's place again.
		at := make(map[string]int, len(positions))
		for _, i := range positions {
			at[ix.Events[i].ID] = i
		}
		row.parent = make([]int, len(positions))
		for k := range sub.Events {
			e := sub.Events[k]
			row.parent[k] = at[e.ID]
		}
	}
	return row
}

// local is the place in the row of the whole index's event i, or -1.
func (r categoryRow) local(i int) int {
	k := sort.SearchInts(r.parent, i)
	if k < len(r.parent) && r.parent[k] == i {
		return k
	}
	for k, p := range r.parent { // a row put in another order
		if p == i {
			return k
		}
	}
	return -1
}

// countInView counts the row's events in view between t0 and t1, as the
// lanes are packed.
func (r categoryRow) countInView(t0, t1 float64) int {
	ix := r.ix
	n := ix.CountBetween(t0, math.Nextafter(t1, math.Inf(1)))
	for k, i := range ix.spans {
		if ix.starts[i] >= t0 {
			break
		}
		if ix.ends[k] > t0 {
			n++
		}
	}
	return n
}

// rowsNeeded is how many lanes the timeline needs at the least: three,
// or one for each category with events when rows go by category.
func (tl TimelineChart) rowsNeeded() int {
	if tl.Rows == RowsByCategory && tl.Index != nil {
		return max(minLanes, len(tl.Index.byCategory()))
	}
	return minLanes
}

// shareLanes shares lanes among rows that need demand lanes each (0 for
// a row with nothing in view): a lane each, then one by one to the row
// with the fewest of those still lacking some (the one lacking most among
// equals), so that small rows are whole before large ones grow, until
// every need is met or no lane is left; it is nil when there are fewer
// lanes than rows to share them.
func shareLanes(demand []int, lanes int) []int {
	share := make([]int, len(demand))
	for k, n := range demand {
		if n > 0 {
			share[k] = 1
			lanes--
		}
	}
	if lanes < 0 {
		return nil
	}
	for ; lanes > 0; lanes-- {
		best := -1
		for k, n := range demand {
			if lack := n - share[k]; lack > 0 && (best < 0 || share[k] < share[best] || share[k] == share[best] && lack > demand[best]-share[best]) {
				best = k
			}
		}
		if best < 0 {
			break
		}
		share[best]++
	}
	return share
}

// laneDemand is how many lanes row r would take of the lanes there are,
// packed alone, with one more for the events that found no room.
func (tl TimelineChart) laneDemand(l *TimelineLayout, v TimeView, width float64, r categoryRow, lanes int, taken float64, th Theme) int {
	row := tl.inRow(r)
	part := TimelineLayout{Lanes: pen.Rect{Y: l.Lanes.Y, W: width, H: float64(lanes) * l.RowH}, RowH: l.RowH}
	p := row.packAt(&part, v, width, lanes, l.Lanes.Y, taken, th.LabelSize)
	defer p.done()
	used := 1
	for _, it := range p.items {
		used = max(used, it.Row+1)
	}
	if len(p.overflow) > 0 {
		used++
	}
	return used
}

// inRow is the timeline of row r's events alone, its selection the
// timeline's where it is one of them.
func (tl TimelineChart) inRow(r categoryRow) TimelineChart {
	row := tl
	row.Index, row.Selected = r.ix, -1
	if tl.Selected >= 0 {
		row.Selected = r.local(tl.Selected)
	}
	return row
}

// placeByCategory packs each category's events in view onto its own row of
// lanes, labelled at the left of its first lane with its name and, when
// some of its events found no room, how many ("Secret +3"). Where there
// are fewer lanes than rows, it packs every event together instead.
func (tl TimelineChart) placeByCategory(l *TimelineLayout, v TimeView, width float64, th Theme) bool {
	rows := tl.Index.byCategory()
	l.RowH = laneRowHeight(th)
	lanes := int(l.Lanes.H / l.RowH)
	names := make([]string, len(rows))
	demand := make([]int, len(rows))
	for k, r := range rows {
		names[k] = tl.rowName(r)
		if n := r.countInView(v.Start, v.End); n > 0 {
			demand[k] = tl.laneDemand(l, v, width, r, lanes, tl.labelRoom(names[k], n, th), th)
		}
	}
	share := shareLanes(demand, lanes)
	if share == nil {
		return false
	}
	first := 0
	for k, r := range rows {
		if share[k] == 0 {
			continue
		}
		if first > 0 {
			y := l.Lanes.Y + float64(first)*l.RowH
			l.Scene.Lines = append(l.Scene.Lines, pen.Line{X1: 0, Y1: y, X2: width, Y2: y, Width: th.Stroke, Color: th.Grid})
		}
		tl.placeRow(l, v, width, r, share[k], first, names[k], th)
		first += share[k]
	}
	return true
}

// rowName is what a row is called: its category's name.
func (tl TimelineChart) rowName(r categoryRow) string {
	if cats := tl.categories(); int(r.category) < len(cats) {
		return cats[r.category].Name()
	}
	return r.category.Name()
}

// labelRoom is where a row's events may begin on its first lane: after
// its label, which may grow to say that all n of its events in view found
// no room.
func (tl TimelineChart) labelRoom(name string, n int, th Theme) float64 {
	return th.LabelSize*0.5 + pen.TextWidth(name+" +"+data.FormatCount(n), th.TickSize) + th.LabelSize*labelOffset
}

// placeRow packs one category's events onto its lanes, from lane first
// down, and labels the row.
func (tl TimelineChart) placeRow(l *TimelineLayout, v TimeView, width float64, r categoryRow, lanes, first int, name string, th Theme) {
	S := th.TickSize
	top := l.Lanes.Y + float64(first)*l.RowH
	part := TimelineLayout{Lanes: pen.Rect{Y: top, W: width, H: float64(lanes) * l.RowH}, RowH: l.RowH}
	row := tl.inRow(r)
	p := row.packAt(&part, v, width, lanes, top, tl.labelRoom(name, r.countInView(v.Start, v.End), th), th.LabelSize)
	defer func() { p.done() }()
	at := pen.Point{X: th.LabelSize * 0.5, Y: top + l.RowH/2}
	if sel := row.Selected; sel >= 0 && row.Index.inView(sel, v.Start, v.End) && !placed(p.items, sel) {
		// The selection lies under the row's name: it keeps its place,
		// and the name goes where a lane of the row has room for it.
		again := row.packAt(&part, v, width, lanes, top, math.Inf(-1), th.LabelSize)
		if spot, ok := nameSpot(again, rowLabel(name, again.overflow), lanes, width, th); ok {
			p.done()
			p, at = again, spot
		} else {
			again.done()
		}
	}
	label := rowLabel(name, p.overflow)
	text := pen.Text{X: at.X, Y: at.Y + pen.CapHeight(S)/2, Body: label, Size: S, Color: th.Muted}
	l.Scene.Texts = append(l.Scene.Texts, text)
	l.Sections = append(l.Sections, LaneSection{Category: r.category, First: first, Lanes: lanes, Label: text.Bounds()})
	l.InView += part.InView
	for _, c := range p.overflow {
		l.Overflow += c.count
	}
	for _, it := range p.items {
		if it.Event >= 0 {
			it.Event = r.parent[it.Event]
		}
		it.Row += first
		l.Items = append(l.Items, it)
	}
}

// rowLabel is a row's name, and how many of its events in view found no
// room: "Secret +3".
func rowLabel(name string, overflow []candidate) string {
	hidden := 0
	for _, c := range overflow {
		hidden += c.count
	}
	if hidden > 0 {
		return name + " +" + data.FormatCount(hidden)
	}
	return name
}

// placed reports whether event i found a place of its own.
func placed(items []TimelineItem, i int) bool {
	for _, it := range items {
		if it.Event == i {
			return true
		}
	}
	return false
}

// nameSpot finds room for a row's label on one of its lanes, at the left
// or the right end, clear of what the packer placed: the middle of the
// label's line, and whether there is such room.
func nameSpot(p *lanePacker, label string, lanes int, width float64, th Theme) (pen.Point, bool) {
	w := pen.TextWidth(label, th.TickSize)
	gap := th.LabelSize * labelOffset
	for lane := range lanes {
		y := p.rowY(lane)
		for _, x := range []float64{th.LabelSize * 0.5, width - th.LabelSize*0.5 - w} {
			spot := pen.Rect{X: x - gap, Y: y - p.rowH/2, W: w + 2*gap, H: p.rowH}
			free := true
			for _, it := range p.items {
				if it.Row == lane && (overlaps(it.Marker, spot) || it.Text != "" && overlaps(it.Label, spot)) {
					free = false
				}
			}
			if free {
				return pen.Point{X: x, Y: y}, true
			}
		}
	}
	return pen.Point{}, false
}
