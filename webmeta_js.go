//go:build js

package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
)

// In a browser, Fyne's web driver hands the app its input (keys, clicks,
// focus) on the goroutine that runs the page's callbacks, not on the one
// Fyne calls its main goroutine, so every change a key makes would be
// reported as made off Fyne's thread and moved, late and out of order,
// onto it: the status line lagged the selection. A page runs one
// goroutine at a time, so the two cannot race there; the app says it
// calls fyne.Do where it must (the desktop build keeps Fyne's checks on,
// and its tests find no call off the thread), and Fyne runs each change
// where and when it is made.
func init() {
	fyneapp.SetMetadata(fyne.AppMetadata{ID: AppID, Name: "Backchannel", Version: version(),
		Migrations: map[string]bool{"fyneDo": true}})
}
