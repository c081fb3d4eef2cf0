package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"encoding/base64"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/wcharczuk/go-chart/v2/roboto"

	"backchannel/data"
)

// The accessible web page: one self-contained HTML file, no scripts and
// nothing fetched, that a screen reader or any browser reads. Its pictures
// are the same scenes the window and the other exports draw, inline as SVG
// with their titles and descriptions, each chart followed by its numbers as
// a table.

// pageSizes are the logical sizes of the page's pictures.
const (
	pageTimelineW, pageTimelineH = 1200, 640
	pageChartW, pageChartH       = 960, 540
)

// pageChart is one chart of the page: its picture and its table.
type pageChart struct {
	ID, Title string
	SVG       string // the picture, as SVG written by pen: put in the page as it is
	RowHead   string // the heading of the table's first column
	Columns   []string
	Rows      []pageRow
}

type pageRow struct {
	Label  string
	Counts []int
	Total  int
}

// pageEvent is one event as the page writes it.
type pageEvent struct {
	ID, Title, Date, Channel, Administration string
	People, Intermediaries, Location         string
	Summary, Outcome                         string
	Accounts                                 []pageAccount
	Sources                                  []pageCite
}

type pageAccount struct{ By, Says, Source string }

type pageCite struct {
	N    int
	ID   string
	Text string
}

// pageSource is one entry of the bibliography.
type pageSource struct {
	N     int
	ID    string
	Text  string
	Cited int
}

// pageData is everything the page says.
type pageData struct {
	Title, Intro, Filter string
	FontURL              string // the pictures' typeface, inline, so their labels keep their measured widths
	TimelineSVG          string // as SVG written by pen: put in the page as it is
	TimelineDesc         string
	Charts               []pageChart
	Events               []pageEvent
	Sources              []pageSource
}

// WritePage writes the dataset's web page: the filtered events' timeline,
// both charts with their tables, every event, and the sources.
func WritePage(w io.Writer, ds *data.Dataset, events []*data.Event, req ExportRequest) error {
	th := req.Theme
	if th.Name == "" {
		th = charts.Light
	}
	pd := pageData{Title: ds.Title, Filter: req.FilterText, Intro: pageIntro(ds, events),
		FontURL: "data:font/ttf;base64," + base64.StdEncoding.EncodeToString(roboto.Roboto)}
	tl := ExportTimeline(ds, events, req)
	tl.Caption = ""
	scene := tl.DescribedScene(pageTimelineW, pageTimelineH, th)
	svg, err := pen.SVGDocument(scene, 1, "timeline")
	if err != nil {
		return err
	}
	pd.TimelineSVG, pd.TimelineDesc = string(svg), scene.Description
	for _, k := range []charts.Kind{charts.Decades, charts.Channels} {
		bc := charts.NewBarChart(k, ds, events, "")
		bc.Caption = ""
		svg, err := pen.SVGDocument(bc.DescribedScene(pageChartW, pageChartH, th), 1, string(k))
		if err != nil {
			return err
		}
		pd.Charts = append(pd.Charts, newPageChart(k, bc, svg))
	}
	numbers := map[string]int{}
	cited := map[string]int{}
	for _, e := range events {
		for _, id := range e.Sources {
			if numbers[id] == 0 {
				numbers[id] = len(numbers) + 1
				pd.Sources = append(pd.Sources, pageSource{N: numbers[id], ID: id, Text: ds.Source(id).Citation()})
			}
			cited[id]++
		}
		pd.Events = append(pd.Events, newPageEvent(ds, *e, numbers))
	}
	for i := range pd.Sources {
		pd.Sources[i].Cited = cited[pd.Sources[i].ID]
	}
	return writePageHTML(w, pd)
}

// pageIntro says what the page holds and how far the record runs.
func pageIntro(ds *data.Dataset, events []*data.Event) string {
	s := fmt.Sprintf("%d of the dataset's %d events", len(events), len(ds.Events))
	if len(events) == len(ds.Events) {
		s = data.EventsCount(len(events))
	}
	if through := ds.Coverage.Through(); through != "" {
		s += fmt.Sprintf(", from %s %s", data.FormatYear(ds.Coverage.From.Year), through)
	}
	return s + ". Every event names its sources, listed in full at the end."
}

func newPageChart(k charts.Kind, bc charts.BarChart, svg []byte) pageChart {
	pc := pageChart{ID: string(k), Title: bc.Title, SVG: string(svg), RowHead: "Period"}
	switch {
	case k == charts.Channels:
		pc.RowHead = "Administration"
	case bc.Tally.Period != nil:
		name := bc.Tally.Period.Name()
		pc.RowHead = strings.ToUpper(name[:1]) + name[1:]
	}
	for _, c := range bc.Tally.Categories {
		pc.Columns = append(pc.Columns, c.Name())
	}
	sides := bc.Tally.Diverges()
	if sides {
		pc.Columns = append(pc.Columns, "Dialogue", "Pressure") // as the CSV has them
	}
	for r, label := range bc.Tally.Rows {
		counts := bc.Tally.Counts[r]
		if sides {
			d, p := bc.Tally.Sides(r)
			counts = append(slices.Clone(counts), d, p)
		}
		pc.Rows = append(pc.Rows, pageRow{Label: label, Counts: counts, Total: bc.Tally.Total(r)})
	}
	return pc
}

func newPageEvent(ds *data.Dataset, e data.Event, numbers map[string]int) pageEvent {
	pe := pageEvent{ID: "event-" + e.ID, Title: e.Title, Date: e.ShownDate(), Channel: ds.Category(e.Channel).Name(),
		People: strings.Join(e.Participants, ", "), Intermediaries: strings.Join(e.Intermediaries, ", "),
		Location: e.Location, Summary: e.Summary, Outcome: e.Outcome}
	if sh := e.SolarHijriText(); sh != "" {
		pe.Date += " · " + sh + " (Solar Hijri)"
	}
	if era, ok := ds.AdministrationOf(e); ok {
		pe.Administration = era.Name
	}
	for _, a := range e.Accounts {
		pe.Accounts = append(pe.Accounts, pageAccount{By: a.By, Says: a.Says, Source: "[" + strconv.Itoa(numbers[a.Source]) + "]"})
	}
	for _, id := range e.Sources {
		pe.Sources = append(pe.Sources, pageCite{N: numbers[id], ID: id, Text: ds.Source(id).Citation()})
	}
	return pe
}
