package documents

import (
	"html"
	"io"
	"net/url"
	"strconv"
	"strings"
)

// The web page's HTML, written out by hand rather than by html/template:
// executing a template anywhere in the program makes Go's linker keep
// every exported method of every type, which would make the web build a
// quarter larger. Every text the page takes from the timeline goes in
// escaped; only the pictures, which pen writes, go in as they are.

// pageOut is the page as it is written: each line begins with a newline,
// so that a line left out leaves no gap.
type pageOut struct{ strings.Builder }

// line writes a new line made of parts, as they are.
func (o *pageOut) line(parts ...string) {
	o.WriteByte('\n')
	for _, p := range parts {
		o.WriteString(p)
	}
}

// escaped is s escaped for the page's text and its quoted attributes.
func escaped(s string) string { return html.EscapeString(s) }

// fragment is a link to the element whose id is id.
func fragment(id string) string { return escaped("#" + url.PathEscape(id)) }

// writePageHTML writes the page pd describes to w.
func writePageHTML(w io.Writer, pd pageData) error {
	var o pageOut
	o.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">`)
	o.line("<title>", escaped(pd.Title), "</title>")
	o.line("<style>")
	o.line("@font-face{font-family:'Roboto Medium';src:url(", pd.FontURL, ") format('truetype')}")
	o.line(pageCSS, "</style>\n</head>\n<body>\n<header>")
	o.line("<h1>", escaped(pd.Title), "</h1>")
	o.line("<p>", escaped(pd.Intro), "</p>")
	if pd.Filter != "" {
		o.line("<p>Filter: ", escaped(pd.Filter), "</p>")
	}
	o.line(`<nav aria-label="Contents"><ul>`)
	o.line(`<li><a href="#timeline">Timeline</a></li>`)
	for _, c := range pd.Charts {
		o.line(`<li><a href="`, fragment(c.ID), `">`, escaped(c.Title), "</a></li>")
	}
	o.line(`<li><a href="#events">Events</a></li>`)
	o.line(`<li><a href="#sources">Sources</a></li>`)
	o.line("</ul></nav>\n</header>\n<main>")
	o.line(`<section id="timeline" aria-labelledby="timeline-heading">`)
	o.line(`<h2 id="timeline-heading">Timeline</h2>`)
	o.line("<figure>", pd.TimelineSVG, "</figure>\n</section>")
	for _, c := range pd.Charts {
		o.writeChart(c)
	}
	o.line(`<section id="events" aria-labelledby="events-heading">`)
	o.line(`<h2 id="events-heading">Events</h2>`)
	for _, e := range pd.Events {
		o.writeEvent(e)
	}
	o.line("</section>")
	o.writeSources(pd.Sources)
	o.line("</main>")
	o.line("<footer><p>Made with Backchannel. This page holds no scripts and loads nothing from elsewhere.</p></footer>")
	o.line("</body>\n</html>\n")
	_, err := io.WriteString(w, o.String())
	return err
}

// writeChart writes a chart's section: its picture and its numbers.
func (o *pageOut) writeChart(c pageChart) {
	id := escaped(c.ID)
	o.line(`<section id="`, id, `" aria-labelledby="`, id, `-heading">`)
	o.line(`<h2 id="`, id, `-heading">`, escaped(c.Title), "</h2>")
	o.line("<figure>", c.SVG, "</figure>\n<table>")
	o.line("<caption>", escaped(c.Title), ": the numbers</caption>")
	o.line(`<thead><tr><th scope="col">`, escaped(c.RowHead), "</th>")
	for _, col := range c.Columns {
		o.WriteString(`<th scope="col">` + escaped(col) + "</th>")
	}
	o.WriteString(`<th scope="col">Total</th></tr></thead>`)
	o.line("<tbody>")
	for _, r := range c.Rows {
		o.line(`<tr><th scope="row">`, escaped(r.Label), "</th>")
		for _, n := range r.Counts {
			o.WriteString("<td>" + strconv.Itoa(n) + "</td>")
		}
		o.WriteString("<td>" + strconv.Itoa(r.Total) + "</td></tr>")
	}
	o.line("</tbody>\n</table>\n</section>")
}

// writeEvent writes an event's article: its facts, each side's account,
// and its sources, linked to the bibliography.
func (o *pageOut) writeEvent(e pageEvent) {
	id := escaped(e.ID)
	o.line(`<article id="`, id, `" aria-labelledby="`, id, `-title">`)
	o.line(`<h3 id="`, id, `-title">`, escaped(e.Title), "</h3>\n<dl>")
	o.line("<dt>Date</dt><dd>", escaped(e.Date), "</dd>")
	o.line("<dt>Channel</dt><dd>", escaped(e.Channel), "</dd>")
	for _, fact := range [][2]string{{"U.S. administration", e.Administration}, {"Participants", e.People},
		{"Intermediaries", e.Intermediaries}, {"Place", e.Location}} {
		if fact[1] != "" {
			o.line("<dt>", fact[0], "</dt><dd>", escaped(fact[1]), "</dd>")
		}
	}
	o.line("</dl>")
	if e.Summary != "" {
		o.line("<p>", escaped(e.Summary), "</p>")
	}
	if e.Outcome != "" {
		o.line("<p><strong>Outcome:</strong> ", escaped(e.Outcome), "</p>")
	}
	if len(e.Accounts) > 0 {
		o.line("<h4>Accounts</h4>\n<ul>")
		for _, a := range e.Accounts {
			o.line("<li><strong>", escaped(a.By), ":</strong> ", escaped(a.Says), " ", escaped(a.Source), "</li>")
		}
		o.line("</ul>")
	}
	o.line("<h4>Sources</h4>\n<ul>")
	for _, s := range e.Sources {
		o.line(`<li><a href="`, fragment("source-"+s.ID), `">[`, strconv.Itoa(s.N), "]</a> ", escaped(s.Text), "</li>")
	}
	o.line("</ul>\n</article>")
}

// writeSources writes the bibliography: each source the events cite, with
// how many of them cite it.
func (o *pageOut) writeSources(sources []pageSource) {
	o.line(`<section id="sources" aria-labelledby="sources-heading">`)
	o.line(`<h2 id="sources-heading">Sources</h2>`, "\n<ol>")
	for _, s := range sources {
		noun := "events"
		if s.Cited == 1 {
			noun = "event"
		}
		o.line(`<li id="source-`, escaped(s.ID), `">`, escaped(s.Text), ` <span class="sr">Cited by</span>(`, strconv.Itoa(s.Cited), " ", noun, ")</li>")
	}
	o.line("</ol>\n</section>")
}

// pageCSS is the page's style, but for its typeface, which comes first.
const pageCSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;line-height:1.5;margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
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
`
