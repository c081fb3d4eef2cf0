package charts

import (
	"backchannel/pen"
	"image/color"
	"math"

	"backchannel/data"
)

// band colours: U.S. presidents, Iranian presidents, Supreme Leaders.
var bandBase = map[data.Band][3]uint8{
	data.BandUSPresident:   {0x5B, 0x72, 0x9C},
	data.BandIranPresident: {0x4F, 0x93, 0x86},
	data.BandIranLeader:    {0xA8, 0x86, 0x4E},
	data.BandGeneral:       {0x7A, 0x6A, 0x9C},
}

// BandColor is the fill of an era band of row b, blended into the theme's
// background: alt for every other era of its row (a little stronger),
// lanes for the faint tint a presidency casts behind the event lanes.
func (th Theme) BandColor(b data.Band, alt bool, lanes bool) pen.Box {
	c := bandBase[b]
	base := pen.Blend(rgb(c[0], c[1], c[2]), th.Background, 1)
	k := 0.22
	if alt {
		k = 0.34
	}
	if lanes {
		k = 0.045
		if alt {
			k = 0.09
		}
	}
	if th.StrongBands {
		k *= 1.4
	}
	return pen.Box{Fill: pen.Blend(base, th.Background, k)}
}

// drawBands adds the era bands: the rows on top, and faint presidencies
// behind the lanes.
func (tl TimelineChart) drawBands(l *TimelineLayout, v TimeView, bandRows map[data.Band]pen.Rect, th Theme) {
	for _, b := range data.Bands() {
		row, ok := bandRows[b]
		if !ok {
			continue
		}
		alt := false
		for _, era := range tl.Eras {
			if era.Band != b {
				continue
			}
			alt = !alt
			tl.drawBand(l, v, era, row, alt, th)
		}
	}
}

// drawBand adds one era's band, its edge and its name.
func (tl TimelineChart) drawBand(l *TimelineLayout, v TimeView, era data.Era, row pen.Rect, alt bool, th Theme) {
	sc := &l.Scene
	width := sc.Width
	b := era.Band
	x0, x1 := v.X(era.Start.Begin(), width), width+1
	if !era.Open() {
		x1 = v.X(era.Until(), width)
	}
	if x1 <= 0 || x0 >= width {
		return
	}
	x0, x1 = math.Max(x0, 0), math.Min(x1, width)
	r := pen.Rect{X: x0, Y: row.Y, W: x1 - x0, H: row.H}
	fill := th.BandColor(b, alt, false)
	fill.Rect = r
	sc.Boxes = append(sc.Boxes, fill)
	if b == data.BandUSPresident {
		behind := th.BandColor(b, alt, true)
		behind.Rect = pen.Rect{X: x0, Y: l.Lanes.Y, W: x1 - x0, H: l.AxisY - l.Lanes.Y}
		sc.Boxes = append(sc.Boxes, behind)
	}
	if x0 > 0 {
		// An edge where one era follows another keeps neighbours apart.
		sc.Lines = append(sc.Lines, pen.Line{X1: x0, Y1: r.Y, X2: x0, Y2: r.Y + r.H, Width: th.Stroke, Color: th.Muted})
	}
	l.Bands = append(l.Bands, BandHit{Era: era, Rect: r})
	size := th.TickSize
	if (b == data.BandUSPresident || b == data.BandGeneral) && row.H >= th.LabelSize*1.5 {
		size = th.LabelSize // a thinned row names its eras at the tick labels' size
	}
	// The label stays at the left of the visible part of its band.
	if name := pen.Ellipsize(era.Name, size, r.W-size); len([]rune(name)) > 1 {
		sc.Texts = append(sc.Texts, pen.Text{X: r.X + size*0.5, Y: r.Y + r.H/2 + pen.CapHeight(size)/2, Body: name, Size: size, Color: th.Text})
	}
}

func hasBand(eras []data.Era, b data.Band) bool {
	for _, e := range eras {
		if e.Band == b {
			return true
		}
	}
	return false
}

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{r, g, b, 0xFF} }
