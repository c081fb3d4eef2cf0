package charts

import (
	"backchannel/pen"
	"math"
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
	Ticks    []int      // the Y axis tick values, from zero up
	YMax     int        // the value at the top of the plot
	Bars     []pen.Rect // the whole bar of each row
	Segments []Segment  // every non-empty segment, bottom to top, row by row
	Legend   []pen.Rect // the legend entry of each channel, in channel order

	baseline float64 // the plot's bottom, where counts start
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
// wrapping as needed; it returns where the plot may begin.
func (c BarChart) drawLegend(l *BarLayout, y, pad float64, th Theme) float64 {
	sc := &l.Scene
	totals := channelTotals(c.Tally)
	sw := th.LabelSize
	gap := th.LabelSize * 1.3
	x := pad
	rowY := y
	for i, cat := range c.Tally.Categories {
		ch := data.Channel(i)
		label := cat.Name() + " (" + strconv.Itoa(totals[ch]) + ")"
		entryW := sw + th.LabelSize*0.4 + pen.TextWidth(label, th.LabelSize)
		if x > pad && x+entryW > sc.Width-pad {
			x = pad
			rowY += th.LabelSize * 1.6
		}
		sc.Boxes = append(sc.Boxes, pen.Box{Rect: pen.Rect{X: x, Y: rowY, W: sw, H: sw}, Fill: th.ChannelColor(ch)})
		th.outline(sc, pen.Rect{X: x, Y: rowY, W: sw, H: sw}, th.ChannelColor(ch), "lrtb")
		sc.Texts = append(sc.Texts, pen.Text{X: x + sw + th.LabelSize*0.4, Y: rowY + sw/2 + pen.CapHeight(th.LabelSize)/2, Body: label, Size: th.LabelSize, Color: th.Text})
		l.Legend = append(l.Legend, pen.Rect{X: x, Y: rowY, W: entryW, H: sw})
		x += entryW + gap
	}
	return rowY + sw + pad*1.4
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
	if plotBottom-plotTop < th.TickSize*5 {
		return false
	}
	maxTicks := int(math.Max(2, (plotBottom-plotTop)/(th.TickSize*3.5)))
	step := niceStep(c.Tally.Max(), maxTicks)
	l.YMax = int(math.Ceil(float64(c.Tally.Max())/float64(step))) * step
	for v := 0; v <= l.YMax; v += step {
		l.Ticks = append(l.Ticks, v)
	}
	tickW := pen.TextWidth(strconv.Itoa(l.YMax), th.TickSize)
	plotLeft := pad + tickW + th.TickSize*0.8
	plotRight := sc.Width - pad
	l.Plot = pen.Rect{X: plotLeft, Y: plotTop, W: plotRight - plotLeft, H: plotBottom - plotTop}
	l.baseline = plotBottom
	for _, v := range l.Ticks {
		ty := math.Round(l.yOf(float64(v)))
		if v == 0 {
			sc.Lines = append(sc.Lines, pen.Line{X1: plotLeft, Y1: ty, X2: plotRight, Y2: ty, Width: th.Stroke, Color: th.Axis})
		} else {
			sc.Grid = append(sc.Grid, pen.Line{X1: plotLeft, Y1: ty, X2: plotRight, Y2: ty, Width: th.Stroke, Color: th.Grid})
		}
		sc.Texts = append(sc.Texts, pen.Text{X: plotLeft - th.TickSize*0.5, Y: ty + pen.CapHeight(th.TickSize)/2, Body: strconv.Itoa(v), Size: th.TickSize, Color: th.Muted, Anchor: pen.AnchorEnd})
	}
	return true
}

// yOf is where a count sits on the plot's y axis.
func (l *BarLayout) yOf(v float64) float64 { return l.baseline - v/float64(l.YMax)*l.Plot.H }

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
			l.Scene.Texts = append(l.Scene.Texts, pen.Text{X: cx, Y: l.baseline + th.TickSize*(1.5+1.2*float64(i)), Body: line, Size: th.TickSize, Color: th.Text, Anchor: pen.AnchorMiddle})
		}
	}
}

// drawBar adds row r's bar centred at cx: a segment per channel with its
// count where it fits, the total over it, and an outline when it holds
// the selected event.
func (c BarChart) drawBar(l *BarLayout, r int, cx, barW float64, th Theme) {
	sc := &l.Scene
	bx := cx - barW/2
	total := c.Tally.Total(r)
	l.Bars = append(l.Bars, pen.Rect{X: bx, Y: l.yOf(float64(total)), W: barW, H: l.yOf(0) - l.yOf(float64(total))})
	acc := 0
	for i := range c.Tally.Categories {
		ch := data.Channel(i)
		k := c.Tally.Counts[r][ch]
		if k == 0 {
			continue
		}
		y1, y0 := l.yOf(float64(acc)), l.yOf(float64(acc+k))
		rect := pen.Rect{X: bx, Y: y0, W: barW, H: y1 - y0}
		fill := th.ChannelColor(ch)
		// A hairline of background between segments keeps neighbours apart.
		drawn := rect
		if acc+k < total {
			drawn.Y += th.Stroke
			drawn.H -= th.Stroke
		}
		sc.Boxes = append(sc.Boxes, pen.Box{Rect: drawn, Fill: fill})
		sides := "lr"
		if acc+k == total {
			sides = "lrt"
		}
		th.outline(sc, drawn, fill, sides)
		l.Segments = append(l.Segments, Segment{Row: r, Channel: ch, Count: k, Rect: rect})
		label := strconv.Itoa(k)
		if rect.H >= th.TickSize*1.3 && pen.TextWidth(label, th.TickSize)+4 <= barW {
			sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: y0 + rect.H/2 + pen.CapHeight(th.TickSize)/2, Body: label, Size: th.TickSize, Color: pen.ContrastText(fill), Anchor: pen.AnchorMiddle})
		}
		acc += k
	}
	if total > 0 {
		sc.Texts = append(sc.Texts, pen.Text{X: cx, Y: l.yOf(float64(total)) - th.TickSize*0.4, Body: strconv.Itoa(total), Size: th.TickSize, Color: th.Text, Anchor: pen.AnchorMiddle})
	}
	if c.Marked != "" && r < len(c.Tally.Keys) && c.Tally.Keys[r] == c.Marked && total > 0 {
		// Outline the bar that holds the selected event.
		b := l.Bars[r]
		o, sw := th.Stroke*2, th.Stroke*2
		x0, y0, x1, y1 := b.X-o, b.Y-o, b.X+b.W+o, b.Y+b.H
		sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: y0, X2: x1, Y2: y0, Width: sw, Color: th.Text}, pen.Line{X1: x0, Y1: y0, X2: x0, Y2: y1, Width: sw, Color: th.Text}, pen.Line{X1: x1, Y1: y0, X2: x1, Y2: y1, Width: sw, Color: th.Text})
	}
}

// niceStep picks a tick step of 1, 2 or 5 times a power of ten that shows
// max in at most maxTicks intervals.
func niceStep(max, maxTicks int) int {
	for mag := 1; ; mag *= 10 {
		for _, m := range []int{1, 2, 5} {
			step := m * mag
			if (max+step-1)/step <= maxTicks {
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
