package pen

import (
	"encoding/binary"
	"image/color"
	"sync"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// overColour is a colour ready to be drawn over pixels with the arithmetic
// of freetype's RGBAPainter drawing over, to the bit: what the drawing
// context paints texts and strokes with, for the pen's own painting of
// sprites and straight strokes.
type overColour struct {
	r, g, b, a   uint32          // premultiplied, 16 bits a channel
	solid        uint32          // the colour as a pixel's four bytes
	full         uint16          // the coverage that paints the colour itself: full, or none for a translucent colour
	onBackground *overBackground // the colour over the picture's background, at every coverage; or nil
}

// overBackground is what a colour drawn over one background colour gives
// at each of the rasteriser's 4096 coverages. Texts mostly lie on the
// picture's background: there a lookup stands for the sum.
type overBackground struct {
	under uint32 // the background, as a pixel's four bytes
	out   [4096]uint32
}

// readiedColours holds the colours of the last frames readied for
// drawing over their backgrounds, by colour and background: read without
// a lock by every band of a frame, added to under one.
var readiedColours struct {
	held  sync.Map // [5]uint32 → *overColour
	mu    sync.Mutex
	count int // how many held, under mu
}

// onBackground returns c readied for drawing over, with its sums over the
// background under: for coverage the rasteriser made (a 12-bit coverage
// c widened to 16 bits as c<<4 | c>>8), which a sprite's is. Readied
// colours are shared and never change.
func onBackground(c color.Color, under color.RGBA) *overColour {
	oc := overColourOf(c)
	pixel := uint32(under.R) | uint32(under.G)<<8 | uint32(under.B)<<16 | uint32(under.A)<<24
	key := [5]uint32{oc.r, oc.g, oc.b, oc.a, pixel}
	if held, ok := readiedColours.held.Load(key); ok {
		return held.(*overColour)
	}
	readiedColours.mu.Lock()
	defer readiedColours.mu.Unlock()
	if held, ok := readiedColours.held.Load(key); ok {
		return held.(*overColour)
	}
	if readiedColours.count >= 64 {
		readiedColours.held.Clear()
		readiedColours.count = 0
	}
	// Every coverage drawn over a row of background pixels, in one go.
	var coverage [4096]uint16
	var row [4 * 4096]uint8
	for a := range coverage {
		coverage[a] = uint16(a<<4 | a>>8)
		binary.LittleEndian.PutUint32(row[4*a:], pixel)
	}
	oc.overRow(row[:], coverage[:])
	ob := &overBackground{under: pixel}
	for a := range ob.out {
		ob.out[a] = binary.LittleEndian.Uint32(row[4*a:])
	}
	ready := &overColour{}
	*ready = oc
	ready.onBackground = ob
	readiedColours.held.Store(key, ready)
	readiedColours.count++
	return ready
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
		if ob := c.onBackground; ob != nil && binary.LittleEndian.Uint32(p) == ob.under {
			binary.LittleEndian.PutUint32(p, ob.out[alpha>>4])
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

// overColourFor returns c readied for drawing over the pen's picture.
func (p *rasterPen) overColourFor(c drawing.Color) *overColour {
	return onBackground(c, p.background)
}
