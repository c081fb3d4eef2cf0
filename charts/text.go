package charts

import (
	"math"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font"
)

// Pictures use go-chart's bundled font, so that the window, the PNG and
// the SVG measure text the same way.
var (
	fontOnce  sync.Once
	chartFont *truetype.Font
	fontErr   error

	faceMu sync.Mutex
	faces  = map[float64]font.Face{}
)

func loadFont() (*truetype.Font, error) {
	fontOnce.Do(func() { chartFont, fontErr = chart.GetDefaultFont() })
	return chartFont, fontErr
}

// TextWidth is the width in pixels of s set in the chart font at size pixels.
func TextWidth(s string, size float64) float64 {
	f, err := loadFont()
	if err != nil || s == "" {
		return 0
	}
	faceMu.Lock()
	defer faceMu.Unlock()
	face, ok := faces[size]
	if !ok {
		face = truetype.NewFace(f, &truetype.Options{Size: size, DPI: 72, Hinting: font.HintingNone})
		faces[size] = face
	}
	return float64(font.MeasureString(face, s)) / 64
}

// capHeight is the height of capital letters at size pixels, for centring text.
func capHeight(size float64) float64 { return 0.71 * size }

// Ellipsize shortens s with a trailing "…" until it fits width at size.
func Ellipsize(s string, size, width float64) string {
	if TextWidth(s, size) <= width {
		return s
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		t := strings.TrimRight(string(runes[:n]), " ") + "…"
		if TextWidth(t, size) <= width {
			return t
		}
	}
	return ""
}

// WrapTwoLines breaks s at a space into at most two lines that each fit
// width, ellipsizing the second where it must. One line comes back when s fits.
func WrapTwoLines(s string, size, width float64) []string {
	if TextWidth(s, size) <= width {
		return []string{s}
	}
	words := strings.Fields(s)
	best := -1
	bestWidth := math.Inf(1)
	for i := 1; i < len(words); i++ {
		first := strings.Join(words[:i], " ")
		second := strings.Join(words[i:], " ")
		w := math.Max(TextWidth(first, size), TextWidth(second, size))
		if TextWidth(first, size) <= width && w < bestWidth {
			best, bestWidth = i, w
		}
	}
	if best < 0 {
		return []string{Ellipsize(s, size, width)}
	}
	return []string{strings.Join(words[:best], " "), Ellipsize(strings.Join(words[best:], " "), size, width)}
}
