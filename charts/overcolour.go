package charts

import (
	"encoding/binary"
	"image/color"
)

// overColour is a colour ready to be drawn over pixels with the arithmetic
// of freetype's RGBAPainter drawing over, to the bit: what the drawing
// context paints texts and strokes with, for the pen's own painting of
// sprites and straight strokes.
type overColour struct {
	r, g, b, a uint32 // premultiplied, 16 bits a channel
	solid      uint32 // the colour as a pixel's four bytes
	full       uint16 // the coverage that paints the colour itself: full, or none for a translucent colour
}

// overColourOf readies c for drawing over.
func overColourOf(c color.Color) overColour {
	r, g, b, a := c.RGBA()
	const m = 1<<16 - 1
	oc := overColour{r: r, g: g, b: b, a: a, solid: r>>8 | g>>8<<8 | b>>8<<16 | a>>8<<24}
	if a == m {
		oc.full = m // the painter's arithmetic gives the colour itself
	}
	return oc
}

// overRow draws the colour over the pixels that pix starts with, the
// i-th with coverage[i] (0 to 0xffff). Coverage 0 leaves a pixel alone, as
// the painter does.
func (c *overColour) overRow(pix []uint8, coverage []uint16) {
	c.overPixels(pix, len(coverage), coverage, 0)
}

// overRun draws the colour over the n pixels that pix starts with, each
// with coverage alpha.
func (c *overColour) overRun(pix []uint8, n int, alpha uint16) {
	c.overPixels(pix, n, nil, alpha)
}

// overPixels draws the colour over the n pixels that pix starts with,
// with the coverage coverage gives each, or alpha when it is nil.
func (c *overColour) overPixels(pix []uint8, n int, coverage []uint16, alpha uint16) {
	const m = 1<<16 - 1
	pix = pix[:4*n]
	for i := range n {
		if coverage != nil {
			alpha = coverage[i]
		}
		if alpha == 0 {
			continue
		}
		p := pix[i*4 : i*4+4 : i*4+4]
		if alpha == c.full {
			binary.LittleEndian.PutUint32(p, c.solid)
			continue
		}
		a := uint32(alpha)
		keep := (m - c.a*a/m) * 0x101
		p[0] = uint8((uint32(p[0])*keep + c.r*a) / m >> 8)
		p[1] = uint8((uint32(p[1])*keep + c.g*a) / m >> 8)
		p[2] = uint8((uint32(p[2])*keep + c.b*a) / m >> 8)
		p[3] = uint8((uint32(p[3])*keep + c.a*a) / m >> 8)
	}
}
