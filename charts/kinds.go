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
)

// ParseKind reads a -chart value.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(s); k {
	case Decades, Channels, Timeline:
		return k, nil
	}
	return "", fmt.Errorf("unknown chart %q (want decades, channels or timeline)", s)
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
func TallyFor(k Kind, ds *data.Dataset, events []data.Event) data.Tally {
	if k == Channels {
		return ds.CountByAdministration(events)
	}
	return data.CountByDecade(events)
}

// NewBarChart builds the bar chart of kind k over the given events, with a
// caption naming the dataset, its sources and any filter in force.
func NewBarChart(k Kind, ds *data.Dataset, events []data.Event, filter string) BarChart {
	return BarChart{Title: k.Title(), Caption: Caption(ds, filter), Tally: TallyFor(k, ds, events)}
}

// Caption names a dataset, its sources and the filter in force, in one line.
func Caption(ds *data.Dataset, filter string) string {
	parts := []string{ds.Title}
	var pubs []string
	seen := map[string]bool{}
	for _, id := range sortedKeys(ds.Sources) {
		s := ds.Sources[id]
		name := s.Publisher
		if name == "" || strings.Contains(name, "not named") {
			name = s.Title
		}
		if y := yearOf(s.Date); y != "" {
			name += " (" + y + ")"
		}
		if !seen[name] {
			seen[name] = true
			pubs = append(pubs, name)
		}
	}
	if len(pubs) > 0 {
		parts = append(parts, "Sources: "+strings.Join(pubs, "; "))
	}
	if filter != "" {
		parts = append(parts, "Filter: "+filter)
	}
	return strings.Join(parts, " · ")
}

func yearOf(iso string) string {
	if len(iso) >= 4 {
		return iso[:4]
	}
	return iso
}
