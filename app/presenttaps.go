package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// tapTarget lies over the whole presentation and takes its taps and
// clicks, as a slide show's screen does: on its left third back a slide,
// anywhere else on to the next (a blank screen shown again first, as a
// key does); a secondary tap (a right click) back. A tablet with no
// keyboard presents with these alone.
type tapTarget struct {
	widget.BaseWidget
	onTap func(back bool)
}

// newTapTarget returns a clear target calling onTap.
func newTapTarget(onTap func(back bool)) *tapTarget {
	t := &tapTarget{onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped implements fyne.Tappable.
func (t *tapTarget) Tapped(ev *fyne.PointEvent) { t.onTap(ev.Position.X < t.Size().Width/3) }

// TappedSecondary implements fyne.SecondaryTappable.
func (t *tapTarget) TappedSecondary(*fyne.PointEvent) { t.onTap(true) }

// CreateRenderer implements fyne.Widget: nothing to see.
func (t *tapTarget) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Tap moves the presentation on, or back, as a tap or a click asks.
func (p *Presentation) Tap(back bool) {
	name := fyne.KeyRight
	if back {
		name = fyne.KeyLeft
	}
	p.Key(&fyne.KeyEvent{Name: name})
}

// swipe is what a finger's stroke across the presentation asks.
type swipe int

// The strokes: along, to the next slide (right to left) or back (left to
// right); down, to leave; anything shorter is a tap.
const (
	noSwipe swipe = iota
	swipeNext
	swipeBack
	swipeLeave
)

// minSwipe is how far, in the page's pixels, a finger must travel for a
// stroke to be a swipe.
const minSwipe = 60

// swipeOf reads a stroke that went dx along and dy down (pixels).
func swipeOf(dx, dy float64) swipe {
	switch {
	case math.Abs(dx) >= minSwipe && math.Abs(dx) > 2*math.Abs(dy):
		if dx < 0 {
			return swipeNext
		}
		return swipeBack
	case dy >= 2*minSwipe && dy > 2*math.Abs(dx):
		return swipeLeave
	}
	return noSwipe
}

// Swipe does what a stroke across the presentation asks.
func (p *Presentation) Swipe(s swipe) {
	switch s {
	case swipeNext, swipeBack:
		p.Tap(s == swipeBack)
	case swipeLeave:
		p.Leave()
	}
}
