// Command minimal is the floor for Backchannel's startup benchmark: the
// smallest Fyne window that paints something, built the same way. It
// reports its first painted frame on standard error.
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

	_ "backchannel/internal/sanelocale"
)

func main() {
	a := fyneapp.NewWithID("org.backchannel.minimal")
	w := a.NewWindow("Minimal")
	var once sync.Once
	w.SetContent(canvas.NewRaster(func(wd, ht int) image.Image {
		once.Do(func() { fmt.Fprintln(os.Stderr, "first frame") })
		return image.NewUniform(color.White)
	}))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
