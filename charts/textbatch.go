package charts

import (
	"image"
	"image/color"
)

// placedSprite is a text of a scene ready to replay: its sprite, where
// its origin falls on the image, and its colour.
type placedSprite struct {
	sprite *textSprite
	at     image.Point
	color  color.Color // as the pen's in-place text has it: go-chart's colour
}

// paintTextBatch paints texts from the sprite cache, the image cut into
// one band of rows per core, each band painted by its own goroutine in
// the texts' order: a pixel is painted by one goroutine only, in the
// order the texts come, so the picture is the one painting them one by
// one gives. It first has the cache rasterise the texts it lacks. It
// reports false, painting nothing, when a text must be drawn in place
// (one the cache cannot hold, or one cut by the image's edge): the pen
// then paints them one by one.
func (p *rasterPen) paintTextBatch(texts []Text, scale float64, px func(float64) int) bool {
	if p.sprites == nil {
		return false
	}
	keys := make([]spriteKey, 0, len(texts))
	for _, t := range texts {
		if t.Body != "" {
			keys = append(keys, spriteKey{p.font, t.Size * scale, p.dpi, t.Body})
		}
	}
	sprites := p.sprites.all(keys)
	placed := make([]placedSprite, 0, len(keys))
	bounds := p.img.Bounds()
	k := 0
	for _, t := range texts {
		if t.Body == "" {
			continue
		}
		s := sprites[k]
		k++
		at := image.Pt(px(t.Left()), px(t.Y))
		if s == nil || !s.box.Add(at).In(bounds) {
			return false
		}
		placed = append(placed, placedSprite{s, at, drawingColor(t.Color)})
	}
	inRowBands(bounds, bounds.Dy()/64, func(band image.Rectangle) {
		paintSpritesInBand(p.img, band, placed)
	})
	return true
}

// paintSpritesInBand replays the rows of each sprite that fall in band.
func paintSpritesInBand(img *image.RGBA, band image.Rectangle, placed []placedSprite) {
	for _, ps := range placed {
		box := ps.sprite.box.Add(ps.at)
		if box.Max.Y <= band.Min.Y || box.Min.Y >= band.Max.Y {
			continue
		}
		ps.sprite.blend(img, band, ps.at, ps.color)
	}
}

// blend paints the sprite with its origin at at, in colour c, over the
// part of img inside clip.
func (s *textSprite) blend(img *image.RGBA, clip image.Rectangle, at image.Point, c color.Color) {
	cr, cg, cb, ca := c.RGBA()
	for _, r := range s.runs {
		blendRun(img, clip, int(r.y)+at.Y, int(r.x0)+at.X, int(r.x1)+at.X, uint32(r.alpha), cr, cg, cb, ca)
	}
}

// blendRun paints one run of coverage alpha (0 to 0xffff) over the pixels
// x0 to x1 of row y, clipped to clip, in the 16-bit premultiplied colour
// cr, cg, cb, ca. It is the arithmetic of freetype's RGBAPainter drawing
// over, to the bit, with what is the same along the run worked out once.
func blendRun(img *image.RGBA, clip image.Rectangle, y, x0, x1 int, alpha, cr, cg, cb, ca uint32) {
	if y < clip.Min.Y || y >= clip.Max.Y {
		return
	}
	x0, x1 = max(x0, clip.Min.X), min(x1, clip.Max.X)
	if x0 >= x1 {
		return
	}
	const m = 1<<16 - 1
	keep := (m - ca*alpha/m) * 0x101
	r, g, b, a := cr*alpha, cg*alpha, cb*alpha, ca*alpha
	i0 := (y-img.Rect.Min.Y)*img.Stride + (x0-img.Rect.Min.X)*4
	pix := img.Pix[i0 : i0+(x1-x0)*4]
	for i := 0; i+4 <= len(pix); i += 4 {
		p := pix[i : i+4 : i+4]
		p[0] = uint8((uint32(p[0])*keep + r) / m >> 8)
		p[1] = uint8((uint32(p[1])*keep + g) / m >> 8)
		p[2] = uint8((uint32(p[2])*keep + b) / m >> 8)
		p[3] = uint8((uint32(p[3])*keep + a) / m >> 8)
	}
}
