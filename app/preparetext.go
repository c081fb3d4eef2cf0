package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Before the window can lay out a word, Fyne reads its type: the text
// face, its fallbacks and the system's font list, about a tenth of a
// second. PrepareText has that done on another core while the program
// loads its dataset and makes its window, and the window waits for it
// before it measures any text, so the reading is done once.

var text struct {
	once  sync.Once
	ready chan struct{} // closed when the type is read; nil if never asked
}

// PrepareText starts reading the regular and bold faces the window's
// text is measured and drawn in, once the Fyne app exists.
func PrepareText() {
	text.once.Do(func() {
		text.ready = make(chan struct{})
		go func() {
			defer close(text.ready)
			for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
				fyne.MeasureText("Backchannel", theme.TextSize(), style)
			}
		}()
	})
}

// waitForText waits for the type PrepareText is reading, if it was asked.
func waitForText() {
	if text.ready != nil {
		<-text.ready
	}
}
