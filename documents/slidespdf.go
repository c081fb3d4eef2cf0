package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"fmt"
	"io"

	"backchannel/data"
)

// WriteSlidesPDF writes a presentation of events as a PDF: one 16:9 page
// (width×height points) a step, as presentation mode shows it (the
// timeline with the event selected over its caption card), then the two
// charts, in theme th. The steps come in the order of events; a
// lecture's steps (steps, nil for none) glide to their own stretches of
// time. The font is embedded, the text selectable.
func WriteSlidesPDF(w io.Writer, ds *data.Dataset, events []*data.Event, steps []data.TourStep, width, height float64, filterText string, th charts.Theme, rows charts.Rows) error {
	if len(events) == 0 {
		return fmt.Errorf("no event passes the filters: nothing to make slides of")
	}
	pdf, err := pen.NewPDF(ds.Title, width, height)
	if err != nil {
		return err
	}
	ix := charts.NewTimelineIndex(events)
	tl := presentedTimeline(ds, ix, rows)
	slides := float64(len(ix.Events) + 2)
	at, views := slideSteps(ix, events, steps, tl.Whole)
	for k, e := range events {
		tl.Selected, tl.View = at[k], views[k]
		if err := pen.AddPDFPage(pdf, charts.SlideScene(tl, charts.CardFor(ds, *e), width, height, float64(k+1)/slides, th)); err != nil {
			return err
		}
	}
	for _, k := range []charts.Kind{charts.Decades, charts.Channels} {
		bc := charts.NewBarChart(k, ds, ix.Events, filterText)
		if err := pen.AddPDFPage(pdf, bc.Layout(width, height, th).Scene); err != nil {
			return err
		}
	}
	_, err = pdf.WriteTo(w)
	return err
}
