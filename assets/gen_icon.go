//go:build ignore

// gen_icon draws assets/icon.png: a timeline with three markers on a dark
// rounded square, in the channel colours, readable at 32 pixels.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size = 512

// inside reports whether a point lies in the picture's shapes, topmost first.
func shade(x, y float64) color.RGBA {
	bg := color.RGBA{0x1B, 0x2A, 0x41, 0xFF}
	// Markers: circle (direct, blue), diamond (intermediary, orange), square (multilateral, green).
	if math.Hypot(x-146, y-256) < 46 {
		return color.RGBA{0x3A, 0x9A, 0xE0, 0xFF}
	}
	if math.Abs(x-256)+math.Abs(y-256) < 58 {
		return color.RGBA{0xF0, 0xB4, 0x30, 0xFF}
	}
	if math.Abs(x-366) < 40 && math.Abs(y-256) < 40 {
		return color.RGBA{0x2C, 0xC2, 0x96, 0xFF}
	}
	// The time axis and its end ticks.
	if math.Abs(y-256) < 11 && x > 56 && x < 456 {
		return color.RGBA{0xF4, 0xF6, 0xF8, 0xFF}
	}
	if (math.Abs(x-60) < 12 || math.Abs(x-452) < 12) && math.Abs(y-256) < 48 {
		return color.RGBA{0xF4, 0xF6, 0xF8, 0xFF}
	}
	return bg
}

// inRoundedSquare reports whether a point lies in the icon's rounded square.
func inRoundedSquare(x, y float64) bool {
	const m, r = 16.0, 96.0
	cx := math.Max(m+r, math.Min(size-m-r, x))
	cy := math.Max(m+r, math.Min(size-m-r, y))
	return math.Hypot(x-cx, y-cy) <= r
}

func main() {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // supersamples per side, for smooth edges
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x, y := float64(px)+(float64(sx)+0.5)/ss, float64(py)+(float64(sy)+0.5)/ss
					if !inRoundedSquare(x, y) {
						continue
					}
					c := shade(x, y)
					r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+255
				}
			}
			n := float64(ss * ss)
			if a > 0 {
				img.SetRGBA(px, py, color.RGBA{uint8(r / n), uint8(g / n), uint8(b / n), uint8(a / n)})
			}
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
