package pen

import (
	"fmt"
	"image/color"
	"math"
	"math/rand"
)

// The pen's tests paint scenes made here rather than the charts' (which
// are built on this package): as varied as a timeline or a bar chart, and
// more, with texts of every size and anchor, shapes and strokes of every
// kind, and everything crossing the picture's edges and the bands' rows.

// testScenes returns pictures of width×height in light and dark colours:
// "sparse" and "dense", each in both.
func testScenes(width, height float64) map[string]Scene {
	out := map[string]Scene{}
	for i, bg := range []color.RGBA{{0xFF, 0xFF, 0xFF, 0xFF}, {0x12, 0x16, 0x1C, 0xFF}} {
		for j, n := range []int{40, 400} {
			name := fmt.Sprintf("%s, %s", []string{"light", "dark"}[i], []string{"sparse", "dense"}[j])
			out[name] = testScene(rand.New(rand.NewSource(int64(10*i+j+1))), width, height, bg, n)
		}
	}
	return out
}

// testScene makes a picture of n of each kind of thing at random.
func testScene(rng *rand.Rand, w, h float64, bg color.RGBA, n int) Scene {
	s := Scene{Title: "A test picture", Description: "Shapes, lines and texts at random.", Width: w, Height: h, Background: bg}
	ink := func() color.RGBA {
		return color.RGBA{uint8(rng.Intn(256)), uint8(rng.Intn(256)), uint8(rng.Intn(256)), 0xFF}
	}
	x := func() float64 { return rng.Float64()*(w+40) - 20 }
	y := func() float64 { return rng.Float64()*(h+40) - 20 }
	for i := 0; i < 12; i++ {
		gx := w * float64(i) / 12
		s.Grid = append(s.Grid, Line{gx, 0, gx, h, 1, ink()})
	}
	for range n / 4 {
		s.Boxes = append(s.Boxes, Box{Rect{x(), y(), rng.Float64() * 200, rng.Float64() * 40}, ink()})
	}
	for range n {
		s.Shapes = append(s.Shapes, testShape(rng, x(), y(), 2+rng.Float64()*12, ink(), ink()))
	}
	for range n / 2 {
		x1, y1 := x(), y()
		x2, y2 := x1, y1
		switch rng.Intn(3) {
		case 0:
			x2 += rng.Float64() * 300
		case 1:
			y2 += rng.Float64() * 200
		default:
			x2, y2 = x(), y()
		}
		s.Lines = append(s.Lines, Line{x1, y1, x2, y2, 0.5 + rng.Float64()*3, ink()})
	}
	words := []string{"Algiers Accords", "1981", "Tehran", "secret channel", "Vienna", "JCPOA", "Muscat talks", "+12", "Ω ä ž", "E3/EU+3"}
	for i := range n {
		t := Text{X: x(), Y: y(), Body: words[i%len(words)], Size: []float64{9, 11, 12.5, 14, 18, 28}[rng.Intn(6)],
			Color: ink(), Anchor: Anchor(rng.Intn(3))}
		s.Texts = append(s.Texts, t)
	}
	tip := Rect{w * 0.6, h * 0.2, 180, 60}
	s.OverlayBoxes = append(s.OverlayBoxes, Box{tip, ink()})
	s.OverlayTexts = append(s.OverlayTexts, Text{X: tip.X + 8, Y: tip.Y + 24, Body: "A tooltip, over all", Size: 12, Color: ink()})
	s.OverlayLines = append(s.OverlayLines, Line{2, 2, w - 2, 2, 3, ink()}, Line{w - 2, 2, w - 2, h - 2, 3, ink()})
	return s
}

// testShape is a circle, a regular polygon or an irregular one about
// (x, y), filled, outlined or both.
func testShape(rng *rand.Rand, x, y, r float64, fill, stroke color.RGBA) Shape {
	var points []Point
	switch k := rng.Intn(4); k {
	case 0:
		points = Circle(x, y, r)
	case 1, 2:
		sides := 3 + rng.Intn(4)
		for i := range sides {
			a := 2*math.Pi*float64(i)/float64(sides) + float64(k)*math.Pi/4
			points = append(points, Point{x + r*math.Cos(a), y + r*math.Sin(a)})
		}
	default:
		for range 3 + rng.Intn(6) {
			points = append(points, Point{x + (rng.Float64()-0.5)*2*r, y + (rng.Float64()-0.5)*2*r})
		}
	}
	sh := Shape{Points: points, Fill: fill, Stroke: stroke, Width: rng.Float64() * 3}
	switch rng.Intn(4) {
	case 0:
		sh.Fill = color.RGBA{}
	case 1:
		sh.Stroke, sh.Width = color.RGBA{}, 0
	}
	return sh
}
