package charts

import (
	"backchannel/pen"
	"math"
	"slices"
	"strconv"
	"strings"

	"backchannel/data"
)

// BarChart is a stacked bar chart of a tally: one bar per row (a period,
// an administration or an era), one segment per channel, absolute counts.
type BarChart struct {
	Title   string
	Caption string // a line under the chart: dataset, sources, filters
	Tally   data.Tally
	Marked  string // the key of the row holding the selected event, outlined; "" for none
	// Focused draws the ring of keyboard focus; Cursor, when Focused, is
	// the segment the keyboard stands on, outlined (a Row of -1 for none).
	Focused bool
	Cursor  SegmentKey
	// TooSmall is what the chart says where it has no room for a readable
	// plot; "" for "Enlarge the window to see this chart".
	TooSmall string
}

// Segment is where one channel's part of one bar was drawn, for hit tests.
type Segment struct {
	Row     int
	Channel data.Channel
	Count   int
	Rect    pen.Rect
}

// BarLayout is a laid-out bar chart: the scene to paint and where things are.
type BarLayout struct {
	Scene    pen.Scene
	Plot     pen.Rect   // the plotting area, inside the axes
	Ticks    []int      // the Y axis tick values, from the bottom up (below zero for pressure)
	YMax     int        // the value at the top of the plot
	YMin     int        // the value at the bottom: zero, or minus the most pressure
	Bars     []pen.Rect // the whole bar of each row
	Segments []Segment  // every non-empty segment, bottom to top, row by row
	Legend   []pen.Rect // the legend entry of each channel, in channel order

	baseline  float64 // where counts start: the plot's bottom, or the axis between dialogue and pressure
	labelsTop float64 // where the row labels hang from: under the plot and the totals below it
}

// SegmentAt returns the segment under the point (x, y).
func (l BarLayout) SegmentAt(x, y float64) (Segment, bool) {
	for _, s := range l.Segments {
		if s.Rect.Contains(x, y) {
			return s, true
		}
	}
	return Segment{}, false
}

// Layout places the chart in a width×height picture in logical pixels.
// Where the picture is too small for a readable plot it drops the legend,
// then the caption, and at last says to enlarge it rather than squeeze.
func (c BarChart) Layout(width, height float64, th Theme) BarLayout {
	for _, parts := range []struct{ legend, caption bool }{{true, true}, {false, true}, {false, false}} {
		if l, ok := c.layout(width, height, th, parts.legend, parts.caption); ok {
			c.drawFocus(&l, th)
			return l
		}
	}
	l := BarLayout{Scene: pen.Scene{Width: width, Height: height, Background: th.Background}}
	say := c.TooSmall
	if say == "" {
		say = "Enlarge the window to see this chart"
	}
	l.Scene.Texts = []pen.Text{
		{X: th.LabelSize * 0.6, Y: th.LabelSize*0.6 + pen.CapHeight(th.TitleSize), Body: pen.Ellipsize(c.Title, th.TitleSize, width-th.LabelSize), Size: th.TitleSize, Color: th.Text},
	}
	lines := pen.WrapTwoLines(say, th.LabelSize, width-th.LabelSize)
	for i, line := range lines {
		y := height/2 + (float64(i)-float64(len(lines)-1)/2)*th.LabelSize*1.4
		l.Scene.Texts = append(l.Scene.Texts, pen.Text{X: width / 2, Y: y, Body: line, Size: th.LabelSize, Color: th.Muted, Anchor: pen.AnchorMiddle})
	}
	return l
}

// layout tries one arrangement; ok is false when the plot would be too
// short to read.
func (c BarChart) layout(width, height float64, th Theme, withLegend, withCaption bool) (BarLayout, bool) {
	l := BarLayout{Scene: pen.Scene{Width: width, Height: height, Background: th.Background}}
	sc := &l.Scene
	pad := math.Round(th.LabelSize * 1.2)

	// Title.
	y := pad + pen.CapHeight(th.TitleSize)
	sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: y, Body: pen.Ellipsize(c.Title, th.TitleSize, width-2*pad), Size: th.TitleSize, Color: th.Text})
	y += pad * 0.9

	top := y + pad*0.6
	if withLegend {
		top = c.drawLegend(&l, y, pad, th)
	}
	bottom := height - pad
	if c.Caption != "" && withCaption {
		bottom = c.drawCaption(sc, bottom, pad, th)
	}
	if len(c.Tally.Rows) == 0 || c.Tally.Max() == 0 {
		msg := "No events to show"
		sc.Texts = append(sc.Texts, pen.Text{X: width / 2, Y: (top + bottom) / 2, Body: msg, Size: th.LabelSize, Color: th.Muted, Anchor: pen.AnchorMiddle})
		return l, bottom-top > th.LabelSize*2
	}
	if !c.layoutAxis(&l, top, bottom, pad, th) {
		return l, false
	}
	c.drawBars(&l, th)
	return l, true
}

// drawLegend adds a swatch and "Label (count)" per channel from y down,
// wrapping as needed, the dialogue's and the pressure's each under its
// word where the chart sets them apart; it returns where the plot may
// begin.
func (c BarChart) drawLegend(l *BarLayout, y, pad float64, th Theme) float64 {
	sc := &l.Scene
	totals := channelTotals(c.Tally)
	sw := th.LabelSize
	gap := th.LabelSize * 1.3
	x := pad
	rowY := y
	place := func(w float64) {
		if x > pad && x+w > sc.Width-pad {
			x = pad
			rowY += th.LabelSize * 1.6
		}
	}
	l.Legend = make([]pen.Rect, len(c.Tally.Categories))
	entry := func(ch data.Channel) (string, float64) {
		label := c.Tally.Categories[ch].Name() + " (" + strconv.Itoa(totals[ch]) + ")"
		return label, sw + th.LabelSize*0.4 + pen.TextWidth(label, th.LabelSize)
	}
	for _, group := range c.legendGroups() {
		if group.word != "" && len(group.channels) > 0 {
			// The word keeps its first entry's line.
			wordW := pen.TextWidth(group.word, th.LabelSize) + th.LabelSize*0.6
			_, firstW := entry(group.channels[0])
			place(wordW + firstW)
			sc.Texts = append(sc.Texts, pen.Text{X: x, Y: rowY + sw/2 + pen.CapHeight(th.LabelSize)/2, Body: group.word, Size: th.LabelSize, Color: th.Muted})
			x += wordW
		}
		for i, ch := range group.channels {
			label, entryW := entry(ch)
			if i > 0 || group.word == "" {
				place(entryW)
			}
			sc.Boxes = append(sc.Boxes, pen.Box{Rect: pen.Rect{X: x, Y: rowY, W: sw, H: sw}, Fill: th.ChannelColor(ch)})
			th.outline(sc, pen.Rect{X: x, Y: rowY, W: sw, H: sw}, th.ChannelColor(ch), "lrtb")
			sc.Texts = append(sc.Texts, pen.Text{X: x + sw + th.LabelSize*0.4, Y: rowY + sw/2 + pen.CapHeight(th.LabelSize)/2, Body: label, Size: th.LabelSize, Color: th.Text})
			l.Legend[ch] = pen.Rect{X: x, Y: rowY, W: entryW, H: sw}
			x += entryW + gap
		}
	}
	return rowY + sw + pad*1.4
}

// legendGroup is a run of legend entries under a word ("" for none).
type legendGroup struct {
	word     string
	channels []data.Channel
}

// legendGroups are the legend's entries: every channel in order, or the
// dialogue's under "Dialogue, above:" and the pressure's under "Pressure,
// below:" where the chart sets them apart.
func (c BarChart) legendGroups() []legendGroup {
	if !c.Tally.Diverges() {
		all := legendGroup{}
		for i := range c.Tally.Categories {
			all.channels = append(all.channels, data.Channel(i))
		}
		return []legendGroup{all}
	}
	dialogue, pressure := legendGroup{word: "Dialogue, above:"}, legendGroup{word: "Pressure, below:"}
	for i, cat := range c.Tally.Categories {
		if cat.IsPressure() {
			pressure.channels = append(pressure.channels, data.Channel(i))
		} else {
			dialogue.channels = append(dialogue.channels, data.Channel(i))
		}
	}
	return []legendGroup{dialogue, pressure}
}

// drawCaption adds the caption, up to two lines, above bottom; it returns
// where the plot must end.
func (c BarChart) drawCaption(sc *pen.Scene, bottom, pad float64, th Theme) float64 {
	lines := pen.WrapTwoLines(c.Caption, th.TickSize, sc.Width-2*pad)
	for i := len(lines) - 1; i >= 0; i-- {
		sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: bottom, Body: lines[i], Size: th.TickSize, Color: th.Muted})
		bottom -= th.TickSize * 1.4
	}
	return bottom - th.TickSize*0.2
}

// layoutAxis places the plot between top and bottom, leaving room for
// the row labels under it, and adds the y axis: whole-number ticks from
// zero. It is false when the plot would be too short to read.
func (c BarChart) layoutAxis(l *BarLayout, top, bottom, pad float64, th Theme) bool {
	sc := &l.Scene
	xLabelH := th.TickSize*2.4 + th.TickSize*0.6 // up to two lines
	plotBottom := bottom - xLabelH - th.TickSize*0.6
	plotTop := top + th.TickSize // room for the totals over the bars
	up, down := c.Tally.Max(), 0
	l.labelsTop = plotBottom
	if c.Tally.Diverges() {
		up, down = c.Tally.MaxSides()
		plotBottom -= th.TickSize * 1.4 // room for the totals under the bars
	}
	if plotBottom-plotTop < th.TickSize*5 {
		return false
	}
	maxTicks := int(math.Max(2, (plotBottom-plotTop)/(th.TickSize*3.5)))
	if c.Tally.Diverges() {
		// The plot runs from the most pressure to the most dialogue, with
		// ticks at whole steps within it, so that neither side is squeezed
		// by rounding the other up.
		step := niceStep(func(step int) bool { return up/step+down/step <= maxTicks })
		l.YMax, l.YMin = up, -down
		for v := -(down / step) * step; v <= up; v += step {
			l.Ticks = append(l.Ticks, v)
		}
	} else {
		step := niceStep(func(step int) bool { return (up+step-1)/step <= maxTicks })
		l.YMax = int(math.Ceil(float64(up)/float64(step))) * step
		for v := 0; v <= l.YMax; v += step {
			l.Ticks = append(l.Ticks, v)
		}
	}
	tickW := pen.TextWidth(strconv.Itoa(max(l.YMax, -l.YMin)), th.TickSize)
	plotLeft := pad + tickW + th.TickSize*0.8
	plotRight := sc.Width - pad
	l.Plot = pen.Rect{X: plotLeft, Y: plotTop, W: plotRight - plotLeft, H: plotBottom - plotTop}
	l.baseline = plotBottom
	if l.YMin < 0 {
		l.baseline = plotTop + float64(l.YMax)/float64(l.YMax-l.YMin)*l.Plot.H
	}
	for _, v := range l.Ticks {
		ty := math.Round(l.yOf(float64(v)))
		if v == 0 {
			sc.Lines = append(sc.Lines, pen.Line{X1: plotLeft, Y1: ty, X2: plotRight, Y2: ty, Width: th.Stroke, Color: th.Axis})
		} else {
			sc.Grid = append(sc.Grid, pen.Line{X1: plotLeft, Y1: ty, X2: plotRight, Y2: ty, Width: th.Stroke, Color: th.Grid})
		}
		// Pressure counts down from the axis: its ticks read as counts too.
		sc.Texts = append(sc.Texts, pen.Text{X: plotLeft - th.TickSize*0.5, Y: ty + pen.CapHeight(th.TickSize)/2, Body: strconv.Itoa(max(v, -v)), Size: th.TickSize, Color: th.Muted, Anchor: pen.AnchorEnd})
	}
	return true
}

// yOf is where a count sits on the plot's y axis; pressure counts are
// negative.
func (l *BarLayout) yOf(v float64) float64 {
	return l.baseline - v/float64(l.YMax-l.YMin)*l.Plot.H
}

// drawBars adds the bars, and their row labels: every one where they fit
// side by side, otherwise every k-th, so that none is cut.
func (c BarChart) drawBars(l *BarLayout, th Theme) {
	n := len(c.Tally.Rows)
	slot := l.Plot.W / float64(n)
	every := 1
	widest := 0.0
	for _, r := range c.Tally.Rows {
		for _, line := range strings.Fields(r) {
			widest = math.Max(widest, pen.TextWidth(line, th.TickSize))
		}
	}
	for every < n && widest+th.TickSize*0.6 > slot*float64(every) {
		every++
	}
	barW := math.Min(slot*0.72, th.LabelSize*7)
	for r := 0; r < n; r++ {
		cx := l.Plot.X + slot*(float64(r)+0.5)
		c.drawBar(l, r, cx, barW, th)
		if r%every != 0 {
			continue
		}
		lines := pen.WrapTwoLines(c.Tally.Rows[r], th.TickSize, slot*float64(every)-th.TickSize*0.3)
		for i, line := range lines {
			l.Scene.Texts = append(l.Scene.Texts, pen.Text{X: cx, Y: l.labelsTop + th.TickSize*(1.5+1.2*float64(i)), Body: line, Size: th.TickSize, Color: th.Text, Anchor: pen.AnchorMiddle})
		}
	}
}

// drawBar adds row r's bar centred at cx: a segment per channel with its
// count where it fits, stacked up from the axis (dialogue) or down from it
// (pressure, where the tally diverges), the total of each side beyond
// it, and an outline when the bar holds the selected event.
func (c BarChart) drawBar(l *BarLayout, r int, cx, barW float64, th Theme) {
	up, down := c.Tally.Total(r), 0
	var upCats, downCats []data.Channel
	for i := range c.Tally.Categories {
		if c.Tally.Diverges() && c.Tally.Categories[i].IsPressure() {
			downCats = append(downCats, data.Channel(i))
		} else {
			upCats = append(upCats, data.Channel(i))
		}
	}
	if c.Tally.Diverges() {
		up, down = c.Tally.Sides(r)
	}
	bx := cx - barW/2
	l.Bars = append(l.Bars, pen.Rect{X: bx, Y: l.yOf(float64(up)), W: barW, H: l.yOf(float64(-down)) - l.yOf(float64(up))})
	// Segments go bottom to top: the pressure's from the deepest.
	c.stack(l, r, downCats, -1, cx, barW, th)
	c.stack(l, r, upCats, 1, cx, barW, th)
	sc := &l.Scene
	if up > 0 {
		sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: l.yOf(float64(up)) - th.TickSize*0.4, Body: strconv.Itoa(up), Size: th.TickSize, Color: th.Text, Anchor: pen.AnchorMiddle})
	}
	if down > 0 {
		sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: l.yOf(float64(-down)) + th.TickSize*0.4 + pen.CapHeight(th.TickSize), Body: strconv.Itoa(down), Size: th.TickSize, Color: th.Text, Anchor: pen.AnchorMiddle})
	}
	if c.Marked != "" && r < len(c.Tally.Keys) && c.Tally.Keys[r] == c.Marked && up+down > 0 {
		// Outline the bar that holds the selected event: open at the axis
		// it stands on, closed round a bar that also hangs below it.
		b := l.Bars[r]
		o, sw := th.Stroke*2, th.Stroke*2
		x0, y0, x1, y1 := b.X-o, b.Y-o, b.X+b.W+o, b.Y+b.H
		sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: y0, X2: x1, Y2: y0, Width: sw, Color: th.Text}, pen.Line{X1: x0, Y1: y0, X2: x0, Y2: y1, Width: sw, Color: th.Text}, pen.Line{X1: x1, Y1: y0, X2: x1, Y2: y1, Width: sw, Color: th.Text})
		if down > 0 {
			y1 += o
			sc.Lines[len(sc.Lines)-2].Y2, sc.Lines[len(sc.Lines)-1].Y2 = y1, y1
			sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: y1, X2: x1, Y2: y1, Width: sw, Color: th.Text})
		}
	}
}

// stack adds row r's segments of the given categories, stacked from the
// axis up (dir 1) or down (dir -1), in the order given outward from it;
// they are listed in l.Segments bottom to top.
func (c BarChart) stack(l *BarLayout, r int, cats []data.Channel, dir int, cx, barW float64, th Theme) {
	total := 0
	for _, ch := range cats {
		total += c.Tally.Counts[r][ch]
	}
	order := cats
	if dir < 0 {
		order = slices.Clone(cats)
		slices.Reverse(order) // the deepest first
	}
	acc := total // counts from the axis to the far end of the segment
	if dir > 0 {
		acc = 0
	}
	for _, ch := range order {
		k := c.Tally.Counts[r][ch]
		if k == 0 {
			continue
		}
		near, far := acc, acc+k // as counts from the axis, up
		if dir < 0 {
			near, far = acc-k, acc
		}
		yNear, yFar := l.yOf(float64(dir*near)), l.yOf(float64(dir*far))
		rect := pen.Rect{X: cx - barW/2, Y: math.Min(yNear, yFar), W: barW, H: math.Abs(yNear - yFar)}
		drawSegment(l, rect, cx, ch, k, far == total, dir, th)
		l.Segments = append(l.Segments, Segment{Row: r, Channel: ch, Count: k, Rect: rect})
		if dir > 0 {
			acc += k
		} else {
			acc -= k
		}
	}
}

// drawSegment paints one segment centred at cx, its count k inside where
// it fits; outer
// says it ends its stack, which is closed there, while others leave a
// hairline of background on their far side to keep neighbours apart.
func drawSegment(l *BarLayout, rect pen.Rect, cx float64, ch data.Channel, k int, outer bool, dir int, th Theme) {
	sc := &l.Scene
	fill := th.ChannelColor(ch)
	drawn := rect
	if !outer {
		if dir > 0 {
			drawn.Y += th.Stroke
		}
		drawn.H -= th.Stroke
	}
	sc.Boxes = append(sc.Boxes, pen.Box{Rect: drawn, Fill: fill})
	sides := "lr"
	switch {
	case outer && dir > 0:
		sides = "lrt"
	case outer:
		sides = "lrb"
	}
	th.outline(sc, drawn, fill, sides)
	label := strconv.Itoa(k)
	if rect.H >= th.TickSize*1.3 && pen.TextWidth(label, th.TickSize)+4 <= rect.W {
		sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: rect.Y + rect.H/2 + pen.CapHeight(th.TickSize)/2, Body: label, Size: th.TickSize, Color: pen.ContrastText(fill), Anchor: pen.AnchorMiddle})
	}
}

// niceStep picks the smallest tick step of 1, 2 or 5 times a power of ten
// that fits.
func niceStep(fits func(step int) bool) int {
	for mag := 1; ; mag *= 10 {
		for _, m := range []int{1, 2, 5} {
			if step := m * mag; fits(step) {
				return step
			}
		}
	}
}

func channelTotals(t data.Tally) []int {
	out := make([]int, len(t.Categories))
	for _, row := range t.Counts {
		for ch, k := range row {
			out[ch] += k
		}
	}
	return out
}

// drawFocus rings the chart and outlines the keyboard's segment when the
// chart has the keyboard's focus.
func (c BarChart) drawFocus(l *BarLayout, th Theme) {
	if !c.Focused {
		return
	}
	focusRing(&l.Scene, th)
	for _, seg := range l.Segments {
		if seg.Row == c.Cursor.Row && int(seg.Channel) == c.Cursor.Category {
			cursorOutline(&l.Scene, seg.Rect, th)
		}
	}
}
