package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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

// overviewHeading is a heading in the overview: bold, on a line of its own.
var overviewHeading = widget.RichTextStyle{SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}

// overview lays the overview out as one rich text: few widgets, so the
// first frame stays quick.
func overview(ds *data.Dataset) *widget.RichText {
	var segs []widget.RichTextSegment
	segs = append(segs, &widget.TextSegment{Text: ds.Title, Style: widget.RichTextStyleSubHeading})
	for _, part := range OverviewParts(ds) {
		if part[0] != "" {
			segs = append(segs, &widget.TextSegment{Text: part[0], Style: overviewHeading})
		}
		segs = append(segs, &widget.TextSegment{Text: part[1], Style: widget.RichTextStyleParagraph})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
