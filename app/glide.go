package app

import (
	"fyne.io/fyne/v2"

	"backchannel/charts"
)

// glideDuration is how long a glide from one view to another takes.
const glideDuration = stepDuration

// viewHolder is a timeline whose view can be read and set.
type viewHolder interface {
	View() charts.TimeView
	SetView(charts.TimeView)
}

// glider animates a timeline's view to a target, one glide at a time: a
// new one stops the one under way.
type glider struct {
	anim   *fyne.Animation
	target charts.TimeView // where the last glide ends
}

// glide moves tl to target: eased over glideDuration, or at once when cut
// is set (Reduce Motion).
func (g *glider) glide(tl viewHolder, target charts.TimeView, cut bool) {
	g.stop()
	g.target = target
	if cut {
		tl.SetView(target)
		return
	}
	g.anim = fyne.NewAnimation(glideDuration, glideStep(tl, tl.View(), target))
	g.anim.Curve = fyne.AnimationLinear // Toward eases by itself
	g.anim.Start()
}

// stop ends the glide under way where it is.
func (g *glider) stop() {
	if g.anim != nil {
		g.anim.Stop()
		g.anim = nil
	}
}

// glideStep is one frame of a glide: a fraction f of the way from from to
// target, and exactly target at the end.
func glideStep(tl viewHolder, from, target charts.TimeView) func(float32) {
	return func(f float32) {
		tl.SetView(from.Toward(target, float64(f)))
	}
}
