package views

import (
	"backchannel/pen"
	"image"
	"image/color"

	"fyne.io/fyne/v2"
)

// sceneRaster paints charts scenes for a canvas.Raster, at the raster's
// own pixel size, into two buffers used in turn: one can still be on its
// way to the screen while the other is painted.
type sceneRaster struct {
	buffers [2]*image.RGBA
	next    int
}

// pixelScale is how many raster pixels a widget unit holds: the canvas
// scale, which makes pictures sharp on high-density screens.
func pixelScale(size fyne.Size, pixelWidth int) float64 {
	if size.Width <= 0 {
		return 1
	}
	return float64(pixelWidth) / float64(size.Width)
}

// paint renders s, laid out in widget units, into a w×h buffer at scale.
// It must be called from one goroutine at a time (Fyne's painter).
func (r *sceneRaster) paint(s pen.Scene, scale float64, w, h int) image.Image {
	buf := r.buffers[r.next]
	if buf == nil || buf.Rect.Dx() != w || buf.Rect.Dy() != h {
		buf = image.NewRGBA(image.Rect(0, 0, w, h))
		r.buffers[r.next] = buf
	}
	r.next = 1 - r.next
	if err := pen.RenderInto(buf, s, scale); err != nil {
		bg := s.Background
		return image.NewUniform(color.RGBA{bg.R, bg.G, bg.B, 0xFF})
	}
	return buf
}
