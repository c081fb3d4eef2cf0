package data

// Filter selects events: by start year and by channel. Its zero value
// selects everything.
type Filter struct {
	From, To *int64           // inclusive bounds on the start year, nil for none
	Channels map[Channel]bool // nil for every channel
}

// Match reports whether e passes the filter.
func (f Filter) Match(e Event) bool {
	if f.From != nil && e.Start.Year < *f.From {
		return false
	}
	if f.To != nil && e.Start.Year > *f.To {
		return false
	}
	if f.Channels != nil && !f.Channels[e.Channel] {
		return false
	}
	return true
}

// Apply returns the events that pass the filter, in their order.
func (f Filter) Apply(events []Event) []Event {
	out := make([]Event, 0, len(events))
	for _, e := range events {
		if f.Match(e) {
			out = append(out, e)
		}
	}
	return out
}
