package views

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"backchannel/charts"
	"backchannel/data"
)

// doubleClick is how soon a second click on a band must follow the first
// to zoom to that era. The timeline counts clicks itself rather than being
// a fyne.DoubleTappable, which would hold back every single click (the
// selection of an event) by the double-tap delay.
const doubleClick = 400 * time.Millisecond

// Zoom steps: one wheel notch or key press changes the span by about 15%.
const (
	keyZoomIn  = 0.8
	keyZoomOut = 1 / keyZoomIn
	wheelRate  = 0.012 // per scrolled pixel
)

var (
	_ fyne.Scrollable   = (*TimelineView)(nil)
	_ fyne.Draggable    = (*TimelineView)(nil)
	_ fyne.Tappable     = (*TimelineView)(nil)
	_ fyne.Focusable    = (*TimelineView)(nil)
	_ desktop.Hoverable = (*TimelineView)(nil)
	_ desktop.Keyable   = (*TimelineView)(nil)
)

// Scrolled zooms around the pointer on a vertical wheel or touchpad
// gesture and pans on a horizontal one.
func (v *TimelineView) Scrolled(ev *fyne.ScrollEvent) {
	if dy := float64(ev.Scrolled.DY); dy != 0 {
		v.Zoom(math.Exp(-dy*wheelRate), ev.Position.X)
	}
	if dx := ev.Scrolled.DX; dx != 0 {
		v.Pan(-dx)
	}
}

// Dragged pans the lanes with the pointer, or moves the window over the
// overview strip when the drag began there.
func (v *TimelineView) Dragged(ev *fyne.DragEvent) {
	l := v.Layout()
	if v.drag == dragNone {
		start := fyne.NewPos(ev.Position.X-ev.Dragged.DX, ev.Position.Y-ev.Dragged.DY)
		v.drag = dragPan
		if l.Overview.W > 0 && l.Overview.Contains(float64(start.X), float64(start.Y)) {
			v.drag = dragOverview
		}
		if it, ok := itemAt(l, float64(start.X), float64(start.Y)); ok && it.Event >= 0 && v.ctrl && v.OnEventDragged != nil {
			v.drag, v.dragEvent, v.dragBy = dragMove, it.Event, 0
		}
	}
	switch v.drag {
	case dragMove:
		v.dragBy += float64(ev.Dragged.DX)
		if v.OnEventDragging != nil {
			v.OnEventDragging(v.dragEvent, v.dragYears())
		}
	case dragOverview:
		v.centreOnOverview(float64(ev.Position.X), l)
	default:
		v.Pan(-ev.Dragged.DX)
	}
}

// DragEnd ends a pan, a move of the overview window, or the move of an
// event's dates, which it hands on.
func (v *TimelineView) DragEnd() {
	if v.drag == dragMove && v.dragBy != 0 {
		v.OnEventDragged(v.dragEvent, v.dragYears())
	}
	v.drag = dragNone
}

// dragYears is how far the event being moved has gone, in years.
func (v *TimelineView) dragYears() float64 {
	return v.dragBy * v.chart.View.Span() / v.width()
}

// centreOnOverview centres the view on the instant under column x of the overview strip.
func (v *TimelineView) centreOnOverview(x float64, l charts.TimelineLayout) {
	t := v.chart.Whole.T(x-l.Overview.X, l.Overview.W)
	v.chart.View = v.chart.View.CentreOn(t)
	v.changed()
}

// Tapped selects the event under the pointer, opens a cluster by zooming
// into it, moves the view to where the overview strip was tapped, or, on a
// second click on the same era band, zooms to that era.
func (v *TimelineView) Tapped(ev *fyne.PointEvent) {
	v.requestFocus()
	x, y := float64(ev.Position.X), float64(ev.Position.Y)
	l := v.Layout()
	if l.Overview.W > 0 && l.Overview.Contains(x, y) {
		v.centreOnOverview(x, l)
		return
	}
	if b, ok := bandAt(l, x, y); ok {
		now := time.Now()
		if b.Era.ID == v.lastBand && now.Sub(v.lastBandClick) < doubleClick {
			v.lastBand = ""
			v.ZoomToEra(b.Era)
			return
		}
		v.lastBand, v.lastBandClick = b.Era.ID, now
		return
	}
	if it, ok := itemAt(l, x, y); ok {
		if it.Event < 0 {
			v.chart.View = v.chart.View.Frame(it.From, it.To)
			v.changed()
			return
		}
		now := time.Now()
		if it.Event == v.lastEvent && now.Sub(v.lastEventClick) < doubleClick && v.OnActivated != nil {
			v.lastEvent = -1
			v.OnActivated(it.Event)
			return
		}
		v.lastEvent, v.lastEventClick = it.Event, now
		v.Select(it.Event)
	}
}

// itemAt finds the marker or label under a point.
func itemAt(l charts.TimelineLayout, x, y float64) (charts.TimelineItem, bool) {
	for i := len(l.Items) - 1; i >= 0; i-- {
		it := l.Items[i]
		if it.Marker.Contains(x, y) || (it.Text != "" && it.Label.Contains(x, y)) {
			return it, true
		}
	}
	return charts.TimelineItem{}, false
}

// bandAt finds the era band at x, y.
func bandAt(l charts.TimelineLayout, x, y float64) (charts.BandHit, bool) {
	for _, b := range l.Bands {
		if b.Rect.Contains(x, y) {
			return b, true
		}
	}
	return charts.BandHit{}, false
}

// MouseIn starts hover tracking.
func (v *TimelineView) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// MouseMoved shows the tooltip of the event under the pointer, or of the
// era whose band it is over: what the band's row is, and when.
func (v *TimelineView) MouseMoved(ev *desktop.MouseEvent) {
	hover, era := -1, ""
	l := v.Layout()
	x, y := float64(ev.Position.X), float64(ev.Position.Y)
	if it, ok := itemAt(l, x, y); ok {
		hover = it.Event
	} else if b, ok := bandAt(l, x, y); ok {
		era = b.Era.ID
	}
	changed := hover != v.chart.Hover || era != v.chart.HoverEra
	v.chart.Hover, v.chart.HoverEra = hover, era
	if changed {
		v.Refresh()
	}
}

// MouseOut hides the tooltip.
func (v *TimelineView) MouseOut() {
	changed := v.chart.Hover != -1 || v.chart.HoverEra != ""
	v.chart.Hover, v.chart.HoverEra = -1, ""
	if changed {
		v.Refresh()
	}
}

func (v *TimelineView) requestFocus() {
	if v.NoFocus {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v)
	}
}

// FocusGained implements fyne.Focusable: the timeline rings itself.
func (v *TimelineView) FocusGained() {
	v.focused = true
	v.Refresh()
}

// FocusLost implements fyne.Focusable.
func (v *TimelineView) FocusLost() {
	v.focused, v.shift = false, false
	v.Refresh()
}

// KeyDown tracks Shift, which turns the arrows into pans, and Ctrl,
// which turns a drag on an event into a move of its dates.
func (v *TimelineView) KeyDown(ev *fyne.KeyEvent) { v.modifier(ev.Name, true) }

// KeyUp tracks Shift and Ctrl.
func (v *TimelineView) KeyUp(ev *fyne.KeyEvent) { v.modifier(ev.Name, false) }

// modifier notes Shift or Ctrl going down or up.
func (v *TimelineView) modifier(key fyne.KeyName, down bool) {
	switch key {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight:
		v.shift = down
	case desktop.KeyControlLeft, desktop.KeyControlRight:
		v.ctrl = down
	}
}

// TypedRune zooms with + and - (and =, the unshifted +), fits all with 0.
func (v *TimelineView) TypedRune(r rune) {
	switch r {
	case '+', '=':
		v.ZoomIn()
	case '-', '_':
		v.ZoomOut()
	case '0':
		v.FitAll()
	}
}

// ZoomIn zooms in a step, as + does, about the selected event when it is
// in view, else about the middle.
func (v *TimelineView) ZoomIn() { v.Zoom(keyZoomIn, v.zoomAnchor()) }

// ZoomOut zooms out a step, as − does, about the same point as ZoomIn.
func (v *TimelineView) ZoomOut() { v.Zoom(keyZoomOut, v.zoomAnchor()) }

// zoomAnchor is the pixel column the keys zoom about: the selected event's
// start while it is in view, so that zooming keeps it there, else the
// middle of the timeline.
func (v *TimelineView) zoomAnchor() float32 {
	w := v.width()
	if i := v.chart.Selected; i >= 0 && i < v.chart.Index.Len() {
		if x := v.chart.View.X(v.chart.Index.Events[i].Start.Begin(), w); x >= 0 && x <= w {
			return float32(x)
		}
	}
	return float32(w / 2)
}

// TypedKey moves the selection (Left, Right), pans
// (Shift-Left, Shift-Right, Page Up, Page Down), zooms (Up, Down), fits
// all (Home) and clears the selection (Escape).
func (v *TimelineView) TypedKey(ev *fyne.KeyEvent) {
	w := float32(v.width())
	switch ev.Name {
	case fyne.KeyRight:
		if v.shift {
			v.Pan(w / 10)
		} else {
			v.SelectNext(1)
		}
	case fyne.KeyLeft:
		if v.shift {
			v.Pan(-w / 10)
		} else {
			v.SelectNext(-1)
		}
	case fyne.KeyUp:
		v.ZoomIn()
	case fyne.KeyDown:
		v.ZoomOut()
	case fyne.KeyPageDown:
		v.Pan(w * 0.8)
	case fyne.KeyPageUp:
		v.Pan(-w * 0.8)
	case fyne.KeyHome:
		v.FitAll()
	case fyne.KeyEscape:
		v.mark(-1)
		cb := v.OnSelected
		v.Refresh()
		if cb != nil {
			cb(-1, data.Event{})
		}
	default:
		if v.OnOtherKey != nil {
			v.OnOtherKey(ev)
		}
	}
}
