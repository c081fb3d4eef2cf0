// Command minimal is the floor for Backchannel's startup benchmark: Fyne's
// hello-world window (a label), built the same way, with a small raster
// beside it that reports the first painted frame on standard error.
package main

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	_ "backchannel/internal/sanelocale"
)

func main() {
	a := fyneapp.NewWithID("org.backchannel.minimal")
	w := a.NewWindow("Minimal")
	var once sync.Once
	mark := canvas.NewRaster(func(wd, ht int) image.Image {
		once.Do(func() { fmt.Fprintln(os.Stderr, "first frame") })
		return image.NewUniform(color.White)
	})
	w.SetContent(container.NewBorder(widget.NewLabel("Hello Fyne!"), nil, nil, nil, mark))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
