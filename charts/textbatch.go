package charts

import (
	"encoding/binary"
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

// paintTextBatch paints texts from the frame's sprites (or the sprite
// cache, which first rasterises the texts it lacks) over the pen's rows,
// which a whole-image pen cuts into one band per core, each band painted
// by its own goroutine in the texts' order: a pixel is painted by one
// goroutine only, in the order the texts come, so the picture is the one
// painting them one by one gives. It reports false, painting nothing,
// when a text must be drawn in place (one the cache cannot hold, or one
// cut by the image's edge): the pen then paints them one by one.
func (p *rasterPen) paintTextBatch(texts []Text, scale float64, px func(float64) int) bool {
	if p.sprites == nil && p.ready == nil {
		return false
	}
	keys := make([]spriteKey, 0, len(texts))
	for _, t := range texts {
		if t.Body != "" {
			keys = append(keys, spriteKey{p.font, t.Size * scale, p.dpi, t.Body, 0})
		}
	}
	var sprites []*textSprite
	if p.ready != nil {
		sprites = make([]*textSprite, len(keys))
		for i, k := range keys {
			sprites[i] = p.ready[k]
		}
	} else {
		sprites = p.sprites.all(keys)
	}
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
	inRowBands(p.clip, min(p.bands, p.clip.Dy()/64), func(band image.Rectangle) {
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
// part of img inside clip, with the arithmetic of freetype's RGBAPainter
// drawing over, to the bit: a pixel the rasteriser would have left alone
// is left alone, and a fully covered pixel under an opaque colour takes
// the colour, as that arithmetic gives.
func (s *textSprite) blend(img *image.RGBA, clip image.Rectangle, at image.Point, c color.Color) {
	cr, cg, cb, ca := c.RGBA()
	const m = 1<<16 - 1
	full := uint16(m) // coverage painted with the colour itself
	if ca != m {
		full = 0 // a translucent colour is always blended
	}
	solid := uint32(cr>>8) | uint32(cg>>8)<<8 | uint32(cb>>8)<<16 | uint32(ca>>8)<<24
	for _, row := range s.rows {
		y := int(row.y) + at.Y
		if y < clip.Min.Y || y >= clip.Max.Y {
			continue
		}
		x0 := int(row.x0) + at.X
		cov := row.coverage
		if x0 < clip.Min.X {
			cov = cov[min(len(cov), clip.Min.X-x0):]
			x0 = clip.Min.X
		}
		if over := x0 + len(cov) - clip.Max.X; over > 0 {
			cov = cov[:max(0, len(cov)-over)]
		}
		i0 := (y-img.Rect.Min.Y)*img.Stride + (x0-img.Rect.Min.X)*4
		pix := img.Pix[i0 : i0+len(cov)*4]
		for i, alpha := range cov {
			if alpha == 0 {
				continue
			}
			p := pix[i*4 : i*4+4 : i*4+4]
			if alpha == full {
				binary.LittleEndian.PutUint32(p, solid)
				continue
			}
			a := uint32(alpha)
			keep := (m - ca*a/m) * 0x101
			p[0] = uint8((uint32(p[0])*keep + cr*a) / m >> 8)
			p[1] = uint8((uint32(p[1])*keep + cg*a) / m >> 8)
			p[2] = uint8((uint32(p[2])*keep + cb*a) / m >> 8)
			p[3] = uint8((uint32(p[3])*keep + ca*a) / m >> 8)
		}
	}
}
