package charts

import (
	"image/color"
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
func MarkerShape(ch data.Channel, x, y, r float64) []Point {
	if ch >= data.NumChannels {
		ch %= data.NumChannels
	}
	switch ch {
	case data.Secret:
		r *= 1.2
		return []Point{{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}}
	case data.Intermediary:
		r *= 1.15
		return []Point{{x, y - r}, {x + r*0.95, y + r*0.7}, {x - r*0.95, y + r*0.7}}
	case data.Multilateral:
		r *= 0.9
		return []Point{{x - r, y - r}, {x + r, y - r}, {x + r, y + r}, {x - r, y + r}}
	case data.Public:
		r *= 1.15
		return []Point{{x - r*0.95, y - r*0.7}, {x + r*0.95, y - r*0.7}, {x, y + r}}
	case data.Coercive:
		// A plus sign of arm length a and half-width b, turned 45°: an X.
		a, b := r*1.15, r*0.4
		plus := []Point{{b, -a}, {b, -b}, {a, -b}, {a, b}, {b, b}, {b, a}, {-b, a}, {-b, b}, {-a, b}, {-a, -b}, {-b, -b}, {-b, -a}}
		c := math.Sqrt2 / 2
		pts := make([]Point, len(plus))
		for i, p := range plus {
			pts[i] = Point{x + c*(p.X-p.Y), y + c*(p.X+p.Y)}
		}
		return pts
	}
	return Circle(x, y, r)
}

// Circle returns a polygon close enough to a circle at any marker size.
func Circle(x, y, r float64) []Point {
	const n = 20
	pts := make([]Point, n)
	for i := range pts {
		th := 2 * math.Pi * float64(i) / n
		pts[i] = Point{x + r*math.Cos(th), y + r*math.Sin(th)}
	}
	return pts
}

// Blend mixes c into bg: k=1 is c, k=0 is bg. Pictures stay opaque so that
// PNG and SVG show the same colours.
func Blend(c, bg color.RGBA, k float64) color.RGBA {
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a)*k + float64(b)*(1-k))) }
	return color.RGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 0xFF}
}
