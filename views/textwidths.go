package views

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Wrapping a paragraph needs the width of many pieces of it. Fyne shapes
// each piece it measures from scratch (a new shaper, the face made again),
// so a paragraph wrapped by searching for where each line breaks costs a
// dozen shapings a line. runeWidths instead reads each letter's advance
// from the font once and adds them up: kerning is left out, so a width is
// an estimate, which the wrapping checks with one exact measurement a line.

// runeWidths knows the advance of each letter of one face at one size.
type runeWidths struct {
	font    *sfnt.Font // nil when the face could not be read: every letter is measured by Fyne
	buf     sfnt.Buffer
	ppem    fixed.Int26_6
	style   fyne.TextStyle
	size    float32
	advance map[rune]float32
}

var (
	widthsMu sync.Mutex
	widthsOf = map[typeface]*runeWidths{}
	parsed   = map[string]*sfnt.Font{} // by the face's name
)

// textWidths returns the letter widths of face (the theme's font for
// style) at size, read once.
func textWidths(face fyne.Resource, style fyne.TextStyle, size float32) *runeWidths {
	name := ""
	if face != nil {
		name = face.Name()
	}
	key := typeface{name, size}
	if w, ok := widthsOf[key]; ok {
		return w
	}
	f, ok := parsed[name]
	if !ok && face != nil {
		f, _ = sfnt.Parse(face.Content())
		parsed[name] = f
	}
	w := &runeWidths{font: f, ppem: fixed.Int26_6(size * 64), style: style, size: size, advance: map[rune]float32{}}
	widthsOf[key] = w
	return w
}

// typeOf is the type th sets text in style at the size named size.
func typeOf(th fyne.Theme, style fyne.TextStyle, size fyne.ThemeSizeName) typeface {
	return typeface{th.Font(style).Name(), th.Size(size)}
}

// measureIn runs measure with two measures of text in th's type for style
// at the size named size: estimate, from the letters' advances, and
// exact, as Fyne draws it. It returns the type they measured in.
func measureIn(th fyne.Theme, style fyne.TextStyle, size fyne.ThemeSizeName, measure func(estimate, exact func(string) float32)) typeface {
	face, pts := th.Font(style), th.Size(size)
	widthsMu.Lock()
	defer widthsMu.Unlock()
	measure(textWidths(face, style, pts).width, func(s string) float32 { return fyne.MeasureText(s, pts, style).Width })
	return typeface{face.Name(), pts}
}

// estimatedWidth is the width of s in the current theme's type at size,
// from its letters' advances: a little more than Fyne measures where the
// face kerns, without shaping it.
func estimatedWidth(s string, style fyne.TextStyle, size float32) float32 {
	widthsMu.Lock()
	defer widthsMu.Unlock()
	return textWidths(theme.Current().Font(style), style, size).width(s)
}

// width is the estimated width of s: its letters' advances added up.
func (w *runeWidths) width(s string) float32 {
	var total float32
	for _, r := range s {
		total += w.letter(r)
	}
	return total
}

// letter is r's advance: from the face, or measured by Fyne where the face
// has no glyph for it (Fyne draws it in a fallback font).
func (w *runeWidths) letter(r rune) float32 {
	if a, ok := w.advance[r]; ok {
		return a
	}
	a, ok := float32(0), false
	if w.font != nil {
		if g, err := w.font.GlyphIndex(&w.buf, r); err == nil && g != 0 {
			if adv, err := w.font.GlyphAdvance(&w.buf, g, w.ppem, font.HintingNone); err == nil {
				a, ok = float32(adv)/64, true
			}
		}
	}
	if !ok {
		a = fyne.MeasureText(string(r), w.size, w.style).Width
	}
	w.advance[r] = a
	return a
}
