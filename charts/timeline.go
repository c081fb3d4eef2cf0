package charts

import (
	"image/color"
	"math"
	"strconv"
	"strings"

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
	Marker   Rect   // where to click
	Label    Rect   // where the label was drawn; zero when hidden
	Text     string // the label as drawn: shortened, or "" when hidden
}

// BandHit is where an era band was drawn.
type BandHit struct {
	Era  data.Era
	Rect Rect
}

// TimelineLayout is a laid-out timeline: the scene to paint and where
// things are, for hit tests and for tests.
type TimelineLayout struct {
	Scene    Scene
	Items    []TimelineItem
	Bands    []BandHit
	Lanes    Rect
	AxisY    float64
	Ticks    []Tick
	Overview Rect // the overview strip; zero when not drawn
	Window   Rect // the visible window inside the overview strip
	InView   int  // events in view: one by one, in clusters, or in Overflow
	Overflow int  // events in view that found no room on any lane
	RowH     float64
}

// band colours: U.S. presidents, Iranian presidents, Supreme Leaders.
var bandBase = map[data.Band][3]uint8{
	data.BandUSPresident:   {0x5B, 0x72, 0x9C},
	data.BandIranPresident: {0x4F, 0x93, 0x86},
	data.BandIranLeader:    {0xA8, 0x86, 0x4E},
	data.BandGeneral:       {0x7A, 0x6A, 0x9C},
}

func (th Theme) bandColor(b data.Band, alt bool, lanes bool) Box {
	c := bandBase[b]
	base := Blend(rgb(c[0], c[1], c[2]), th.Background, 1)
	k := 0.22
	if alt {
		k = 0.34
	}
	if lanes {
		k = 0.045
		if alt {
			k = 0.09
		}
	}
	if th.Name == Projector.Name {
		k *= 1.4
	}
	return Box{Fill: Blend(base, th.Background, k)}
}

// row geometry of a layout in progress.
type laneRow struct {
	end        float64 // rightmost pixel taken
	lastItem   int     // index into items of the rightmost item, -1 for none
	lastMarker float64 // right edge of that item's marker
}

// Layout places the timeline in a width×height picture in logical pixels.
// Its cost depends on what is in view, not on how many events there are.
func (tl TimelineChart) Layout(width, height float64, th Theme) TimelineLayout {
	l := TimelineLayout{Scene: Scene{Width: width, Height: height, Background: th.Background}}
	sc := &l.Scene
	L, S := th.LabelSize, th.TickSize
	pad := L * 0.6
	v := tl.View
	if v.Span() <= 0 {
		v = NewTimeView(2000, 2001)
	}
	x := func(t float64) float64 { return v.X(t, width) }

	// Heading.
	y := pad
	if tl.Title != "" {
		sc.Texts = append(sc.Texts, Text{X: pad, Y: y + capHeight(th.TitleSize), Body: Ellipsize(tl.Title, th.TitleSize, width-2*pad), Size: th.TitleSize, Color: th.Text})
		y += th.TitleSize * 1.7
	}

	// Era band rows.
	rowHeights := map[data.Band]float64{data.BandGeneral: L * 1.9, data.BandUSPresident: L * 1.9, data.BandIranPresident: S * 1.75, data.BandIranLeader: S * 1.75}
	bandRows := map[data.Band]Rect{}
	for _, b := range data.Bands() {
		if !hasBand(tl.Eras, b) {
			continue
		}
		bandRows[b] = Rect{0, y, width, rowHeights[b]}
		y += rowHeights[b] + 1
	}
	lanesTop := y + L*0.3

	// Bottom parts, from the bottom up.
	bottom := height - pad*0.5
	if tl.Caption != "" {
		sc.Texts = append(sc.Texts, Text{X: pad, Y: bottom, Body: Ellipsize(tl.Caption, S, width-2*pad), Size: S, Color: th.Muted})
		bottom -= S * 1.7
	}
	legendY := 0.0
	if tl.Legend {
		legendY = bottom - L*0.4
		bottom -= L * 1.9
	}
	if tl.Whole.Span() > 0 {
		h := math.Max(S*2.6, 18)
		l.Overview = Rect{0, bottom - h, width, h}
		bottom -= h + S*0.6
	}
	l.AxisY = bottom - S*1.9
	l.Lanes = Rect{0, lanesTop, width, math.Max(l.AxisY-S*1.8-lanesTop, L)}

	// Bands: the rows on top, and faint presidencies behind the lanes.
	for _, b := range data.Bands() {
		row, ok := bandRows[b]
		if !ok {
			continue
		}
		alt := false
		for _, era := range tl.Eras {
			if era.Band != b {
				continue
			}
			alt = !alt
			x0, x1 := x(era.Start.Begin()), width+1
			if !era.Open() {
				x1 = x(era.End.Begin())
			}
			if x1 <= 0 || x0 >= width {
				continue
			}
			x0, x1 = math.Max(x0, 0), math.Min(x1, width)
			r := Rect{x0, row.Y, x1 - x0, row.H}
			fill := th.bandColor(b, alt, false)
			fill.Rect = r
			sc.Boxes = append(sc.Boxes, fill)
			if b == data.BandUSPresident {
				behind := th.bandColor(b, alt, true)
				behind.Rect = Rect{x0, l.Lanes.Y, x1 - x0, l.AxisY - l.Lanes.Y}
				sc.Boxes = append(sc.Boxes, behind)
			}
			if x0 > 0 {
				// An edge where one era follows another keeps neighbours apart.
				sc.Lines = append(sc.Lines, Line{X1: x0, Y1: r.Y, X2: x0, Y2: r.Y + r.H, Width: th.Stroke, Color: th.Muted})
			}
			l.Bands = append(l.Bands, BandHit{Era: era, Rect: r})
			size := S
			if b == data.BandUSPresident || b == data.BandGeneral {
				size = L
			}
			// The label stays at the left of the visible part of its band.
			if name := Ellipsize(era.Name, size, r.W-size); len([]rune(name)) > 1 {
				sc.Texts = append(sc.Texts, Text{X: r.X + size*0.5, Y: r.Y + r.H/2 + capHeight(size)/2, Body: name, Size: size, Color: th.Text})
			}
		}
	}

	// Axis and ticks.
	if tl.SolarHijriAxis {
		l.Ticks = SolarHijriTicks(v, width, S)
	} else {
		l.Ticks = Ticks(v, width, S)
	}
	sc.Lines = append(sc.Lines, Line{X1: 0, Y1: l.AxisY, X2: width, Y2: l.AxisY, Width: th.Stroke, Color: th.Axis})
	for _, tk := range l.Ticks {
		h := S * 0.35
		if tk.Major {
			h = S * 0.6
		}
		sc.Lines = append(sc.Lines, Line{X1: tk.X, Y1: l.AxisY, X2: tk.X, Y2: l.AxisY + h, Width: th.Stroke, Color: th.Axis})
		sc.Grid = append(sc.Grid, Line{X1: tk.X, Y1: l.Lanes.Y, X2: tk.X, Y2: l.AxisY, Width: th.Stroke, Color: th.Grid})
		if tk.Label != "" {
			sc.Texts = append(sc.Texts, Text{X: tk.LX, Y: l.AxisY + S*1.55, Body: tk.Label, Size: S, Color: th.Muted, Anchor: AnchorMiddle})
		}
	}

	// Today.
	if tl.Today != 0 && tl.Today >= v.Start && tl.Today <= v.End {
		tx := x(tl.Today)
		sc.Lines = append(sc.Lines, Line{X1: tx, Y1: l.Lanes.Y, X2: tx, Y2: l.AxisY, Width: th.Stroke * 1.5, Color: th.Today})
		sc.Texts = append(sc.Texts, Text{X: tx - S*0.3, Y: l.AxisY - S*0.5, Body: "Today", Size: S, Color: th.Today, Anchor: AnchorEnd})
	}

	if tl.Index != nil && tl.Index.Len() > 0 {
		tl.placeEvents(&l, v, width, th)
	}
	if tl.Whole.Span() > 0 {
		tl.drawOverview(&l, v, th)
	}
	if tl.Legend {
		drawTimelineLegend(sc, tl.categories(), tl.Eras, legendY, pad, th)
	}
	if tl.Hover >= 0 && tl.Index != nil && tl.Hover < tl.Index.Len() {
		for _, it := range l.Items {
			if it.Event == tl.Hover {
				e := tl.Index.Events[it.Event]
				label := ""
				if cats := tl.categories(); int(e.Channel) < len(cats) && e.Channel >= 0 {
					label = cats[e.Channel].Name()
				}
				drawTooltip(sc, e, label, it.Marker, th)
			}
		}
	}
	if tl.Focused {
		focusRing(sc, th)
	}
	return l
}

func hasBand(eras []data.Era, b data.Band) bool {
	for _, e := range eras {
		if e.Band == b {
			return true
		}
	}
	return false
}

// placeEvents packs the events in view onto lanes: one by one where there
// is room, as clusters where markers crowd, shortening then hiding labels.
func (tl TimelineChart) placeEvents(l *TimelineLayout, v TimeView, width float64, th Theme) {
	ix := tl.Index
	L := th.LabelSize
	r := L * 0.42
	gap := L * 0.5
	l.RowH = math.Max(L*1.75, 2*r+4)
	nRows := max(1, int(l.Lanes.H/l.RowH))
	usable := nRows
	overflowRow := -1
	if nRows >= 4 {
		usable, overflowRow = nRows-1, nRows-1
	}
	rows := make([]laneRow, usable)
	for i := range rows {
		rows[i] = laneRow{end: math.Inf(-1), lastItem: -1, lastMarker: math.Inf(-1)}
	}
	rowY := func(row int) float64 { return l.Lanes.Y + l.RowH*(float64(row)+0.5) }
	minLabel := TextWidth("Ab…", L)

	type pending struct {
		event         int
		count         int
		from, to      float64
		left, mark    float64 // left edge and the marker's right edge
		cx            float64 // marker centre
		barL, barR    float64 // a span's bar, or an uncertain date's faded bar
		labelX        float64
		labelW        float64
		text          string
		pinned, faded bool
	}
	var blockA, blockB = math.Inf(1), math.Inf(-1) // the selected item's extent, kept clear on row 0
	var overflow []pending

	place := func(p pending) {
		right := p.labelX + p.labelW
		if p.text == "" {
			right = p.mark
		}
		free := func(a, b float64, row int) bool { return row != 0 || b+gap <= blockA || a >= blockB+gap }
		chosen := -1
		// A label that would run off the right edge goes left of its
		// marker when a lane has room there.
		if p.text != "" && p.labelX+p.labelW > width-2 && !p.pinned {
			flipped := p.left - L*0.35 - p.labelW
			for i := range rows {
				if flipped >= 2 && rows[i].end+gap <= flipped && free(flipped, p.mark, i) {
					p.labelX, p.left, chosen = flipped, flipped, i
					right = p.mark
					break
				}
			}
		}
		for i := range rows {
			if chosen < 0 && rows[i].end+gap <= p.left && free(p.left, right, i) {
				chosen = i
				break
			}
		}
		if chosen < 0 {
			// No lane has room for the whole label: take the lane whose last
			// marker is furthest left, and shorten that neighbour's label.
			best := math.Inf(1)
			for i := range rows {
				if rows[i].lastMarker+gap <= p.left && free(p.left, p.mark, i) && rows[i].lastMarker < best {
					best, chosen = rows[i].lastMarker, i
				}
			}
			if chosen >= 0 && rows[chosen].lastItem >= 0 {
				prev := &l.Items[rows[chosen].lastItem]
				room := p.left - gap - prev.Label.X
				if prev.Text != "" && room < prev.Label.W {
					if room >= minLabel && prev.Event >= 0 {
						prev.Text = Ellipsize(ix.Events[prev.Event].Title, L, room)
						prev.Label.W = TextWidth(prev.Text, L)
					} else {
						prev.Text, prev.Label = "", Rect{}
					}
				}
			}
		}
		if chosen < 0 {
			overflow = append(overflow, p)
			return
		}
		if chosen == 0 && blockA < math.Inf(1) && right > blockA && p.left < blockA {
			// Keep clear of the selected item on the top lane.
			if room := blockA - 2*gap - p.labelX; room >= minLabel && p.event >= 0 && p.labelX < blockA {
				p.text = Ellipsize(ix.Events[p.event].Title, L, room)
				p.labelW = TextWidth(p.text, L)
			} else {
				p.text, p.labelW = "", 0
			}
		}
		// The right edge of the picture shortens labels too; a cluster's
		// count cannot be shortened, so it goes.
		if p.text != "" && p.labelX+p.labelW > width-2 {
			if room := width - 2 - p.labelX; room >= minLabel && p.event >= 0 {
				p.text = Ellipsize(ix.Events[p.event].Title, L, room)
				p.labelW = TextWidth(p.text, L)
			} else {
				p.text, p.labelW = "", 0
			}
		}
		item := TimelineItem{Event: p.event, Count: p.count, From: p.from, To: p.to, Row: chosen,
			Marker: Rect{p.cx - r*1.3, rowY(chosen) - r*1.3, r * 2.6, r * 2.6}}
		if p.pinned || p.barR > p.barL {
			// A bar: clickable along its length and over its whole marker.
			x0 := math.Max(math.Min(p.barL, p.cx-r*1.3), 0)
			item.Marker = Rect{x0, rowY(chosen) - r*1.3, math.Max(p.barR, p.cx+r*1.3) - x0, r * 2.6}
		}
		if p.text != "" {
			item.Text = p.text
			item.Label = Rect{p.labelX, rowY(chosen) - L*0.5, p.labelW, L}
		}
		l.Items = append(l.Items, item)
		end := p.mark
		if p.text != "" {
			end = math.Max(end, p.labelX+p.labelW)
		}
		rows[chosen] = laneRow{end: end, lastItem: len(l.Items) - 1, lastMarker: p.mark}
	}

	x := func(t float64) float64 { return v.X(t, width) }
	makeEvent := func(i int) pending {
		e := ix.Events[i]
		p := pending{event: i, count: 1, text: e.Title, labelW: ix.labelWidth(i, L)}
		begin, finish := e.Start.Begin(), e.Start.Finish()
		if e.IsSpan() {
			p.barL, p.barR = x(begin), x(e.End.Finish())
			p.cx = p.barL
			if p.cx < 0 {
				p.pinned = true
				p.cx = -r * 2 // the start is off screen: no marker, label pinned
			}
			p.left = math.Max(math.Min(p.barL, p.cx-r), 0)
			p.mark = math.Max(p.cx+r, p.left)
			p.labelX = math.Max(p.cx+r, 0) + L*0.35
		} else {
			p.cx = x((begin + finish) / 2)
			p.left, p.mark = p.cx-r, p.cx+r
			if e.Start.Precision != data.PrecisionDay && x(finish)-x(begin) > 2*r {
				p.faded = true
				p.barL, p.barR = x(begin), x(finish)
				p.left = math.Min(p.left, p.barL)
			}
			p.labelX = p.mark + L*0.35
		}
		return p
	}

	t0, t1 := v.Start, v.End
	sel := tl.Selected
	if sel >= ix.Len() {
		sel = -1
	}
	inView := func(i int) bool {
		e := ix.Events[i]
		if e.IsSpan() {
			return e.Start.Begin() <= t1 && e.End.Finish() >= t0
		}
		s := e.Start.Begin()
		return s >= t0 && s <= t1
	}

	// Spans that began before the view but reach into it.
	var before []int
	for _, i := range ix.spans {
		if ix.starts[i] < t0 && ix.Events[i].End.Finish() > t0 {
			before = append(before, i)
		}
	}
	l.InView = len(before) + ix.CountBetween(t0, math.Nextafter(t1, math.Inf(1)))

	// The selection goes first, on the top lane, so it is always shown.
	if sel >= 0 && inView(sel) {
		place(makeEvent(sel))
		// Reserve where it landed, its label flipped or shortened as it may be.
		it := l.Items[len(l.Items)-1]
		blockA, blockB = it.Marker.X, it.Marker.X+it.Marker.W
		if it.Text != "" {
			blockA, blockB = math.Min(blockA, it.Label.X), math.Max(blockB, it.Label.X+it.Label.W)
		}
		rows[0] = laneRow{end: math.Inf(-1), lastItem: -1, lastMarker: math.Inf(-1)}
	}
	for _, i := range before {
		if i != sel {
			place(makeEvent(i))
		}
	}

	// Time-anchored bins, so clusters do not jitter as the view pans.
	binYears := L * 2.4 * v.Span() / width
	crowd := max(3, usable/4)
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
			cx := x((a + b) / 2)
			label := formatCount(n) + " events"
			rc := r * 1.45
			place(pending{event: -1, count: n, from: a, to: b, cx: cx, left: cx - rc, mark: cx + rc,
				labelX: cx + rc + L*0.35, labelW: TextWidth(label, L), text: label})
			continue
		}
		for i := lo; i < hi; i++ {
			if i != sel {
				place(makeEvent(i))
			}
		}
	}

	// Events with no room: counted on the bottom lane as "+N".
	for _, p := range overflow {
		l.Overflow += p.count
	}
	if len(overflow) > 0 && overflowRow >= 0 {
		groups := map[int]int{}
		var order []int
		for _, p := range overflow {
			k := int(math.Floor(p.cx / (L * 4)))
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] += p.count
		}
		for _, k := range order {
			cx := (float64(k) + 0.5) * L * 4
			l.Scene.Texts = append(l.Scene.Texts, Text{X: cx, Y: rowY(overflowRow) + capHeight(th.TickSize)/2, Body: "+" + formatCount(groups[k]), Size: th.TickSize, Color: th.Muted, Anchor: AnchorMiddle})
		}
	}

	tl.drawItems(l, th, r, rowY)
}

// drawItems adds the placed markers, bars and labels to the scene.
func (tl TimelineChart) drawItems(l *TimelineLayout, th Theme, r float64, rowY func(int) float64) {
	sc := &l.Scene
	L := th.LabelSize
	for _, it := range l.Items {
		cy := rowY(it.Row)
		if it.Event < 0 {
			c := Blend(th.Muted, th.Background, 0.85)
			sc.Shapes = append(sc.Shapes, Shape{Points: Circle(it.Marker.X+it.Marker.W/2, cy, r*1.45), Fill: c})
			if it.Text != "" {
				sc.Texts = append(sc.Texts, Text{X: it.Label.X, Y: cy + capHeight(L)/2, Body: it.Text, Size: L, Color: th.Muted})
			}
			continue
		}
		e := tl.Index.Events[it.Event]
		col := th.ChannelColor(e.Channel)
		selected := it.Event == tl.Selected
		if selected && it.Text != "" {
			sc.Boxes = append(sc.Boxes, Box{Rect: Rect{it.Label.X - 3, cy - L*0.75, it.Label.W + 6, L * 1.5}, Fill: th.Highlight})
		}
		v := tl.View
		width := sc.Width
		var cx float64
		if e.IsSpan() {
			x0, x1 := v.X(e.Start.Begin(), width), v.X(e.End.Finish(), width)
			sc.Boxes = append(sc.Boxes, Box{Rect: Rect{math.Max(x0, 0), cy - r*0.75, math.Min(x1, width) - math.Max(x0, 0), r * 1.5}, Fill: Blend(col, th.Background, 0.38)})
			cx = x0
		} else {
			b, f := e.Start.Begin(), e.Start.Finish()
			cx = v.X((b+f)/2, width)
			if bx0, bx1 := v.X(b, width), v.X(f, width); e.Start.Precision != data.PrecisionDay && bx1-bx0 > 2*r {
				sc.Boxes = append(sc.Boxes, Box{Rect: Rect{bx0, cy - r*0.55, bx1 - bx0, r * 1.1}, Fill: Blend(col, th.Background, 0.22)})
			}
		}
		if cx > -r {
			sc.Shapes = append(sc.Shapes, th.Mark(MarkerShape(e.Channel, cx, cy, r), col))
			if selected {
				sc.Shapes = append(sc.Shapes, Shape{Points: Circle(cx, cy, r*1.9), Stroke: th.Text, Width: th.Stroke * 2})
			}
		}
		if it.Text != "" {
			sc.Texts = append(sc.Texts, Text{X: it.Label.X, Y: cy + capHeight(L)/2, Body: it.Text, Size: L, Color: th.Text})
		}
	}
}

// formatCount writes a count with thousands separators: 12,345.
func formatCount(n int) string {
	digits := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 0xFF} }
