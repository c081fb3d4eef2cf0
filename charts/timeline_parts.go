package charts

import (
	"backchannel/pen"
	"math"
	"slices"

	"backchannel/data"
)

// drawOverview adds the overview strip: the whole range, how events are
// spread over it, and the visible window as a rectangle.
func (tl TimelineChart) drawOverview(l *TimelineLayout, v TimeView, th Theme) {
	sc := &l.Scene
	o := l.Overview
	w := tl.Whole
	ox := func(t float64) float64 { return o.X + w.X(t, o.W) }
	sc.Boxes = append(sc.Boxes, pen.Box{Rect: o, Fill: pen.Blend(th.Grid, th.Background, 0.6)})
	alt := false
	for _, era := range tl.Eras {
		if era.Band != data.BandUSPresident {
			continue
		}
		alt = !alt
		x0, x1 := ox(era.Start.Begin()), o.X+o.W
		if !era.Open() {
			x1 = ox(era.Until())
		}
		x0, x1 = math.Max(x0, o.X), math.Min(x1, o.X+o.W)
		if x1 > x0 {
			b := th.BandColor(data.BandUSPresident, alt, false)
			b.Rect = pen.Rect{X: x0, Y: o.Y, W: x1 - x0, H: o.H * 0.25}
			sc.Boxes = append(sc.Boxes, b)
		}
	}
	// The visible window.
	x0, x1 := ox(v.Start), ox(v.End)
	x0, x1 = math.Max(x0, o.X), math.Min(x1, o.X+o.W)
	if x1-x0 < 4 {
		mid := (x0 + x1) / 2
		x0, x1 = mid-2, mid+2
	}
	l.Window = pen.Rect{X: x0, Y: o.Y, W: x1 - x0, H: o.H}
	sc.Boxes = append(sc.Boxes, pen.Box{Rect: l.Window, Fill: pen.Blend(th.Highlight, th.Background, 0.55)})
	tl.drawDensity(sc, o, th)
	edge := th.Text
	sw := th.Stroke * 1.5
	r := l.Window
	sc.Lines = append(sc.Lines,
		pen.Line{X1: r.X, Y1: r.Y, X2: r.X, Y2: r.Y + r.H, Width: sw, Color: edge}, pen.Line{X1: r.X + r.W, Y1: r.Y, X2: r.X + r.W, Y2: r.Y + r.H, Width: sw, Color: edge},
		pen.Line{X1: r.X, Y1: r.Y, X2: r.X + r.W, Y2: r.Y, Width: sw, Color: edge}, pen.Line{X1: r.X, Y1: r.Y + r.H, X2: r.X + r.W, Y2: r.Y + r.H, Width: sw, Color: edge})
}

// drawTimelineLegend adds a row naming the channels by shape and colour,
// then the bands present, with its baseline at y.
func drawTimelineLegend(sc *pen.Scene, cats []data.Category, eras []data.Era, y, x float64, th Theme) {
	L := th.LabelSize
	r := L * 0.4
	cy := y - pen.CapHeight(L)/2
	for i, cat := range cats {
		ch, label := data.Channel(i), cat.Name()
		if x+2*r+pen.TextWidth(label, L)+L > sc.Width {
			break
		}
		sc.Shapes = append(sc.Shapes, th.Mark(MarkerShape(ch, x+r, cy, r), th.ChannelColor(ch)))
		sc.Texts = append(sc.Texts, pen.Text{X: x + 2*r + L*0.35, Y: y, Body: label, Size: L, Color: th.Text})
		x += 2*r + L*0.35 + pen.TextWidth(label, L) + L*1.1
	}
	for _, b := range data.Bands() {
		if !hasBand(eras, b) {
			continue
		}
		name := BandRole(b)
		if x+L*1.3+pen.TextWidth(name, L) > sc.Width {
			break
		}
		box := th.BandColor(b, true, false)
		box.Rect = pen.Rect{X: x, Y: cy - L*0.5, W: L * 1.4, H: L}
		sc.Boxes = append(sc.Boxes, box)
		sc.Texts = append(sc.Texts, pen.Text{X: x + L*1.8, Y: y, Body: name, Size: L, Color: th.Text})
		x += L*1.8 + pen.TextWidth(name, L) + L*1.1
	}
}

// drawDensity adds the overview's event density, two pixels a column, on
// a square-root scale so that single events still show beside crowded
// years.
func (tl TimelineChart) drawDensity(sc *pen.Scene, o pen.Rect, th Theme) {
	if tl.Index == nil || tl.Index.Len() == 0 {
		return
	}
	const col = 2.0
	w := tl.Whole
	n := int(o.W / col)
	counts := make([]int, n)
	most := 0
	for i := range counts {
		a, b := w.T(float64(i)*col, o.W), w.T(float64(i+1)*col, o.W)
		counts[i] = tl.Index.CountBetween(a, b)
		most = max(most, counts[i])
	}
	base := o.Y + o.H - 2
	sc.Boxes = slices.Grow(sc.Boxes, n)
	for i, c := range counts {
		if c == 0 {
			continue
		}
		h := math.Max(2, (o.H*0.7-2)*math.Sqrt(float64(c)/float64(most)))
		sc.Boxes = append(sc.Boxes, pen.Box{Rect: pen.Rect{X: o.X + float64(i)*col, Y: base - h, W: col, H: h}, Fill: th.Muted})
	}
}

// BandRole is what the eras of a band row are: "Supreme Leader".
func BandRole(b data.Band) string {
	switch b {
	case data.BandUSPresident:
		return "U.S. president"
	case data.BandIranPresident:
		return "Iranian president"
	case data.BandIranLeader:
		return "Supreme Leader"
	}
	return "Era"
}

// eraTooltip is what hovering over an era's band says: its row's role and
// name, and its dates ("Supreme Leader: Ali Khamenei", "Jun 1989 – Feb 2026").
func eraTooltip(era data.Era) []string {
	return []string{BandRole(era.Band) + ": " + era.Name, era.Dates()}
}

// drawTooltip adds a box with an event's full title, date and channel
// beside its marker, kept inside the picture.
func drawTooltip(sc *pen.Scene, e data.Event, category string, at pen.Rect, th Theme) {
	lines := []string{e.Title, e.ShownDate()}
	if category != "" {
		lines[1] += " · " + category
	}
	drawTooltipLines(sc, lines, at, th)
}

// drawTooltipLines adds a box with lines of text above at (below it when
// there is no room above), within the picture.
func drawTooltipLines(sc *pen.Scene, lines []string, at pen.Rect, th Theme) {
	L := th.LabelSize
	w := 0.0
	for _, s := range lines {
		w = math.Max(w, pen.TextWidth(s, L))
	}
	w = math.Min(w, sc.Width-2*L)
	padX, lineH := L*0.7, L*1.45
	boxW, boxH := w+2*padX, lineH*float64(len(lines))+L*0.6
	x := math.Min(math.Max(at.X+at.W/2-boxW/2, 2), sc.Width-boxW-2)
	y := at.Y - boxH - 6
	if y < 2 {
		y = at.Y + at.H + 6
	}
	bg := pen.Blend(th.Text, th.Background, 0.92)
	sc.OverlayBoxes = append(sc.OverlayBoxes, pen.Box{Rect: pen.Rect{X: x, Y: y, W: boxW, H: boxH}, Fill: bg})
	for i, s := range lines {
		sc.OverlayTexts = append(sc.OverlayTexts, pen.Text{X: x + padX, Y: y + L*0.3 + lineH*float64(i) + pen.CapHeight(L) + (lineH-L)/2, Body: pen.Ellipsize(s, L, w), Size: L, Color: pen.ContrastText(bg)})
	}
}

// drawAxis adds the time axis, its ticks and labels, and the grid.
func (tl TimelineChart) drawAxis(l *TimelineLayout, v TimeView, th Theme) {
	sc := &l.Scene
	S := th.TickSize
	if tl.SolarHijriAxis {
		l.Ticks = SolarHijriTicks(v, sc.Width, S)
	} else {
		l.Ticks = Ticks(v, sc.Width, S)
	}
	sc.Lines = append(sc.Lines, pen.Line{X1: 0, Y1: l.AxisY, X2: sc.Width, Y2: l.AxisY, Width: th.Stroke, Color: th.Axis})
	for _, tk := range l.Ticks {
		h := S * 0.35
		if tk.Major {
			h = S * 0.6
		}
		sc.Lines = append(sc.Lines, pen.Line{X1: tk.X, Y1: l.AxisY, X2: tk.X, Y2: l.AxisY + h, Width: th.Stroke, Color: th.Axis})
		sc.Grid = append(sc.Grid, pen.Line{X1: tk.X, Y1: l.Lanes.Y, X2: tk.X, Y2: l.AxisY, Width: th.Stroke, Color: th.Grid})
		if tk.Label != "" {
			sc.Texts = append(sc.Texts, pen.Text{X: tk.LX, Y: l.AxisY + S*1.55, Body: tk.Label, Size: S, Color: th.Muted, Anchor: pen.AnchorMiddle})
		}
	}
}

// drawToday adds a line at today's date when it is in view.
func (tl TimelineChart) drawToday(l *TimelineLayout, v TimeView, th Theme) {
	if tl.Today == 0 || tl.Today < v.Start || tl.Today > v.End {
		return
	}
	sc := &l.Scene
	tx := v.X(tl.Today, sc.Width)
	sc.Lines = append(sc.Lines, pen.Line{X1: tx, Y1: l.Lanes.Y, X2: tx, Y2: l.AxisY, Width: th.Stroke * 1.5, Color: th.Today})
}

// labelToday names the today line, once the events are placed, where no
// marker, cluster or label is: at the foot of the line on its left, else
// on its right, else at its head; where every place is taken, the line
// goes unnamed rather than cover an event.
func (tl TimelineChart) labelToday(l *TimelineLayout, v TimeView, th Theme) {
	if tl.Today == 0 || tl.Today < v.Start || tl.Today > v.End {
		return
	}
	sc := &l.Scene
	S := th.TickSize
	tx := v.X(tl.Today, sc.Width)
	w, h := pen.TextWidth("Today", S), pen.CapHeight(S)
	foot, head := l.AxisY-S*0.5, l.Lanes.Y+S*0.5+h
	places := []pen.Text{
		{X: tx - S*0.3, Y: foot, Anchor: pen.AnchorEnd},
		{X: tx + S*0.3, Y: foot, Anchor: pen.AnchorStart},
		{X: tx - S*0.3, Y: head, Anchor: pen.AnchorEnd},
		{X: tx + S*0.3, Y: head, Anchor: pen.AnchorStart},
	}
	for _, p := range places {
		x := p.X
		if p.Anchor == pen.AnchorEnd {
			x -= w
		}
		if box := (pen.Rect{X: x, Y: p.Y - h, W: w, H: h}); x >= 0 && x+w <= sc.Width && !l.itemsCover(box) {
			p.Body, p.Size, p.Color = "Today", S, th.Today
			sc.Texts = append(sc.Texts, p)
			return
		}
	}
}

// itemsCover reports whether any placed marker or label overlaps r.
func (l *TimelineLayout) itemsCover(r pen.Rect) bool {
	for _, it := range l.Items {
		if overlaps(it.Marker, r) || (it.Label.W > 0 && overlaps(it.Label, r)) {
			return true
		}
	}
	return false
}

// overlaps reports whether two rectangles share any area.
func overlaps(a, b pen.Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// drawHover adds the tooltip of the hovered event, when it is shown.
func (tl TimelineChart) drawHover(l *TimelineLayout, th Theme) {
	for _, b := range l.Bands {
		if tl.HoverEra != "" && b.Era.ID == tl.HoverEra {
			drawTooltipLines(&l.Scene, eraTooltip(b.Era), b.Rect, th)
		}
	}
	if tl.Hover < 0 || tl.Index == nil || tl.Hover >= tl.Index.Len() {
		return
	}
	for _, it := range l.Items {
		if it.Event != tl.Hover {
			continue
		}
		e := tl.Index.Events[it.Event]
		label := ""
		if cats := tl.categories(); int(e.Channel) < len(cats) && e.Channel >= 0 {
			label = cats[e.Channel].Name()
		}
		drawTooltip(&l.Scene, *e, label, it.Marker, th)
	}
}
