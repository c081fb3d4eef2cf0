package data

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Filter selects events by start year, channel, administration, topic,
// decade and text. Its zero value selects everything.
type Filter struct {
	From, To       *int64           // inclusive bounds on the start year, nil for none
	Channels       map[Channel]bool // nil for every channel
	Administration string           // a us-president era id, "" for all
	Topic          string           // a topic id, "" for all
	Decade         *int64           // the first year of a decade, nil for all
	Period         *PeriodPick      // a month, week or day of the first chart, nil for all
	Text           string           // words that must all appear in the title, summary, outcome, people or place
}

// IsZero reports whether the filter selects everything.
func (f Filter) IsZero() bool {
	return f.From == nil && f.To == nil && f.Channels == nil && f.Administration == "" &&
		f.Topic == "" && f.Decade == nil && f.Period == nil && strings.TrimSpace(f.Text) == ""
}

// Match reports whether e passes the filter; ds answers which
// administration an event belongs to, and may be nil when the filter names none.
func (f Filter) Match(ds *Dataset, e Event) bool {
	if f.From != nil && e.Start.Year < *f.From {
		return false
	}
	if f.To != nil && e.Start.Year > *f.To {
		return false
	}
	if f.Channels != nil && !f.Channels[e.Channel] {
		return false
	}
	if f.Decade != nil && DecadeOf(e) != *f.Decade {
		return false
	}
	if f.Period != nil && !f.Period.Holds(e) {
		return false
	}
	if f.Topic != "" && !slices.Contains(e.Topics, f.Topic) {
		return false
	}
	if f.Administration != "" {
		if ds == nil {
			return false
		}
		if era, ok := ds.AdministrationOf(e); !ok || era.ID != f.Administration {
			return false
		}
	}
	if words := strings.Fields(strings.ToLower(f.Text)); len(words) > 0 {
		hay := strings.ToLower(strings.Join(append(append([]string{e.Title, e.Summary, e.Outcome, e.Location},
			e.Participants...), e.Intermediaries...), " "))
		for _, w := range words {
			if !strings.Contains(hay, w) {
				return false
			}
		}
	}
	return true
}

// Apply returns the events that pass the filter, in their order.
func (f Filter) Apply(ds *Dataset, events []*Event) []*Event {
	if f.IsZero() {
		return events[:len(events):len(events)] // a list of its own to append to
	}
	out := make([]*Event, 0, len(events))
	for ke := range events {
		e := events[ke]
		if f.Match(ds, *e) {
			out = append(out, e)
		}
	}
	return out
}

// TimeText says which years the filter keeps: "1990–2000", "from 1990",
// "1980s", or "" for all.
func (f Filter) TimeText() string {
	var parts []string
	switch {
	case f.From != nil && f.To != nil:
		parts = append(parts, FormatYear(*f.From)+"–"+FormatYear(*f.To))
	case f.From != nil:
		parts = append(parts, "from "+FormatYear(*f.From))
	case f.To != nil:
		parts = append(parts, "to "+FormatYear(*f.To))
	}
	if f.Decade != nil {
		parts = append(parts, DecadeLabel(*f.Decade))
	}
	if f.Period != nil {
		parts = append(parts, f.Period.String())
	}
	return strings.Join(parts, "; ")
}

// WithoutTime is the filter keeping every year.
func (f Filter) WithoutTime() Filter {
	f.From, f.To, f.Decade, f.Period = nil, nil, nil, nil
	return f
}

// Describe says in a few words what the filter keeps, for captions and
// file names: "1990–2000; Secret, Direct only; Obama; topic Nuclear programme; "geneva"".
func (f Filter) Describe(ds *Dataset) string {
	var parts []string
	if t := f.TimeText(); t != "" {
		parts = append(parts, t)
	}
	if f.Channels != nil {
		cats := ChannelCategories()
		if ds != nil {
			cats = ds.Categories()
		}
		var names []string
		for i, cat := range cats {
			if f.Channels[Channel(i)] {
				names = append(names, cat.Name())
			}
		}
		if len(names) == 0 {
			parts = append(parts, "no category")
		} else if len(names) < len(cats) {
			parts = append(parts, strings.Join(names, ", ")+" only")
		}
	}
	if f.Administration != "" {
		era := Era{Name: f.Administration}
		if ds != nil {
			if found, ok := ds.Era(f.Administration); ok {
				era = found
			}
		}
		parts = append(parts, era.AdministrationName())
	}
	if f.Topic != "" {
		label := f.Topic
		if ds != nil && ds.Topics[f.Topic] != "" {
			label = ds.Topics[f.Topic]
		}
		parts = append(parts, "topic "+label)
	}
	if t := strings.TrimSpace(f.Text); t != "" {
		parts = append(parts, fmt.Sprintf("%q", t))
	}
	return strings.Join(parts, "; ")
}

// TopicIDs returns the dataset's topic ids in the order of their labels.
func (d *Dataset) TopicIDs() []string {
	ids := sortedKeys(d.Topics)
	sort.SliceStable(ids, func(i, j int) bool { return d.Topics[ids[i]] < d.Topics[ids[j]] })
	return ids
}
