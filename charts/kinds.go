package charts

import (
	"fmt"
	"strings"

	"backchannel/data"
)

// Kind names a picture Backchannel draws.
type Kind string

// The pictures: the two bar charts and the timeline.
const (
	Decades  Kind = "decades"
	Channels Kind = "channels"
	Timeline Kind = "timeline"
	Dataset  Kind = "dataset" // the data itself, as Backchannel's CSV
	Page     Kind = "page"    // everything, as one accessible web page
	Tour     Kind = "tour"    // the presentation as a film: an animated GIF
	Slides   Kind = "slides"  // the presentation as a PDF, a page a step
	Handout  Kind = "handout" // a printed handout: title page, charts, every event, sources
)

// ParseKind reads a -chart value.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(s); k {
	case Decades, Channels, Timeline, Dataset, Page, Tour, Slides, Handout:
		return k, nil
	}
	return "", fmt.Errorf("unknown chart %q (want decades, channels, timeline, dataset, page, tour, slides or handout)", s)
}

// Title is the heading the picture carries.
func (k Kind) Title() string {
	switch k {
	case Decades:
		return "Contacts per decade"
	case Channels:
		return "Channel type by administration"
	case Timeline:
		return "Timeline"
	}
	return string(k)
}

// TallyFor counts the given events the way a bar chart of kind k shows them.
func TallyFor(k Kind, ds *data.Dataset, events []*data.Event) data.Tally {
	if k == Channels {
		return ds.CountByAdministration(events)
	}
	return ds.CountByPeriod(events)
}

// NewBarChart builds the bar chart of kind k over the given events, with a
// caption naming the dataset, its sources and any filter in force.
func NewBarChart(k Kind, ds *data.Dataset, events []*data.Event, filter string) BarChart {
	t := TallyFor(k, ds, events)
	return BarChart{Title: ChartTitle(k, ds, t), Caption: Caption(ds, filter), Tally: t}
}

// ChartTitle is a chart's heading for a dataset and its tally: the
// U.S.–Iran words for a dataset of channels and presidencies, general ones
// for others, and the period the first chart counts by ("Events per
// century").
func ChartTitle(k Kind, ds *data.Dataset, t data.Tally) string {
	noun := "Contacts"
	if !ds.UsesChannels() {
		noun = "Events"
	}
	if t.Diverges() {
		noun += " and pressure"
	}
	switch {
	case k == Decades:
		period := data.Decade
		if t.Period != nil {
			period = *t.Period
		}
		return noun + " per " + period.Name()
	case k == Channels && ds.CountsByCategory():
		return strings.Replace(noun, "Contacts", "Events", 1) + " by group"
	case k == Channels && ds.CountingBand() == data.BandGeneral:
		return strings.Replace(noun, "Contacts", "Events", 1) + " by era"
	case k == Channels && (!ds.UsesChannels() || t.Diverges()):
		return noun + " by U.S. administration"
	}
	return k.Title()
}

// Caption names a dataset, its main sources and the filter in force, in
// one line: the two most cited sources by name, the rest counted.
func Caption(ds *data.Dataset, filter string) string {
	parts := []string{ds.Title}
	if through := ds.Coverage.Through(); through != "" {
		parts[0] += ", " + through
	}
	ids, _ := ds.MostCited()
	var names []string
	for i, id := range ids {
		if i == 2 {
			break
		}
		names = append(names, sourceName(ds.Sources[id]))
	}
	if rest := len(ids) - len(names); rest > 0 {
		more := "sources"
		if rest == 1 {
			more = "source"
		}
		names = append(names, fmt.Sprintf("%d more %s", rest, more))
	}
	if len(names) > 0 {
		parts = append(parts, "Sources: "+strings.Join(names, "; "))
	}
	if filter != "" {
		parts = append(parts, "Filter: "+filter)
	}
	return strings.Join(parts, " · ")
}

// sourceName is a source's publisher, or its title where the publisher is
// unnamed or generic, with the year.
func sourceName(s data.Source) string {
	name := s.Publisher
	if name == "" || strings.Contains(name, "not named") || name == "public record" {
		name = s.Title
	}
	if y := yearOf(s.Date); y != "" {
		name += " (" + y + ")"
	}
	return name
}

func yearOf(iso string) string {
	if len(iso) >= 4 {
		return iso[:4]
	}
	return iso
}

// KeyOf returns the key of the row of a bar chart's tally that holds
// event e: its period's label, or its administration's era id ("" for none).
func KeyOf(k Kind, ds *data.Dataset, t data.Tally, e data.Event) string {
	if k == Channels && t.ByCategory {
		return ds.Category(e.Channel).ID
	}
	if k == Channels {
		if era, ok := ds.AdministrationOf(e); ok {
			return era.ID
		}
		return ""
	}
	return t.PeriodKey(e)
}
