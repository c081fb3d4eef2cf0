package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/pen"
)

// ChannelIcon is a channel's timeline marker, its shape and colour, as a
// small image for legends, chips and the detail pane.
func ChannelIcon(ch data.Channel, th charts.Theme, size float32) *canvas.Image {
	const scale = 3 // painted at three times the size, to stay sharp when scaled
	s := float64(size)
	sc := pen.Scene{Width: s, Height: s, Background: th.Background}
	sc.Shapes = []pen.Shape{th.Mark(charts.MarkerShape(ch, s/2, s/2, s*0.36), th.ChannelColor(ch))}
	img, err := pen.RenderImage(sc, scale)
	var icon *canvas.Image
	if err == nil {
		icon = canvas.NewImageFromImage(img)
	} else {
		icon = canvas.NewImageFromResource(nil)
	}
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(size, size))
	return icon
}
