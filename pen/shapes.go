package pen

import (
	"image/color"
	"math"
)

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
