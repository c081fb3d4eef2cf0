package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

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
	SVG       template.HTML
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

// pageData is everything the page template reads.
type pageData struct {
	Title, Intro, Filter string
	FontURL              template.URL // the pictures' typeface, inline, so their labels keep their measured widths
	TimelineSVG          template.HTML
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
		FontURL: template.URL("data:font/ttf;base64," + base64.StdEncoding.EncodeToString(roboto.Roboto))}
	tl := ExportTimeline(ds, events, req)
	tl.Caption = ""
	scene := tl.DescribedScene(pageTimelineW, pageTimelineH, th)
	svg, err := pen.SVGDocument(scene, 1, "timeline")
	if err != nil {
		return err
	}
	pd.TimelineSVG, pd.TimelineDesc = template.HTML(svg), scene.Description
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
	return pageTemplate().Execute(w, pd)
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
	pc := pageChart{ID: string(k), Title: bc.Title, SVG: template.HTML(svg), RowHead: "Period"}
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

// pageTemplate is the web page's template, parsed at its first use rather
// than when the program starts (in a browser, before the first frame).
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(pageHTML))
})

// pageHTML is the web page, to be filled in by pageTemplate.
const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
@font-face{font-family:'Roboto Medium';src:url({{.FontURL}}) format('truetype')}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;line-height:1.5;margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
a{color:#0b5cad}a:focus{outline:3px solid #0b5cad;outline-offset:2px}
svg{max-width:100%;height:auto;display:block}
figure{margin:1rem 0}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #8a929b;padding:.25rem .6rem;text-align:right}
th[scope=row],thead th:first-child{text-align:left}
thead th{background:#eef1f4}
article{border-top:1px solid #d0d5da;padding:.5rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
dt{font-weight:600}dd{margin:0}
.sr{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p>{{.Intro}}</p>
{{- if .Filter}}
<p>Filter: {{.Filter}}</p>
{{- end}}
<nav aria-label="Contents"><ul>
<li><a href="#timeline">Timeline</a></li>
{{- range .Charts}}
<li><a href="#{{.ID}}">{{.Title}}</a></li>
{{- end}}
<li><a href="#events">Events</a></li>
<li><a href="#sources">Sources</a></li>
</ul></nav>
</header>
<main>
<section id="timeline" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Timeline</h2>
<figure>{{.TimelineSVG}}</figure>
</section>
{{- range .Charts}}
<section id="{{.ID}}" aria-labelledby="{{.ID}}-heading">
<h2 id="{{.ID}}-heading">{{.Title}}</h2>
<figure>{{.SVG}}</figure>
<table>
<caption>{{.Title}}: the numbers</caption>
<thead><tr><th scope="col">{{.RowHead}}</th>{{range .Columns}}<th scope="col">{{.}}</th>{{end}}<th scope="col">Total</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><th scope="row">{{.Label}}</th>{{range .Counts}}<td>{{.}}</td>{{end}}<td>{{.Total}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
<section id="events" aria-labelledby="events-heading">
<h2 id="events-heading">Events</h2>
{{- range .Events}}
<article id="{{.ID}}" aria-labelledby="{{.ID}}-title">
<h3 id="{{.ID}}-title">{{.Title}}</h3>
<dl>
<dt>Date</dt><dd>{{.Date}}</dd>
<dt>Channel</dt><dd>{{.Channel}}</dd>
{{- if .Administration}}
<dt>U.S. administration</dt><dd>{{.Administration}}</dd>
{{- end}}
{{- if .People}}
<dt>Participants</dt><dd>{{.People}}</dd>
{{- end}}
{{- if .Intermediaries}}
<dt>Intermediaries</dt><dd>{{.Intermediaries}}</dd>
{{- end}}
{{- if .Location}}
<dt>Place</dt><dd>{{.Location}}</dd>
{{- end}}
</dl>
<p>{{.Summary}}</p>
{{- if .Outcome}}
<p><strong>Outcome:</strong> {{.Outcome}}</p>
{{- end}}
{{- if .Accounts}}
<h4>Accounts</h4>
<ul>
{{- range .Accounts}}
<li><strong>{{.By}}:</strong> {{.Says}} {{.Source}}</li>
{{- end}}
</ul>
{{- end}}
<h4>Sources</h4>
<ul>
{{- range .Sources}}
<li><a href="#source-{{.ID}}">[{{.N}}]</a> {{.Text}}</li>
{{- end}}
</ul>
</article>
{{- end}}
</section>
<section id="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">Sources</h2>
<ol>
{{- range .Sources}}
<li id="source-{{.ID}}">{{.Text}} <span class="sr">Cited by</span>({{.Cited}} {{if eq .Cited 1}}event{{else}}events{{end}})</li>
{{- end}}
</ol>
</section>
</main>
<footer><p>Made with Backchannel. This page holds no scripts and loads nothing from elsewhere.</p></footer>
</body>
</html>
`
