package app

import (
	"backchannel/charts"
	"backchannel/documents"
)

// This file holds what a lecturer takes to class from the window: the
// handout, the slides and the tour film, each of the events shown.

// tourFilmSize is the size, in pixels, of the tour film the window exports.
var tourFilmSize = [2]int{960, 540}

// exportTourFilm asks where to save the presentation of the events shown
// as a film (an animated GIF in the projector theme, four seconds an
// event), then makes it in the background.
func (w *Window) exportTourFilm() {
	if len(w.Shown) == 0 {
		w.showInformation("Nothing to film", "No event passes the filters. Clear them (Ctrl+R) and try again.")
		return
	}
	req := w.exportRequest(charts.Tour, documents.GIF, tourFilmSize[0], tourFilmSize[1], 1, charts.Projector)
	req.SecondsPerEvent = 4
	w.askWhereToExport(req)
}

// slidesSize is the size, in points, of the slides the window exports:
// 16:9, as a projector shows them.
var slidesSize = [2]int{1280, 720}

// exportSlides asks where to save the presentation of the events shown as
// a PDF, a page a step then the two charts, in the window's theme.
func (w *Window) exportSlides() {
	if len(w.Shown) == 0 {
		w.showInformation("No slides to make", "No event passes the filters. Clear them (Ctrl+R) and try again.")
		return
	}
	w.askWhereToExport(w.exportRequest(charts.Slides, documents.PDF, slidesSize[0], slidesSize[1], 1, w.Theme))
}

// exportHandout asks where to save the handout of the events shown, on
// paper, for students to print: the title page, the charts, every event
// and the sources.
func (w *Window) exportHandout(paper documents.Paper, withNotes bool) {
	if len(w.Shown) == 0 {
		w.showInformation("No handout to make", "No event passes the filters. Clear them (Ctrl+R) and try again.")
		return
	}
	req := w.exportRequest(charts.Handout, documents.PDF, 1, 1, 1, charts.Light)
	req.Paper, req.Notes = paper, withNotes
	w.askWhereToExport(req)
}
