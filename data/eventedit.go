package data

import (
	"fmt"
	"slices"
	"strings"
)

// Editing an event in a form: its fields as typed are checked with the
// rules validate applies to a file, each problem said at its field, and a
// checked event goes into the dataset as one change, in its place in time.

// EventFields are an event's fields as a form holds them; lists are
// written with ";" (or ",") between items.
type EventFields struct {
	ID, Title, Start, End, Channel                string
	Approximate                                   bool
	Topics, Participants, Intermediaries, Sources string
	Location, Summary, Outcome, Administration    string
	Media, After, Notes                           string
	Accounts                                      []Account // kept as they are
}

// FieldsOf are event e's fields as a form shows them.
func (d *Dataset) FieldsOf(e Event) EventFields {
	end := ""
	if e.IsSpan() {
		end = e.End.ISO()
	}
	return EventFields{ID: e.ID, Title: e.Title, Start: e.Start.ISO(), End: end, Channel: d.Category(e.Channel).ID,
		Approximate: e.Approximate, Topics: strings.Join(e.Topics, "; "), Participants: strings.Join(e.Participants, "; "),
		Intermediaries: strings.Join(e.Intermediaries, "; "), Sources: strings.Join(e.Sources, "; "), Location: e.Location,
		Summary: e.Summary, Outcome: e.Outcome, Administration: e.Administration, Media: e.Media, After: e.After,
		Notes: e.Notes, Accounts: e.Accounts}
}

// fieldPlaces remembers the path of each problem a checker reports, so
// that each can be said at its field.
type fieldPlaces struct{ paths []string }

func (f *fieldPlaces) find(path string) (int, int) {
	f.paths = append(f.paths, path)
	return 0, 0
}

// CheckEvent checks an event's fields as validate checks a file's event,
// among the dataset's other events (replacing the one with id replacing,
// "" for a new one); it returns the event, and what is wrong by field
// ("title", "start", "end", "channel", "sources", "after", "topics",
// "administration", "id"), empty when nothing is.
func (d *Dataset) CheckEvent(f EventFields, replacing string) (Event, map[string]string) {
	re := rawEvent{ID: f.ID, Title: strings.TrimSpace(f.Title), Start: strings.TrimSpace(f.Start), End: strings.TrimSpace(f.End),
		Approximate: f.Approximate, Channel: f.Channel, Topics: formList(f.Topics), Participants: formList(f.Participants),
		Intermediaries: formList(f.Intermediaries), Location: f.Location, Summary: f.Summary, Outcome: f.Outcome,
		Administration: f.Administration, Sources: formList(f.Sources), Media: f.Media, After: strings.TrimSpace(f.After), Notes: f.Notes}
	for _, a := range f.Accounts {
		re.Accounts = append(re.Accounts, rawAccount(a))
	}
	places := &fieldPlaces{}
	c := &checker{file: "form", pos: places}
	place := eventPlace{id: re.ID}
	e := c.event(place, &re, d)
	c.afterCoverage(place, e, d.Coverage)
	ids := make(map[string]int, len(d.Events))
	for i, other := range d.Events {
		if other.ID != replacing {
			ids[other.ID] = i
		}
	}
	if _, taken := ids[e.ID]; taken && e.ID != "" {
		c.at(place.field("id"), "another event has the id %q", e.ID)
	}
	if e.After != "" {
		c.follows(place.path(), e, d.Events, ids)
	}
	problems := map[string]string{}
	for i, p := range c.problems {
		field := fieldOfProblem(places.paths[i], p.Message)
		if problems[field] == "" {
			problems[field] = p.Message
		}
	}
	return e, problems
}

// fieldOfProblem names the field a problem at path is about.
func fieldOfProblem(path, message string) string {
	if _, field, ok := strings.Cut(path, "]."); ok {
		field, _, _ = strings.Cut(field, "[")
		return field
	}
	switch {
	case strings.Contains(message, "missing title"):
		return "title"
	case strings.Contains(message, "missing channel"):
		return "channel"
	case strings.Contains(message, "cites no source"):
		return "sources"
	case strings.Contains(message, "missing id"):
		return "id"
	}
	return "start"
}

// formList reads a list as a form writes it: items between ";" or ",".
func formList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// NewEventID makes an id for a new event from its title, unused in ds.
func NewEventID(ds *Dataset, title string) string {
	base := categoryID(title, 0)
	if base == "" || strings.HasPrefix(base, "group-") {
		base = "event"
	}
	id := base
	for n := 2; slices.ContainsFunc(ds.Events, func(e Event) bool { return e.ID == id }); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// PutEvent is the change that puts event e in ds, in its place in time:
// in place of the event with id replacing, or as a new one when
// replacing is "".
func PutEvent(ds *Dataset, e Event, replacing string) Change {
	i := slices.IndexFunc(ds.Events, func(o Event) bool { return o.ID == replacing })
	var old Event
	without := ds.Events
	if i >= 0 {
		old = ds.Events[i]
		without = slices.Concat(ds.Events[:i], ds.Events[i+1:])
	}
	ordered := slices.Concat(without, []Event{e})
	SortEvents(ordered)
	j := slices.IndexFunc(ordered, func(o Event) bool { return o.ID == e.ID })
	label := fmt.Sprintf("Add “%s”", e.Title)
	if i >= 0 {
		label = fmt.Sprintf("Edit “%s”", e.Title)
	}
	return Change{
		Label: label,
		do: func(ds *Dataset) {
			rest := ds.Events
			if i >= 0 {
				rest = slices.Concat(rest[:i], rest[i+1:])
			}
			ds.Events = slices.Concat(rest[:j], []Event{e}, rest[j:])
		},
		undo: func(ds *Dataset) {
			rest := slices.Concat(ds.Events[:j], ds.Events[j+1:])
			if i >= 0 {
				rest = slices.Concat(rest[:i], []Event{old}, rest[i:])
			}
			ds.Events = rest
		},
	}
}
