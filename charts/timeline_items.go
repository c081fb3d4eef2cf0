package charts

import (
	"backchannel/pen"
	"math"

	"backchannel/data"
)

// placeEvents packs the events in view onto lanes: one by one where there
// is room, as clusters where markers crowd, shortening then hiding labels.
func (tl TimelineChart) placeEvents(l *TimelineLayout, v TimeView, width float64, th Theme) {
	L := th.LabelSize
	if tl.Rows == RowsByCategory && tl.placeByCategory(l, v, width, th) {
		tl.drawItems(l, th, L*markerRadius, func(row int) float64 { return l.Lanes.Y + l.RowH*(float64(row)+0.5) })
		return
	}
	l.RowH = laneRowHeight(th)
	nRows := max(1, int(l.Lanes.H/l.RowH))
	// Every lane is the events' unless some find no room: then the bottom
	// lane is kept for their "+N" counts, and the rest packed again. A
	// single lane has its counts under it, over the axis.
	p := tl.pack(l, v, width, nRows, L)
	countsY := l.Lanes.Y + l.Lanes.H + th.TickSize*0.9
	if nRows >= 2 && len(p.overflow) > 0 {
		p.done()
		countsY = p.rowY(nRows - 1)
		p = tl.pack(l, v, width, nRows-1, L)
	}
	defer p.done()
	l.Items = p.items
	for _, c := range p.overflow {
		l.Overflow += c.count
	}
	if len(p.overflow) > 0 {
		drawOverflow(&l.Scene, p.overflow, countsY, L, th)
	}
	tl.drawItems(l, th, p.r, p.rowY)
}

// laneRowHeight is the height of one lane: a label, or a marker with room
// round it.
func laneRowHeight(th Theme) float64 {
	L := th.LabelSize
	return math.Max(L*laneHeight, 2*L*markerRadius+4)
}

// pack packs the events in view onto usable lanes. The selection takes
// its place among the others, so that selecting an event on the screen
// moves nothing; only when that leaves it hidden, in a cluster or without
// a label, does it go first, on top.
func (tl TimelineChart) pack(l *TimelineLayout, v TimeView, width float64, usable int, L float64) *lanePacker {
	return tl.packAt(l, v, width, usable, l.Lanes.Y, math.Inf(-1), L)
}

// packAt packs as pack does onto usable lanes from top down, the top
// lane's room beginning at taken.
func (tl TimelineChart) packAt(l *TimelineLayout, v TimeView, width float64, usable int, top, taken, L float64) *lanePacker {
	p := newLanePacker(tl.Index, usable, width, top, l.RowH, L)
	p.takeLeft(taken)
	tl.placeInView(p, v, l, false)
	if sel := tl.Selected; sel >= 0 && sel < tl.Index.Len() && tl.Index.inView(sel, v.Start, v.End) && !labelled(p.items, sel) {
		p.done()
		p = newLanePacker(tl.Index, usable, width, top, l.RowH, L)
		p.takeLeft(taken)
		tl.placeInView(p, v, l, true)
	}
	return p
}

// labelled reports whether event i got a place of its own, with a label.
func labelled(items []TimelineItem, i int) bool {
	for _, it := range items {
		if it.Event == i {
			return it.Text != ""
		}
	}
	return false
}

// placeInView offers the packer the events in view: the selection first
// when selFirst is set, then the spans begun before the view, then the
// rest in time order, in clusters where they crowd.
func (tl TimelineChart) placeInView(p *lanePacker, v TimeView, l *TimelineLayout, selFirst bool) {
	ix := tl.Index
	t0, t1 := v.Start, v.End
	sel := tl.Selected
	if sel >= ix.Len() || !selFirst {
		sel = -1 // placed as any other
	}
	var before []int
	for k, i := range ix.spans {
		if ix.starts[i] >= t0 {
			break // the rest start later still
		}
		if ix.ends[k] > t0 {
			before = append(before, i)
		}
	}
	l.InView = len(before) + ix.CountBetween(t0, math.Nextafter(t1, math.Inf(1)))

	// The selection first, on the top lane, so that it shows (below it
	// when a row's name holds the top lane's left).
	if sel >= 0 && ix.inView(sel, t0, t1) {
		p.place(p.eventCandidate(sel, v))
		if n := len(p.items); n > 0 && p.items[n-1].Event == sel && p.items[n-1].Row == 0 {
			p.reserve()
		}
	}
	for _, i := range before {
		if i != sel {
			p.place(p.eventCandidate(i, v))
		}
	}
	// Time-anchored bins, so clusters do not jitter as the view pans.
	binYears := p.size * clusterBin * v.Span() / p.width
	crowd := max(3, len(p.rows)/4)
	for k := math.Floor(t0 / binYears); k*binYears <= t1; k++ {
		a, b := math.Max(k*binYears, t0), math.Min((k+1)*binYears, math.Nextafter(t1, math.Inf(1)))
		lo, hi := ix.search(a), ix.search(b)
		n := hi - lo
		if sel >= lo && sel < hi {
			n--
		}
		if n <= 0 {
			continue
		}
		if n > crowd {
			p.place(p.clusterCandidate(n, a, b, v.X((a+b)/2, p.width)))
			continue
		}
		for i := lo; i < hi; i++ {
			if i != sel {
				p.place(p.eventCandidate(i, v))
			}
		}
	}
}

// drawOverflow counts the events with no room on the bottom lane as "+N",
// grouped in columns.
func drawOverflow(sc *pen.Scene, overflow []candidate, y, size float64, th Theme) {
	groups := map[int]int{}
	var order []int
	for _, c := range overflow {
		k := int(math.Floor(c.cx / (size * overflowColumn)))
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] += c.count
	}
	for _, k := range order {
		cx := (float64(k) + 0.5) * size * overflowColumn
		sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: y + pen.CapHeight(th.TickSize)/2, Body: "+" + data.FormatCount(groups[k]), Size: th.TickSize, Color: th.Muted, Anchor: pen.AnchorMiddle})
	}
}

// drawItems adds the placed markers, bars and labels to the scene.
func (tl TimelineChart) drawItems(l *TimelineLayout, th Theme, r float64, rowY func(int) float64) {
	sc := &l.Scene
	L := th.LabelSize
	for _, it := range l.Items {
		cy := rowY(it.Row)
		if it.Event < 0 {
			c := pen.Blend(th.Muted, th.Background, 0.85)
			cx := it.geometry.cx
			sc.Shapes = append(sc.Shapes, pen.Shape{Points: pen.Circle(cx, cy, it.geometry.disc), Fill: c})
			if it.Text != "" {
				sc.Texts = append(sc.Texts, pen.Text{X: it.Label.X, Y: cy + pen.CapHeight(L)/2, Body: it.Text, Size: L, Color: th.Muted})
			} else {
				// No room for "N events": the count stands in the disc.
				S := L * clusterCount
				sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: cy + pen.CapHeight(S)/2, Body: data.FormatCount(it.Count), Size: S, Color: pen.ContrastText(c), Anchor: pen.AnchorMiddle})
			}
			continue
		}
		e := tl.Index.Events[it.Event]
		col := th.ChannelColor(e.Channel)
		selected := it.Event == tl.Selected
		if selected && it.Text != "" {
			sc.Boxes = append(sc.Boxes, pen.Box{Rect: pen.Rect{X: it.Label.X - 3, Y: cy - L*0.75, W: it.Label.W + 6, H: L * 1.5}, Fill: th.Highlight})
		}
		g := it.geometry
		cx := g.cx
		if e.IsSpan() {
			x0, x1 := math.Max(g.barL, 0), math.Min(g.barR, sc.Width)
			sc.Boxes = append(sc.Boxes, pen.Box{Rect: pen.Rect{X: x0, Y: cy - r*0.75, W: x1 - x0, H: r * 1.5}, Fill: pen.Blend(col, th.Background, 0.38)})
			cx = g.barL
		} else if g.faded {
			sc.Boxes = append(sc.Boxes, pen.Box{Rect: pen.Rect{X: g.barL, Y: cy - r*0.55, W: g.barR - g.barL, H: r * 1.1}, Fill: pen.Blend(col, th.Background, 0.22)})
		}
		if cx > -r {
			sc.Shapes = append(sc.Shapes, th.Mark(MarkerShape(e.Channel, cx, cy, r), col))
			if selected {
				sc.Shapes = append(sc.Shapes, pen.Shape{Points: pen.Circle(cx, cy, r*1.9), Stroke: th.Text, Width: th.Stroke * 2})
			}
		}
		if it.Text != "" {
			sc.Texts = append(sc.Texts, pen.Text{X: it.Label.X, Y: cy + pen.CapHeight(L)/2, Body: it.Text, Size: L, Color: th.Text})
		}
	}
}
