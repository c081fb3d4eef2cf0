package views

import (
	"backchannel/pen"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// SceneView shows whatever scene its draw function lays out for its size,
// painted sharp at the window's pixel size: a caption card, a chart slide.
type SceneView struct {
	widget.BaseWidget

	// OnPainted, when set, is called after each frame is painted.
	OnPainted func()

	draw   func(width, height float64) pen.Scene
	raster *canvas.Raster
	pixels sceneRaster
}

// NewSceneView returns a view painted by draw.
func NewSceneView(draw func(width, height float64) pen.Scene) *SceneView {
	v := &SceneView{draw: draw}
	v.raster = canvas.NewRaster(v.paint)
	v.ExtendBaseWidget(v)
	return v
}

// Scene returns what the view draws at its current size.
func (v *SceneView) Scene() pen.Scene {
	s := v.Size()
	return v.draw(float64(s.Width), float64(s.Height))
}

func (v *SceneView) paint(w, h int) image.Image {
	scale := pixelScale(v.Size(), w)
	sc := v.draw(float64(w)/scale, float64(h)/scale)
	img := v.pixels.paint(sc, scale, w, h)
	if v.OnPainted != nil {
		v.OnPainted()
	}
	return img
}

// MinSize implements fyne.Widget.
func (v *SceneView) MinSize() fyne.Size { return fyne.NewSize(200, 120) }

// CreateRenderer implements fyne.Widget.
func (v *SceneView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.raster)
}
