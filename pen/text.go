package pen

import (
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// Pictures use go-chart's bundled font, so that the window, the PNG and
// the SVG measure text the same way.
var (
	fontOnce  sync.Once
	chartFont *truetype.Font
	fontErr   error

	measureMu sync.Mutex
	measurers = map[float64]*measurer{}
)

func loadFont() (*truetype.Font, error) {
	fontOnce.Do(func() { chartFont, fontErr = chart.GetDefaultFont() })
	return chartFont, fontErr
}

// measurer knows the advance of each glyph and the kerning of each pair
// at one size, loading each from the font once.
type measurer struct {
	face    font.Face
	advance map[rune]fixed.Int26_6
	kern    map[[2]rune]fixed.Int26_6
}

func measurerFor(size float64) *measurer {
	m, ok := measurers[size]
	if !ok {
		f, _ := loadFont()
		m = &measurer{
			face:    truetype.NewFace(f, &truetype.Options{Size: size, DPI: 72, Hinting: font.HintingNone}),
			advance: map[rune]fixed.Int26_6{},
			kern:    map[[2]rune]fixed.Int26_6{},
		}
		measurers[size] = m
	}
	return m
}

// step is how far the pen moves for r after prev (prev < 0 at the start).
func (m *measurer) step(prev, r rune) fixed.Int26_6 {
	a, ok := m.advance[r]
	if !ok {
		a, _ = m.face.GlyphAdvance(r)
		m.advance[r] = a
	}
	if prev >= 0 {
		pair := [2]rune{prev, r}
		k, ok := m.kern[pair]
		if !ok {
			k = m.face.Kern(prev, r)
			m.kern[pair] = k
		}
		a += k
	}
	return a
}

// TextWidth is the width in pixels of s set in the chart font at size pixels.
func TextWidth(s string, size float64) float64 {
	if s == "" {
		return 0
	}
	if _, err := loadFont(); err != nil {
		return 0
	}
	measureMu.Lock()
	defer measureMu.Unlock()
	return float64(measurerFor(size).measure(s, nil)) / 64
}

// measure returns the width of s, and fills prefix[n+1] with the width of
// its first n+1 runes when prefix is not nil.
func (m *measurer) measure(s string, prefix []float64) fixed.Int26_6 {
	var w fixed.Int26_6
	prev, n := rune(-1), 0
	for _, r := range s {
		w += m.step(prev, r)
		prev = r
		if prefix != nil {
			n++
			prefix[n] = float64(w) / 64
		}
	}
	return w
}

// CapHeight is the height of capital letters at size pixels, for centring text.
func CapHeight(size float64) float64 { return 0.71 * size }

// Ellipsize shortens s with a trailing "…" until it fits width at size.
func Ellipsize(s string, size, width float64) string {
	if TextWidth(s, size) <= width {
		return s
	}
	runes := []rune(s)
	// prefix[n] is the width of the first n runes.
	prefix := make([]float64, len(runes)+1)
	measureMu.Lock()
	m := measurerFor(size)
	m.measure(s, prefix)
	ell := float64(m.step(-1, '…')) / 64
	measureMu.Unlock()
	n := sort.Search(len(runes), func(n int) bool { return prefix[n+1]+ell > width })
	for n > 0 {
		t := strings.TrimRight(string(runes[:n]), " ") + "…"
		if TextWidth(t, size) <= width {
			return t
		}
		n--
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

// Prewarm loads the chart font and measures the common characters at the
// given sizes, so that the first picture does not pay for it. It is safe
// to run on its own goroutine while the window is being created.
func Prewarm(sizes ...float64) {
	if _, err := loadFont(); err != nil {
		return
	}
	const common = " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:()'\"-–—…·/+"
	for _, size := range sizes {
		TextWidth(common, size)
	}
}
