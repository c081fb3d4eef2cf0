package charts

import (
	"backchannel/pen"
	"math"

	"backchannel/data"
)

// MarkerShape returns the outline of a channel's marker centred on (x, y)
// with radius r. Each channel has its own shape as well as its own colour,
// so a timeline reads in greyscale and for colour-blind viewers: direct a
// circle, secret a diamond, intermediary a triangle, multilateral a square,
// public a downward triangle, coercive a cross.
//
// Past the sixth category, the shapes repeat.
func MarkerShape(ch data.Channel, x, y, r float64) []pen.Point {
	if ch >= data.NumChannels {
		ch %= data.NumChannels
	}
	switch ch {
	case data.Secret:
		r *= 1.2
		return []pen.Point{{X: x, Y: y - r}, {X: x + r, Y: y}, {X: x, Y: y + r}, {X: x - r, Y: y}}
	case data.Intermediary:
		r *= 1.15
		return []pen.Point{{X: x, Y: y - r}, {X: x + r*0.95, Y: y + r*0.7}, {X: x - r*0.95, Y: y + r*0.7}}
	case data.Multilateral:
		r *= 0.9
		return []pen.Point{{X: x - r, Y: y - r}, {X: x + r, Y: y - r}, {X: x + r, Y: y + r}, {X: x - r, Y: y + r}}
	case data.Public:
		r *= 1.15
		return []pen.Point{{X: x - r*0.95, Y: y - r*0.7}, {X: x + r*0.95, Y: y - r*0.7}, {X: x, Y: y + r}}
	case data.Coercive:
		// A plus sign of arm length a and half-width b, turned 45°: an X.
		a, b := r*1.15, r*0.4
		plus := []pen.Point{{X: b, Y: -a}, {X: b, Y: -b}, {X: a, Y: -b}, {X: a, Y: b}, {X: b, Y: b}, {X: b, Y: a}, {X: -b, Y: a}, {X: -b, Y: b}, {X: -a, Y: b}, {X: -a, Y: -b}, {X: -b, Y: -b}, {X: -b, Y: -a}}
		c := math.Sqrt2 / 2
		pts := make([]pen.Point, len(plus))
		for i, p := range plus {
			pts[i] = pen.Point{X: x + c*(p.X-p.Y), Y: y + c*(p.X+p.Y)}
		}
		return pts
	}
	return pen.Circle(x, y, r)
}
