package views

import (
	"fyne.io/fyne/v2"

	"backchannel/charts"
)

// The keyboard in a chart: Tab reaches it, the arrows move between bar
// segments (Left and Right between bars, Up and Down within one), and
// Enter or Space does what a click on the segment does.

var _ fyne.Focusable = (*ChartView)(nil)

// FocusGained implements fyne.Focusable: the chart rings itself and puts
// the keyboard on a segment.
func (v *ChartView) FocusGained() {
	v.chart.Focused = true
	v.moveCursor(func(segs []charts.Segment, at int) int { return max(at, 0) })
}

// FocusLost implements fyne.Focusable.
func (v *ChartView) FocusLost() {
	v.chart.Focused = false
	v.scene.Refresh()
}

// TypedRune implements fyne.Focusable; a chart types nothing.
func (v *ChartView) TypedRune(rune) {}

// TypedKey moves the keyboard between segments and acts on one.
func (v *ChartView) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyRight:
		v.moveCursor(nextBar(1))
	case fyne.KeyLeft:
		v.moveCursor(nextBar(-1))
	case fyne.KeyUp:
		v.moveCursor(withinBar(1))
	case fyne.KeyDown:
		v.moveCursor(withinBar(-1))
	case fyne.KeyHome:
		v.moveCursor(func([]charts.Segment, int) int { return 0 })
	case fyne.KeyEnd:
		v.moveCursor(func(segs []charts.Segment, _ int) int { return len(segs) - 1 })
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if seg, ok := v.Cursor(); ok && v.OnSegmentTapped != nil {
			v.OnSegmentTapped(seg)
		}
	}
}

// Cursor returns the segment the keyboard stands on.
func (v *ChartView) Cursor() (charts.Segment, bool) {
	segs, at := v.cursorIndex()
	if at < 0 {
		return charts.Segment{}, false
	}
	return segs[at], true
}

// cursorIndex finds the keyboard's segment among those last laid out;
// -1 when it stands on none.
func (v *ChartView) cursorIndex() ([]charts.Segment, int) {
	segs := v.layout.Segments
	if len(segs) == 0 {
		// Not painted yet: lay out at the widget's size to know the segments.
		s := v.Size()
		segs = v.chart.Layout(float64(max(s.Width, 320)), float64(max(s.Height, 240)), v.theme).Segments
	}
	for i, seg := range segs {
		if seg.Row == v.chart.Cursor.Row && int(seg.Channel) == v.chart.Cursor.Category {
			return segs, i
		}
	}
	return segs, -1
}

// moveCursor puts the keyboard on the segment step chooses, redraws and
// says which it is.
func (v *ChartView) moveCursor(step func(segs []charts.Segment, at int) int) {
	segs, at := v.cursorIndex()
	if len(segs) == 0 {
		return
	}
	next := min(max(step(segs, at), 0), len(segs)-1)
	seg := segs[next]
	v.chart.Cursor = charts.SegmentKey{Row: seg.Row, Category: int(seg.Channel)}
	v.scene.Refresh()
	if v.OnSegmentFocused != nil {
		v.OnSegmentFocused(seg)
	}
}

// nextBar steps to the next or previous bar that has segments, to the
// same category where that bar has it, else to its bottom segment.
func nextBar(dir int) func([]charts.Segment, int) int {
	return func(segs []charts.Segment, at int) int {
		if at < 0 {
			return 0
		}
		row, cat := segs[at].Row, segs[at].Channel
		other := -1
		for i := at; i >= 0 && i < len(segs); i += dir {
			if segs[i].Row != row {
				other = segs[i].Row
				break
			}
		}
		if other < 0 {
			return at
		}
		first := -1
		for i, s := range segs {
			if s.Row != other {
				continue
			}
			if first < 0 {
				first = i
			}
			if s.Channel == cat {
				return i
			}
		}
		return first
	}
}

// withinBar steps up or down within the bar.
func withinBar(dir int) func([]charts.Segment, int) int {
	return func(segs []charts.Segment, at int) int {
		if at < 0 {
			return 0
		}
		if n := at + dir; n >= 0 && n < len(segs) && segs[n].Row == segs[at].Row {
			return n
		}
		return at
	}
}
