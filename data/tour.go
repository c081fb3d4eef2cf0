package data

import (
	"fmt"
	"strings"
)

// Tour is a saved presentation under a name a lecturer picks: the
// filters, the stretch of time shown and the event to start from; or a
// lecture, a list of steps.
type Tour struct {
	Name           string      `json:"name"`
	Channels       []string    `json:"channels,omitempty"` // none for every channel
	Administration string      `json:"administration,omitempty"`
	Topic          string      `json:"topic,omitempty"`
	Text           string      `json:"text,omitempty"`
	Decade         *int64      `json:"decade,omitempty"`
	Period         *PeriodPick `json:"period,omitempty"`
	From           *int64      `json:"from,omitempty"`
	To             *int64      `json:"to,omitempty"`
	ViewStart      float64     `json:"viewStart"`
	ViewEnd        float64     `json:"viewEnd"`
	Start          string      `json:"start,omitempty"` // the first event's id
	// Steps make a lecture planned event by event: these events in this
	// order, each with the lecturer's notes and, if chosen, the stretch of
	// time to glide to. A tour with steps presents them, not its filter.
	Steps []TourStep `json:"steps,omitempty"`
}

// TourStep is one step of a lecture: an event, by id, what to say, and
// the view to show it in (none: the event among its neighbours).
type TourStep struct {
	Event     string  `json:"event"`
	Notes     string  `json:"notes,omitempty"`
	ViewStart float64 `json:"viewStart,omitempty"`
	ViewEnd   float64 `json:"viewEnd,omitempty"`
}

// IsList reports whether the tour is a list of steps rather than a filter.
func (t Tour) IsList() bool { return len(t.Steps) > 0 }

// Filter is the tour's filter on dataset ds.
func (t Tour) Filter(ds *Dataset) Filter {
	f := Filter{Administration: t.Administration, Topic: t.Topic, Text: t.Text, Decade: t.Decade, Period: t.Period, From: t.From, To: t.To}
	if len(t.Channels) > 0 {
		f.Channels = map[Channel]bool{}
		for _, name := range t.Channels {
			if ch, ok := ds.CategoryIndex(name); ok {
				f.Channels[ch] = true
			}
		}
	}
	return f
}

// Presented is what the tour presents of ds: a lecture's events in its
// order, with the steps that name them (a step naming an event ds does
// not hold is left out), or the events its filters keep, in time order,
// and no steps.
func (t Tour) Presented(ds *Dataset) ([]*Event, []TourStep) {
	if !t.IsList() {
		return t.Filter(ds).Apply(ds, ds.Events), nil
	}
	byID := make(map[string]int, len(ds.Events))
	for i, e := range ds.Events {
		byID[e.ID] = i
	}
	var events []*Event
	var steps []TourStep
	for _, s := range t.Steps {
		if i, ok := byID[s.Event]; ok {
			events, steps = append(events, ds.Events[i]), append(steps, s)
		}
	}
	return events, steps
}

// checkTours checks the tours a file keeps: each named, no two alike, and
// every step of a lecture naming one of the file's events (ids maps them
// to their places).
func (c *checker) checkTours(ds *Dataset, ids map[string]int) {
	seen := map[string]bool{}
	for i, t := range ds.Tours {
		path := fmt.Sprintf("tours[%d]", i)
		name := strings.ToLower(strings.TrimSpace(t.Name))
		switch {
		case name == "":
			c.at(path, "tour %d: missing name", i+1)
		case seen[name]:
			c.at(path+".name", "duplicate tour name %q", t.Name)
		}
		seen[name] = true
		for j, s := range t.Steps {
			if _, ok := ids[s.Event]; !ok {
				c.at(fmt.Sprintf("%s.steps[%d].event", path, j), "tour %q, step %d: unknown event %q", t.Name, j+1, s.Event)
			}
		}
	}
}
