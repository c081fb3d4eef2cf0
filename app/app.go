// Package app is the running Backchannel application: its window, menus
// and state, wiring the dataset to the charts and views.
package app

import (
	"fyne.io/fyne/v2"

	"backchannel/data"
)

// Run opens the main window on ds and runs until it closes.
func Run(a fyne.App, ds *data.Dataset) {
	w := a.NewWindow("Backchannel")
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
