package data

import (
	"fmt"
	"math"
	"slices"
	"sort"
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
	Accounts                                      []Account
	// AccountsProblem says what is wrong with the accounts as written in
	// the form, before they could be read (see ReadAccounts).
	AccountsProblem string
}

// AccountsText writes accounts as the form shows them, one a line: "whose
// account | what it says | the source it cites".
func AccountsText(accounts []Account) string {
	lines := make([]string, len(accounts))
	for i, a := range accounts {
		lines[i] = a.By + " | " + a.Says + " | " + a.Source
	}
	return strings.Join(lines, "\n")
}

// ReadAccounts reads accounts as AccountsText writes them; it says what is
// wrong with a line that does not have its three parts.
func ReadAccounts(text string) ([]Account, string) {
	var out []Account
	for n, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			return out, fmt.Sprintf("account on line %d: want whose account | what it says | the source it cites", n+1)
		}
		out = append(out, Account{By: strings.TrimSpace(parts[0]), Says: strings.TrimSpace(parts[1]), Source: strings.TrimSpace(parts[2])})
	}
	return out, ""
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

// WithSources is d with sources added besides its own, for checking an
// event that cites them before they are saved: the same events, and the
// counts and index kept for them (the copy never edits them).
func (d *Dataset) WithSources(added []Source) *Dataset {
	if len(added) == 0 {
		return d
	}
	d.keptFor(d.Events) // made here, so that the copy shares it
	room := *d
	room.Sources = make(map[string]Source, len(d.Sources)+len(added))
	for id, s := range d.Sources {
		room.Sources[id] = s
	}
	for _, s := range added {
		room.Sources[s.ID] = s
	}
	return &room
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
	// The other events, found by id in the kept index of ids (as the form
	// checks at every key, without a pass over 100,000 events).
	other := func(id string) (*Event, bool) {
		if id == replacing {
			return nil, false
		}
		return d.eventByID(id)
	}
	if _, taken := other(e.ID); taken && e.ID != "" {
		c.at(place.field("id"), "another event has the id %q", e.ID)
	}
	if e.After != "" {
		c.follows(place.path(), &e, other)
	}
	problems := map[string]string{}
	if f.AccountsProblem != "" {
		problems["accounts"] = f.AccountsProblem
	}
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
	return UniqueID(title, "event", func(id string) bool {
		_, taken := ds.eventByID(id)
		return taken
	})
}

// PutEvent is the change that puts event e in ds, in its place in time:
// in place of the event with id replacing, or as a new one when
// replacing is "".
func PutEvent(ds *Dataset, e Event, replacing string) Change {
	return PutEventNear(ds, e, replacing, 0)
}

// PutEventNear is PutEvent for an event replaced that is looked for first
// around position near (where a window that shows the list knows it is).
func PutEventNear(ds *Dataset, e Event, replacing string, near int) Change {
	i := -1
	if replacing != "" {
		i = ds.EventIndexNear(replacing, near)
	}
	var old Event
	if i >= 0 {
		old = *ds.Events[i]
	}
	j := placeOf(ds.Events, e, i, ds.keptFollowers())
	label := fmt.Sprintf("Add “%s”", e.Title)
	if i >= 0 {
		label = fmt.Sprintf("Edit “%s”", e.Title)
	}
	c := Change{Label: label}
	if i >= 0 {
		c.do = []Edit{{Kind: MoveEvent, From: i, At: j, Event: &e}}
		c.undo = []Edit{{Kind: MoveEvent, From: j, At: i, Event: &old}}
	} else {
		c.do = []Edit{{Kind: InsertEvent, At: j, Event: &e}}
		c.undo = []Edit{{Kind: RemoveEvent, At: j}}
	}
	return c
}

// placeOf is where event e goes among events in time order, once the
// event at i (none when i < 0) is taken out: after every event that comes
// no later, as SortEvents would put it. followers counts the events that
// name each id as their after.
func placeOf(events []*Event, e Event, i int, followers map[string]int) int {
	if followers[e.ID] > 0 || i >= 0 && followers[events[i].ID] > 0 {
		// Another follows it: its place in time moves with it.
		without := slices.Concat(events[:max(i, 0)], events[max(i+1, 0):])
		if i < 0 {
			without = slices.Clone(events)
		}
		ordered := append(without, &e)
		SortEvents(ordered)
		return slices.IndexFunc(ordered, func(o *Event) bool { return o.ID == e.ID })
	}
	key := e.Start.Begin()
	var p int
	if len(followers) == 0 && e.After == "" {
		// Every event's place is its start: no list of keys is needed.
		p = sort.Search(len(events), func(k int) bool { return events[k].Start.Begin() > key })
	} else {
		keys := OrderKeys(events)
		if e.After != "" {
			if k := slices.IndexFunc(events, func(o *Event) bool { return o.ID == e.After }); k >= 0 && events[k].Start.Begin() < e.Start.Finish() {
				key = max(key, math.Nextafter(keys[k], math.Inf(1)))
			}
		}
		p = sort.Search(len(keys), func(k int) bool { return keys[k] > key })
	}
	if i >= 0 && i < p {
		p-- // the event taken out came before its new place
	}
	return p
}
