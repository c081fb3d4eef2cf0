package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"backchannel/data"
)

// The detail pane's overview, shown while no event is selected: what the
// dataset is, how far it runs, what it holds by channel and by
// administration (or era), its main sources, and how to start.

// overviewSources is how many of the most cited sources the overview names.
const overviewSources = 4

// OverviewParts returns the overview of ds as headed paragraphs: a heading
// ("" for the opening) and its text.
func OverviewParts(ds *data.Dataset) [][2]string {
	var parts [][2]string
	add := func(head, text string) {
		if strings.TrimSpace(text) != "" {
			parts = append(parts, [2]string{head, text})
		}
	}
	add("", ds.Intro)
	add("", spanText(ds))
	totals := ds.CountByChannel(ds.Events)
	var byKind []string
	for i, c := range ds.Categories() {
		byKind = append(byKind, fmt.Sprintf("%s %d", c.Name(), totals[i]))
	}
	kindHead := "By channel"
	if !ds.UsesChannels() {
		kindHead = "By category"
	}
	add(kindHead, strings.Join(byKind, " · "))
	tally := ds.CountByAdministration(ds.Events)
	if tally.ByCategory { // no eras: that would say "By category" again
		add("Sources", sourcesText(ds))
		add("To start", emptyDetail)
		return parts
	}
	var byEra []string
	for r, row := range tally.Rows {
		byEra = append(byEra, fmt.Sprintf("%s %d", row, tally.Total(r)))
	}
	eraHead := "By U.S. administration"
	if ds.CountingBand() == data.BandGeneral {
		eraHead = "By era"
	}
	add(eraHead, strings.Join(byEra, " · "))
	add("Sources", sourcesText(ds))
	add("To start", emptyDetail)
	return parts
}

// spanText says how many events the dataset holds and over what years.
func spanText(ds *data.Dataset) string {
	if len(ds.Events) == 0 {
		return ""
	}
	if through := ds.Coverage.Through(); through != "" {
		return fmt.Sprintf("%d events, from %s %s.", len(ds.Events), data.FormatYear(ds.Coverage.From.Year), through)
	}
	first, last := ds.Events[0].Start, ds.Events[len(ds.Events)-1].Start
	return fmt.Sprintf("%d events, from %s to %s.", len(ds.Events), first.String(), last.String())
}

// sourcesText names the most cited sources with how many events cite each.
func sourcesText(ds *data.Dataset) string {
	ids, cited := ds.MostCited()
	var lines []string
	for _, id := range ids[:min(overviewSources, len(ids))] {
		lines = append(lines, fmt.Sprintf("%s (%d events)", ds.Source(id).Title, cited[id]))
	}
	if rest := len(ids) - overviewSources; rest > 0 {
		lines = append(lines, fmt.Sprintf("and %d more: Help > Sources lists them all.", rest))
	}
	return strings.Join(lines, "\n")
}

// overviewLine is one paragraph of the overview as drawn: its text, in
// bold or not, at the theme's size named size.
type overviewLine struct {
	text string
	bold bool
	size fyne.ThemeSizeName
}

// overviewLines are the overview's title, headings and paragraphs in order.
func overviewLines(ds *data.Dataset) []overviewLine {
	lines := []overviewLine{{ds.Title, true, theme.SizeNameSubHeadingText}}
	for _, part := range OverviewParts(ds) {
		if part[0] != "" {
			lines = append(lines, overviewLine{part[0], true, theme.SizeNameText})
		}
		lines = append(lines, overviewLine{part[1], false, theme.SizeNameText})
	}
	return lines
}

// overviewView is the overview's paragraphs, kept from one showing to the
// next: after an edit, a paragraph whose text is the same keeps its lines,
// and only the counts that moved are wrapped again.
type overviewView struct {
	box   *fyne.Container
	lines []overviewLine
	paras []*Paragraph
}

// show returns the overview of ds, laid out as headed paragraphs.
func (o *overviewView) show(ds *data.Dataset) *fyne.Container {
	lines := overviewLines(ds)
	if o.box == nil || !sameShape(lines, o.lines) {
		o.box, o.paras = container.NewVBox(), nil
		for _, l := range lines {
			p := NewParagraphSized(l.text, fyne.TextStyle{Bold: l.bold}, l.size)
			o.paras = append(o.paras, p)
			o.box.Add(p)
		}
	} else {
		for i, l := range lines {
			o.paras[i].SetText(l.text)
		}
	}
	o.lines = lines
	return o.box
}

// sameShape says whether two overviews have the same paragraphs in the
// same styles, whatever their texts.
func sameShape(a, b []overviewLine) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].bold != b[i].bold || a[i].size != b[i].size {
			return false
		}
	}
	return true
}
