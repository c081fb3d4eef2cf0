package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"backchannel/data"
	"backchannel/internal/files"
)

// Format is an export file format.
type Format string

// The export formats.
const (
	PNG  Format = "png"
	SVG  Format = "svg"
	CSV  Format = "csv"
	HTML Format = "html"
	GIF  Format = "gif" // the tour film
	PDF  Format = "pdf" // the slides
	// TimelineJS is the dataset as TimelineJS JSON, to publish with it.
	TimelineJS Format = "timelinejs"
)

// ParseFormat reads a -format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case PNG, SVG, CSV, HTML, GIF, PDF, TimelineJS:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want png, svg, csv, html, gif, pdf or timelinejs)", s)
}

// ExportRequest says what to export and how.
type ExportRequest struct {
	Kind          charts.Kind
	Format        Format
	Width, Height int     // logical pixels; the file is these times Scale
	Scale         float64 // 2 doubles pixels, type and strokes alike
	Theme         charts.Theme
	Filter        data.Filter
	FilterText    string          // how the filter reads in the caption; empty for none
	Today         float64         // today in decimal years, for the timeline's marker; 0 for none
	View          charts.TimeView // the timeline's stretch of time; a zero span fits the filter or the events
	// SecondsPerEvent is how long the tour film holds each event; 0 for 4.
	SecondsPerEvent float64
	// Progress, when not nil, hears how far a long export (the tour film)
	// has come, and stops it by returning false.
	Progress func(done, total int) bool
	// Paper is the handout's page size; zero for A4.
	Paper Paper
	// Rows is how the timelines share their lanes: packed, or a row per
	// channel or group.
	Rows charts.Rows
	// Tour, when not nil, chooses the events instead of Filter: a
	// lecture's steps in its order, or its own filters' events.
	Tour *data.Tour
	// Notes puts the lecturer's notes in the handout, for their own copy;
	// no other export ever shows them.
	Notes bool
}

// Export writes the requested picture or table of ds to w.
func Export(w io.Writer, ds *data.Dataset, req ExportRequest) error {
	if err := req.checkSize(); err != nil {
		return err
	}
	events := req.Filter.Apply(ds, ds.Events)
	var steps []data.TourStep
	if req.Tour != nil {
		events, steps = req.Tour.Presented(ds)
	}
	switch {
	case req.Kind == charts.Dataset:
		shown := *ds
		shown.Events = events
		switch req.Format {
		case CSV:
			return data.WriteDatasetCSV(w, &shown)
		case TimelineJS:
			return data.WriteTimelineJSJSON(w, &shown)
		}
		return fmt.Errorf("the dataset exports as csv or timelinejs, not %s", req.Format)
	case req.Kind == charts.Slides || req.Kind == charts.Handout || req.Format == PDF:
		return exportPDF(w, ds, events, steps, req)
	case req.Kind == charts.Tour || req.Format == GIF:
		return exportFilm(w, ds, events, steps, req)
	case req.Kind == charts.Page || req.Format == HTML:
		if req.Kind != charts.Page || req.Format != HTML {
			return fmt.Errorf("the web page is -chart page -format html; %s is not available as %s", req.Kind, req.Format)
		}
		return WritePage(w, ds, events, req)
	case req.Kind == charts.Timeline:
		switch req.Format {
		case CSV:
			return WriteEventsCSV(w, ds, events)
		case SVG:
			return pen.WriteSVG(w, ExportTimeline(ds, events, req).DescribedScene(float64(req.Width), float64(req.Height), req.Theme), req.Scale)
		default:
			return pen.WritePNG(w, ExportTimeline(ds, events, req).DescribedScene(float64(req.Width), float64(req.Height), req.Theme), req.Scale)
		}
	}
	bc := charts.NewBarChart(req.Kind, ds, events, req.FilterText)
	switch req.Format {
	case CSV:
		return WriteTallyCSV(w, req.Kind, bc.Tally)
	case SVG:
		return pen.WriteSVG(w, bc.DescribedScene(float64(req.Width), float64(req.Height), req.Theme), req.Scale)
	case PNG:
		return pen.WritePNG(w, bc.DescribedScene(float64(req.Width), float64(req.Height), req.Theme), req.Scale)
	}
	return fmt.Errorf("unknown format %q", req.Format)
}

// checkSize refuses a picture of no size, or too large to hold.
func (req ExportRequest) checkSize() error {
	if req.Width <= 0 || req.Height <= 0 {
		return fmt.Errorf("size %dx%d: want a width and height above zero", req.Width, req.Height)
	}
	if req.Scale <= 0 {
		return fmt.Errorf("scale %g: want a number above zero", req.Scale)
	}
	if px := float64(req.Width) * float64(req.Height) * req.Scale * req.Scale; px > 400e6 {
		return fmt.Errorf("size %dx%d at scale %g is %.0f megapixels: the most is 400", req.Width, req.Height, req.Scale, px/1e6)
	}
	return nil
}

// exportPDF writes the handout or the slides.
func exportPDF(w io.Writer, ds *data.Dataset, events []*data.Event, steps []data.TourStep, req ExportRequest) error {
	switch {
	case req.Format != PDF:
		return fmt.Errorf("the %s is a pdf, not %s", req.Kind, req.Format)
	case req.Kind == charts.Handout:
		paper := req.Paper
		if paper.Width == 0 {
			paper = A4
		}
		return WriteHandoutPDF(w, ds, events, req.FilterText, paper, req.Theme, req.Rows, req.Notes)
	case req.Kind == charts.Slides:
		return WriteSlidesPDF(w, ds, events, steps, float64(req.Width), float64(req.Height), req.FilterText, req.Theme, req.Rows)
	}
	return fmt.Errorf("the pdfs are -chart slides and -chart handout; %s is not available as pdf", req.Kind)
}

// exportFilm writes the tour film.
func exportFilm(w io.Writer, ds *data.Dataset, events []*data.Event, steps []data.TourStep, req ExportRequest) error {
	if req.Kind != charts.Tour || req.Format != GIF {
		return fmt.Errorf("the tour film is -chart tour -format gif; %s is not available as %s", req.Kind, req.Format)
	}
	secs := req.SecondsPerEvent
	if secs == 0 {
		secs = 4
	}
	if len(events) == 0 {
		return fmt.Errorf("no event passes the filters: nothing to make a tour of")
	}
	return WriteTourGIF(w, BuildTour(ds, events, steps, float64(req.Width), float64(req.Height), secs, req.Theme, req.Rows), req.Theme, req.Scale, req.Progress)
}

// WriteTallyCSV writes a tally with one row per decade or administration
// and one column per channel, then, where dialogue stands against
// pressure, a column for each side, then the total.
func WriteTallyCSV(w io.Writer, k charts.Kind, t data.Tally) error {
	cw := csv.NewWriter(w)
	first := "decade" // kept for decades, so that scripts reading it go on working
	switch {
	case k == charts.Channels && t.ByCategory:
		first = "group"
	case k == charts.Channels:
		first = "administration"
	case t.Period != nil && *t.Period != data.Decade:
		first = "period"
	}
	header := []string{first}
	for _, cat := range t.Categories {
		header = append(header, cat.ID)
	}
	if t.Diverges() {
		header = append(header, "dialogue", "pressure")
	}
	header = append(header, "total")
	if err := cw.Write(header); err != nil {
		return err
	}
	for r, label := range t.Rows {
		rec := []string{label}
		for _, k := range t.Counts[r] {
			rec = append(rec, strconv.Itoa(k))
		}
		if t.Diverges() {
			d, p := t.Sides(r)
			rec = append(rec, strconv.Itoa(d), strconv.Itoa(p))
		}
		rec = append(rec, strconv.Itoa(t.Total(r)))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteEventsCSV writes events one a row, with their administration.
func WriteEventsCSV(w io.Writer, ds *data.Dataset, events []*data.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"id", "start", "end", "title", "channel", "administration", "location", "participants", "intermediaries", "sources", "start_solar_hijri"}); err != nil {
		return err
	}
	for _, e := range events {
		admin := ""
		if era, ok := ds.AdministrationOf(*e); ok {
			admin = era.Name
		}
		end := ""
		if e.IsSpan() {
			end = e.End.ISO()
		}
		rec := []string{e.ID, e.Start.ISO(), end, e.Title, ds.Category(e.Channel).ID, admin, e.Location,
			strings.Join(e.Participants, "; "), strings.Join(e.Intermediaries, "; "), strings.Join(e.Sources, "; "), e.Start.SolarHijriISO()}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteFileAtomic writes a file through write, so that the file at path is
// either the whole new content or left as it was: never half written (in
// a browser, a download; see package files).
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	return files.WriteAtomic(path, write)
}

// ExportTimeline builds the timeline an export draws: the events passed,
// over the years the filter names or else all of them, with a heading,
// legend and a caption naming the dataset, its sources and the filter.
func ExportTimeline(ds *data.Dataset, events []*data.Event, req ExportRequest) charts.TimelineChart {
	ix := charts.NewTimelineIndex(events)
	view := charts.FitEvents(ix.Events)
	if req.View.Span() > 0 {
		view = req.View
	} else if req.Filter.From != nil || req.Filter.To != nil {
		if req.Filter.From != nil {
			view.Start = float64(*req.Filter.From)
		}
		if req.Filter.To != nil {
			view.End = float64(*req.Filter.To + 1)
		}
		if view.End <= view.Start {
			view.End = view.Start + 1
		}
	}
	tl := presentedTimeline(ds, ix, req.Rows)
	tl.View, tl.Whole, tl.Today = view, charts.TimeView{}, req.Today
	tl.Title, tl.Caption, tl.Legend = ds.Title, charts.Caption(ds, req.FilterText), true
	return tl
}

// presentedTimeline is the timeline of the events ix holds as documents
// show it: the dataset's eras and categories, nothing selected, the
// overview strip on the whole of them, its lanes shared as rows says.
func presentedTimeline(ds *data.Dataset, ix *charts.TimelineIndex, rows charts.Rows) charts.TimelineChart {
	return charts.TimelineChart{Index: ix, Eras: ds.Eras, Selected: -1, Hover: -1, Categories: ds.Categories(),
		Whole: charts.FitEvents(ix.Events), Rows: rows}
}
