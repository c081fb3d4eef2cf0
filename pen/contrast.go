package pen

import (
	"image/color"
	"math"
)

// Contrast as WCAG 2 defines it: text needs 4.5:1 against what is behind
// it, large text 3:1.

// Luminance is a colour's relative luminance, 0 for black to 1 for white.
func Luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// ContrastRatio is the contrast between two colours, from 1 (none) to 21
// (black on white).
func ContrastRatio(a, b color.RGBA) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// ContrastText returns black or white, whichever has more contrast with
// bg: never less than 4.5:1.
func ContrastText(bg color.RGBA) color.RGBA {
	black, white := color.RGBA{0, 0, 0, 0xFF}, color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	if ContrastRatio(black, bg) >= ContrastRatio(white, bg) {
		return black
	}
	return white
}

// LargeText is the size in logical pixels from which text counts as large
// (18 points), needing 3:1 rather than 4.5:1.
const LargeText = 24

// MinContrast is the contrast text of the given size needs.
func MinContrast(size float64) float64 {
	if size >= LargeText {
		return 3
	}
	return 4.5
}

// TextContrast is one text of a scene with the colour behind it.
type TextContrast struct {
	Text   Text
	Behind color.RGBA
	Ratio  float64
}

// TextContrasts measures every text of a scene against what is painted
// behind it, at its left end, middle and right end: the lowest of the three.
func TextContrasts(s Scene) []TextContrast {
	var out []TextContrast
	measure := func(t Text, overlay bool) {
		if t.Body == "" {
			return
		}
		b := t.Bounds()
		y := b.Y + b.H/2
		worst := TextContrast{Text: t, Ratio: math.Inf(1)}
		for _, x := range []float64{b.X + 1, b.X + b.W/2, b.X + b.W - 1} {
			bg := s.colorAt(x, y, overlay)
			if r := ContrastRatio(t.Color, bg); r < worst.Ratio {
				worst.Behind, worst.Ratio = bg, r
			}
		}
		out = append(out, worst)
	}
	for _, t := range s.Texts {
		measure(t, false)
	}
	for _, t := range s.OverlayTexts {
		measure(t, true)
	}
	return out
}

// colorAt is the fill painted at (x, y) under the texts: the background,
// then boxes and shapes in painting order, and the overlay boxes when
// asked.
func (s Scene) colorAt(x, y float64, overlay bool) color.RGBA {
	c := s.Background
	for _, b := range s.Boxes {
		if b.Contains(x, y) {
			c = b.Fill
		}
	}
	for _, sh := range s.Shapes {
		if sh.Fill.A != 0 && inPolygon(sh.Points, x, y) {
			c = sh.Fill
		}
	}
	if overlay {
		for _, b := range s.OverlayBoxes {
			if b.Contains(x, y) {
				c = b.Fill
			}
		}
	}
	return c
}

// inPolygon reports whether (x, y) is inside the polygon, by the even-odd rule.
func inPolygon(pts []Point, x, y float64) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		a, b := pts[i], pts[j]
		if (a.Y > y) != (b.Y > y) && x < (b.X-a.X)*(y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}
