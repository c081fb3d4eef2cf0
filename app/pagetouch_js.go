//go:build js

package app

import (
	"math"
	"syscall/js"

	"fyne.io/fyne/v2"
)

// Touch on the timeline in a page: Fyne's web driver turns a tap into a
// click but has no touch gestures, so the page's own touches are read
// here: one finger drags the timeline along (a swipe pans it), two pinch
// it (zooming about the point between them); on a presentation a swipe
// moves between slides, or leaves (see swipeOf). Elsewhere touches are
// left to the browser and the driver.

// touchState is the gesture under way.
type touchState struct {
	active bool
	x      float64 // one finger's last position, or the midpoint of two
	spread float64 // the distance between two fingers; 0 with one
}

// watchTouches follows the page's touches on the timeline.
func (w *Window) watchTouches() {
	var g touchState
	on := func(kind string, handle func(ev js.Value)) {
		js.Global().Get("document").Call("addEventListener", kind, js.FuncOf(func(_ js.Value, args []js.Value) any {
			handle(args[0])
			return nil
		}), map[string]any{"passive": false})
	}
	var stroke [2]float64 // where a finger went down on a presentation
	on("touchstart", func(ev js.Value) {
		g = w.touchStart(ev.Get("touches"))
		if t := ev.Get("touches"); t.Length() == 1 {
			stroke = [2]float64{t.Index(0).Get("clientX").Float(), t.Index(0).Get("clientY").Float()}
		}
	})
	on("touchmove", func(ev js.Value) {
		if g.active {
			ev.Call("preventDefault") // the page neither scrolls nor zooms under a gesture
			g = w.touchMove(g, ev.Get("touches"))
		}
	})
	on("touchend", func(ev js.Value) {
		g = w.touchStart(ev.Get("touches"))
		if t := ev.Get("changedTouches"); t.Length() == 1 && ev.Get("touches").Length() == 0 {
			s := swipeOf(t.Index(0).Get("clientX").Float()-stroke[0], t.Index(0).Get("clientY").Float()-stroke[1])
			if s == noSwipe {
				return
			}
			fyne.Do(func() {
				if w.presenting != nil {
					w.presenting.Swipe(s)
				}
			})
		}
	})
}

// touchStart begins a gesture when the touches fall on the timeline.
func (w *Window) touchStart(touches js.Value) touchState {
	if touches.Length() == 0 || w.presenting != nil {
		return touchState{}
	}
	x, y, spread := touchPoint(touches)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.Timeline)
	size := w.Timeline.Size()
	if float32(x) < pos.X || float32(x) > pos.X+size.Width || float32(y) < pos.Y || float32(y) > pos.Y+size.Height {
		return touchState{}
	}
	return touchState{active: true, x: x, spread: spread}
}

// touchMove pans by a finger's movement, or zooms by the change in the
// spread of two.
func (w *Window) touchMove(g touchState, touches js.Value) touchState {
	x, _, spread := touchPoint(touches)
	if (spread == 0) != (g.spread == 0) { // a finger came or went: start again from here
		return touchState{active: true, x: x, spread: spread}
	}
	if spread > 0 && g.spread > 0 {
		local := float32(x) - fyne.CurrentApp().Driver().AbsolutePositionForObject(w.Timeline).X
		w.Timeline.Zoom(g.spread/spread, local)
	} else {
		w.Timeline.Pan(float32(g.x - x))
	}
	return touchState{active: true, x: x, spread: spread}
}

// touchPoint is where the touches are: the first finger, or the midpoint
// of the first two and the distance between them.
func touchPoint(touches js.Value) (x, y, spread float64) {
	a := touches.Index(0)
	x, y = a.Get("clientX").Float(), a.Get("clientY").Float()
	if touches.Length() < 2 {
		return x, y, 0
	}
	b := touches.Index(1)
	bx, by := b.Get("clientX").Float(), b.Get("clientY").Float()
	return (x + bx) / 2, (y + by) / 2, math.Hypot(bx-x, by-y)
}
