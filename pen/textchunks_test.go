package pen

import (
	"math/rand"
	"slices"
	"testing"
)

// TestLabelsFromPiecesAreLabelsRasterisedWhole: a label put together
// from pieces rasterised apart has, row for row and pixel for pixel, the
// coverage of the label rasterised whole: for kerned pairs, glyphs that
// reach under their neighbours, accents, quotes, and a thousand random
// strings, at sizes from 8 to 41 pixels, fractional ones among them. Most
// labels are cut into several pieces, and pieces are shared.
func TestLabelsFromPiecesAreLabelsRasterisedWhole(t *testing.T) {
	f, err := loadFont()
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{
		"AVATAR Wa To Ty LT P. Y, r, y. f) fj Tj ff fi ffl gjy _j (j) [W]",
		"Event 12345: talks and letters", "Géneva — Zürich, “Algiers” ‘99’ ñ ø Ω ∑ →",
		"  two  spaces  ", " ", "", "j", "ij", "W", "Iran–U.S. Claims Tribunal (1981–)",
	}
	rng := rand.New(rand.NewSource(7))
	const alphabet = " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?()[]{}'\"-–—/\\&*_|@#%éüñ“”"
	letters := []rune(alphabet)
	for range 1000 {
		b := make([]rune, 1+rng.Intn(30))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		bodies = append(bodies, string(b))
	}
	sizes := []float64{8, 11, 12, 13.5, 15, 18, 24, 27.25, 41}
	cut, labels := 0, 0
	for i, body := range bodies {
		for j, size := range sizes {
			if i >= 11 && (i+j)%3 != 0 { // random strings: a third of the sizes each
				continue
			}
			key := spriteKey{f, size, 64, body, 0}
			whole, joined := rasteriseWhole(key), rasteriseText(key)
			if !sameSprite(whole, joined) {
				t.Fatalf("%q at %g px: put together from pieces it covers other pixels than rasterised whole", body, size)
			}
			if glyphs, ok := placeGlyphs(key); ok && len(cutIntoPieces(body, glyphs)) > 1 {
				cut++
			}
			labels++
		}
	}
	if cut < labels/2 {
		t.Errorf("only %d labels of %d were cut into pieces", cut, labels)
	}
}

// sameSprite reports whether two sprites cover the same pixels alike.
func sameSprite(a, b *textSprite) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.box != b.box && !(a.box.Empty() && b.box.Empty()) {
		return false
	}
	cover := func(s *textSprite) map[[2]int]uint16 {
		m := map[[2]int]uint16{}
		var add func(s *textSprite, dx int)
		add = func(s *textSprite, dx int) {
			for _, p := range s.parts {
				add(p.sprite, dx+p.dx)
			}
			for _, r := range s.rows {
				for i, c := range r.coverage {
					if c == 0 {
						continue
					}
					at := [2]int{int(r.y), dx + int(r.x0) + i}
					if _, twice := m[at]; twice {
						m[at] = 0 // two parts share a pixel: not the same
					} else {
						m[at] = c
					}
				}
			}
		}
		add(s, 0)
		return m
	}
	ca, cb := cover(a), cover(b)
	if len(ca) != len(cb) {
		return false
	}
	for k, v := range ca {
		if cb[k] != v {
			return false
		}
	}
	return true
}

// TestCuttingNeedsAGap: two glyphs that share a pixel column stay in one
// piece, and every piece of a label has ink.
func TestCuttingNeedsAGap(t *testing.T) {
	f, err := loadFont()
	if err != nil {
		t.Fatal(err)
	}
	key := spriteKey{f, 12, 64, "ff a  b", 0}
	glyphs, ok := placeGlyphs(key)
	if !ok {
		t.Fatal("glyphs not placed")
	}
	var bodies []string
	for _, p := range cutIntoPieces(key.body, glyphs) {
		bodies = append(bodies, p.body)
	}
	if glyphs[0].endCol <= glyphs[1].firstCol {
		t.Fatalf("the two f's do not share a column (%+v): choose another pair", glyphs[:2])
	}
	if !slices.Equal(bodies, []string{"ff", "a", "b"}) {
		t.Errorf("pieces %q, want [ff a b]", bodies)
	}
}
