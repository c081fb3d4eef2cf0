package documents

import (
	"backchannel/charts"
	"bytes"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"backchannel/data"
)

// TestPageIsSelfContainedAndStructured reads the web page as a browser
// would and checks what a screen reader relies on: the language, one h1,
// pictures with titles and descriptions, tables with headers that match
// the CSV, an article per event with its accounts and sources, the
// bibliography, and nothing that runs or is fetched.
func TestPageIsSelfContainedAndStructured(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	secret := data.Filter{Channels: map[data.Channel]bool{data.Secret: true, data.Coercive: true}}
	events := secret.Apply(ds, ds.Events)
	var buf bytes.Buffer
	req := ExportRequest{Kind: charts.Page, Format: HTML, Width: 1, Height: 1, Scale: 1, Theme: charts.Light, Filter: secret, FilterText: "Secret and coercive"}
	if err := Export(&buf, ds, req); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	count, articles, svgs := pageElements(t, doc)
	if count["h1"] != 1 || count["main"] != 1 || count["table"] != 2 {
		t.Errorf("h1 %d, main %d, tables %d: want 1, 1, 2", count["h1"], count["main"], count["table"])
	}
	checkPagePictures(t, svgs, len(events))
	checkDecadesTable(t, doc, charts.NewBarChart(charts.Decades, ds, events, ""))
	checkPageArticles(t, articles, ds, events)
	items := findAll(find(find(doc, "ol"), "ol"), "li")
	cited := map[string]bool{}
	for _, e := range events {
		for _, id := range e.Sources {
			cited[id] = true
		}
	}
	if len(items) != len(cited) {
		t.Errorf("the bibliography lists %d sources; the events cite %d", len(items), len(cited))
	}
}

// pageElements counts the page's elements by name and collects its
// articles and pictures, checking on the way that it speaks English,
// reaches nothing outside itself and scopes its table headers.
func pageElements(t *testing.T, doc *html.Node) (count map[string]int, articles, svgs []*html.Node) {
	t.Helper()
	count = map[string]int{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			count[n.Data]++
			switch n.Data {
			case "html":
				if attr(n, "lang") != "en" {
					t.Errorf("html lang=%q", attr(n, "lang"))
				}
			case "script", "link", "img", "iframe", "object":
				t.Errorf("the page holds a <%s>", n.Data)
			case "article":
				articles = append(articles, n)
			case "svg":
				svgs = append(svgs, n)
			case "th":
				if attr(n, "scope") == "" {
					t.Errorf("a table header without scope: %q", text(n))
				}
			}
			for _, a := range n.Attr {
				if a.Key == "src" || (a.Key == "href" && !strings.HasPrefix(a.Val, "#")) {
					t.Errorf("<%s %s=%q> reaches outside the page", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return count, articles, svgs
}

// checkPagePictures checks the page's three pictures: each an image with
// a title and a description, the timeline's counting the events in view.
func checkPagePictures(t *testing.T, svgs []*html.Node, events int) {
	t.Helper()
	if len(svgs) != 3 {
		t.Fatalf("%d pictures, want the timeline and two charts", len(svgs))
	}
	for _, s := range svgs {
		title, desc := find(s, "title"), find(s, "desc")
		if attr(s, "role") != "img" || title == nil || desc == nil || text(desc) == "" {
			t.Errorf("a picture without role, title or description: %v", s.Attr)
		}
	}
	if d := text(find(svgs[0], "desc")); !strings.Contains(d, strconv.Itoa(events)+" events in view") {
		t.Errorf("the timeline's description: %.200s", d)
	}
}

// checkDecadesTable checks that the page's first table holds the decades
// chart's numbers, as its CSV does.
func checkDecadesTable(t *testing.T, doc *html.Node, bc charts.BarChart) {
	t.Helper()
	rows := findAll(find(doc, "tbody"), "tr")
	if len(rows) != len(bc.Tally.Rows) {
		t.Fatalf("%d table rows for %d decades", len(rows), len(bc.Tally.Rows))
	}
	for r, tr := range rows {
		cells := findAll(tr, "td")
		if text(find(tr, "th")) != bc.Tally.Rows[r] || text(cells[len(cells)-1]) != strconv.Itoa(bc.Tally.Total(r)) {
			t.Errorf("row %d reads %q, want %s with total %d", r, text(tr), bc.Tally.Rows[r], bc.Tally.Total(r))
		}
		// Dialogue and pressure, as the CSV gives them, before the total.
		d, p := bc.Tally.Sides(r)
		if len(cells) < 3 || text(cells[len(cells)-3]) != strconv.Itoa(d) || text(cells[len(cells)-2]) != strconv.Itoa(p) {
			t.Errorf("row %d reads %q, want %d dialogue and %d pressure before the total", r, text(tr), d, p)
		}
	}
}

// checkPageArticles checks an article for each event, holding its title,
// date, channel, summary, accounts and sources.
func checkPageArticles(t *testing.T, articles []*html.Node, ds *data.Dataset, events []*data.Event) {
	t.Helper()
	if len(articles) != len(events) {
		t.Fatalf("%d articles for %d events", len(articles), len(events))
	}
	for i, a := range articles {
		e := events[i]
		body := text(a)
		for _, want := range []string{e.Title, e.DateText(), ds.Category(e.Channel).Name(), e.Summary} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: the article lacks %q", e.ID, want)
			}
		}
		for _, acc := range e.Accounts {
			if !strings.Contains(body, acc.By+": "+acc.Says) {
				t.Errorf("%s: the article lacks the account by %s", e.ID, acc.By)
			}
		}
		for _, id := range e.Sources {
			if !strings.Contains(body, ds.Source(id).Citation()) {
				t.Errorf("%s: the article lacks source %s", e.ID, id)
			}
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	if n == nil {
		return ""
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return strings.TrimSpace(b.String())
}

// find returns n or its first descendant that is a tag element.
func find(n *html.Node, tag string) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// findAll returns n's descendants that are tag elements, in document order.
func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	if n == nil {
		return out
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag {
			out = append(out, c)
		}
		out = append(out, findAll(c, tag)...)
	}
	return out
}

// TestAnEventWithoutASummaryHasNoEmptyParagraph: an event with no summary
// yet (one just added) is written without an empty paragraph, which a
// screen reader would stop on.
func TestAnEventWithoutASummaryHasNoEmptyParagraph(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	e := ds.Events[0]
	e.Summary, e.Outcome = "", ""
	var buf bytes.Buffer
	req := ExportRequest{Kind: charts.Page, Format: HTML, Width: 1, Height: 1, Scale: 1, Theme: charts.Light}
	if err := WritePage(&buf, ds, ds.Events[:1], req); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	article := find(doc, "article")
	if article == nil {
		t.Fatal("no article for the event")
	}
	for _, p := range findAll(article, "p") {
		if strings.TrimSpace(text(p)) == "" {
			t.Errorf("the event's article has an empty paragraph")
		}
	}
}
