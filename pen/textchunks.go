package pen

import (
	"image"
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// Most glyphs of a label stand apart: no pixel column holds ink of two of
// them. The rasteriser sweeps each row left to right, and the coverage it
// carries along a row comes back to nothing past the last edge of a
// closed outline, so where every cell of the glyphs before a point lies
// left of every cell of the glyphs after it, the label's rows are the
// rows of the two parts side by side. A new label is therefore put
// together from pieces already rasterised, each piece a run of touching
// glyphs at its offset within a pixel (one of 64), and only pieces never
// seen before are rasterised: the first view of a thousand labels costs
// little more than their layout.

// glyphShape is what cutting a label into pieces needs of a glyph at one
// size: its advance, and how far left and right its outline's points
// (on and off the curve, which hold the curve) reach from its origin.
type glyphShape struct {
	index      truetype.Index
	advance    fixed.Int26_6
	minX, maxX fixed.Int26_6
	ink        bool // false for a glyph with no outline, a space
}

// glyphFace holds the shapes of the glyphs used at one font and scale:
// those of ASCII in a table, the others in a map.
type glyphFace struct {
	mu     sync.Mutex
	ascii  [128]glyphShape
	loaded [128]bool
	shapes map[rune]glyphShape
	buf    truetype.GlyphBuf
}

type faceKey struct {
	font  *truetype.Font
	scale fixed.Int26_6
}

var (
	glyphFacesMu sync.Mutex
	glyphFaces   = map[faceKey]*glyphFace{}
)

// maxGlyphFaces is how many sizes of type glyphFaces holds at most.
const maxGlyphFaces = 64

func glyphFaceFor(f *truetype.Font, scale fixed.Int26_6) *glyphFace {
	glyphFacesMu.Lock()
	defer glyphFacesMu.Unlock()
	k := faceKey{f, scale}
	if gf, ok := glyphFaces[k]; ok {
		return gf
	}
	if len(glyphFaces) >= maxGlyphFaces {
		clear(glyphFaces) // exports at many scales: start again
	}
	gf := &glyphFace{shapes: map[rune]glyphShape{}}
	glyphFaces[k] = gf
	return gf
}

// shape returns r's glyph shape, loading it the first time; ok is false
// when the font cannot load it. gf.mu is held.
func (gf *glyphFace) shape(f *truetype.Font, scale fixed.Int26_6, r rune) (glyphShape, bool) {
	if r >= 0 && r < 128 && gf.loaded[r] {
		return gf.ascii[r], true
	}
	if s, ok := gf.shapes[r]; ok {
		return s, true
	}
	g := f.Index(r)
	if err := gf.buf.Load(f, scale, g, font.HintingNone); err != nil {
		return glyphShape{}, false
	}
	s := glyphShape{index: g, advance: f.HMetric(scale, g).AdvanceWidth, ink: len(gf.buf.Points) > 0}
	for i, p := range gf.buf.Points {
		if i == 0 || p.X < s.minX {
			s.minX = p.X
		}
		if i == 0 || p.X > s.maxX {
			s.maxX = p.X
		}
	}
	if r >= 0 && r < 128 {
		gf.ascii[r], gf.loaded[r] = s, true
	} else {
		gf.shapes[r] = s
	}
	return s, true
}

// placedGlyph is a glyph of a label where the label puts it, 64ths of a
// pixel right of the label's origin, and the pixel columns its cells can
// fall in.
type placedGlyph struct {
	at               fixed.Int26_6
	firstCol, endCol int // endCol is one past the last
	ink              bool
	byte0, byte1     int // where its rune is in the label's body
}

// placeGlyphs sets out body's glyphs as addTextOutline does, advance and
// kerning for kerning.
func placeGlyphs(key spriteKey) ([]placedGlyph, bool) {
	scale := fixed.Int26_6(key.size * key.dpi)
	gf := glyphFaceFor(key.font, scale)
	gf.mu.Lock()
	defer gf.mu.Unlock()
	out := make([]placedGlyph, 0, len(key.body))
	var at fixed.Int26_6
	var prev truetype.Index
	for i, r := range key.body {
		s, ok := gf.shape(key.font, scale, r)
		if !ok {
			return nil, false
		}
		if len(out) > 0 {
			at += key.font.Kern(scale, prev, s.index)
			out[len(out)-1].byte1 = i
		}
		out = append(out, placedGlyph{at: at, firstCol: int((at + s.minX) >> 6), endCol: int((at+s.maxX)>>6) + 1, ink: s.ink, byte0: i})
		at += s.advance
		prev = s.index
	}
	if len(out) > 0 {
		out[len(out)-1].byte1 = len(key.body)
	}
	return out, true
}

// textPiece is a run of a label's glyphs that touch: its text, and where
// it starts.
type textPiece struct {
	body string
	at   fixed.Int26_6
}

// cutIntoPieces cuts a label between two glyphs wherever every glyph
// before the cut ends, column for column, left of every glyph after it,
// and leaves out the pieces with no ink (spaces). A label that cannot be
// cut comes back whole.
func cutIntoPieces(body string, glyphs []placedGlyph) []textPiece {
	const none = int(^uint(0) >> 1)
	n := len(glyphs)
	firstAfter := make([]int, n+1) // the leftmost column of the glyphs from i on
	firstAfter[n] = none
	for i := n - 1; i >= 0; i-- {
		firstAfter[i] = firstAfter[i+1]
		if glyphs[i].ink {
			firstAfter[i] = min(firstAfter[i], glyphs[i].firstCol)
		}
	}
	pieces := make([]textPiece, 0, n)
	start, endBefore, inked := 0, -none, false
	flush := func(end int) {
		if inked {
			pieces = append(pieces, textPiece{body[glyphs[start].byte0:glyphs[end-1].byte1], glyphs[start].at})
		}
	}
	for i, g := range glyphs {
		if i > start && endBefore <= firstAfter[i] {
			flush(i)
			start, inked = i, false
		}
		if g.ink {
			endBefore, inked = max(endBefore, g.endCol), true
		}
	}
	if n > 0 {
		flush(n)
	}
	return pieces
}

// glyphPieces holds the rasterised pieces of labels, apart from the
// labels: about 2 bytes a pixel, 8 MB a generation at most.
var glyphPieces = newSpriteCache[spriteKey](4<<20, rasteriseWhole)

// rasteriseText returns key's sprite, put together from its pieces where
// it has more than one, else rasterised whole.
func rasteriseText(key spriteKey) *textSprite {
	glyphs, ok := placeGlyphs(key)
	if !ok {
		return rasteriseWhole(key)
	}
	pieces := cutIntoPieces(key.body, glyphs)
	if len(pieces) < 2 {
		return rasteriseWhole(key)
	}
	keys := make([]spriteKey, len(pieces))
	shifts := make([]int, len(pieces))
	for i, p := range pieces {
		keys[i] = spriteKey{key.font, key.size, key.dpi, p.body, (key.offset + p.at) & 63}
		shifts[i] = int((key.offset + p.at) >> 6)
	}
	sprites := glyphPieces.each(keys)
	for _, s := range sprites {
		if s == nil {
			return rasteriseWhole(key)
		}
	}
	return joinSprites(sprites, shifts)
}

// joinSprites lays sprites side by side, each shifted right by its
// shift: a label made of its pieces, which are shared with every other
// label that has them, not copies. Their coverage never shares a pixel,
// so painting them one after another paints the label.
func joinSprites(sprites []*textSprite, shifts []int) *textSprite {
	out := &textSprite{parts: make([]spritePart, len(sprites))}
	for i, s := range sprites {
		out.parts[i] = spritePart{s, shifts[i]}
		out.box = out.box.Union(s.box.Add(image.Pt(shifts[i], 0)))
		out.pixels += s.pixels
	}
	return out
}
