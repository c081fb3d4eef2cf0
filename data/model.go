// Package data holds Backchannel's model of a timeline of contacts: events,
// dates at their precision, eras, channels and sources; it loads and
// validates datasets and aggregates them for the charts. It has no user
// interface and does not import Fyne.
package data

import "math"

// Band is the row of era bands an era belongs to.
type Band string

// The era bands a dataset may use.
const (
	BandUSPresident   Band = "us-president"
	BandIranPresident Band = "iran-president"
	BandIranLeader    Band = "iran-leader"
	BandGeneral       Band = "era" // an imported timeline's own eras
)

// Bands lists the known bands in the order they are drawn.
func Bands() []Band {
	return []Band{BandGeneral, BandUSPresident, BandIranPresident, BandIranLeader}
}

// Source is a document that events cite: a publication, an official
// statement, a law, a resolution, a judgment or a book.
type Source struct {
	ID         string `json:"-"`
	Title      string `json:"title"`
	Publisher  string `json:"publisher,omitempty"`  // who issued it: a government body, court, newspaper or press
	Date       string `json:"date,omitempty"`       // when it was issued, at its precision
	Identifier string `json:"identifier,omitempty"` // its official number: "Executive Order 12170", "S/RES/2231 (2015)"
	URL        string `json:"url,omitempty"`
}

// Account is how one party or source characterises an event, where
// they differ: the words are a paraphrase, attributed to whoever holds them.
type Account struct {
	By     string // whose account: "U.S. government", "Government of Iran"
	Says   string // what it holds, in neutral paraphrase
	Source string // the id of the source that records it
}

// Coverage is the stretch of time a dataset documents: events after To
// may have happened but are not in it.
type Coverage struct {
	From Date
	To   Date
}

// Through says where the coverage ends, as "through Sep 2025"; empty
// when the dataset does not state it.
func (c Coverage) Through() string {
	if c.To.IsZero() {
		return ""
	}
	return "through " + c.To.String()
}

// Era is a period drawn as a background band, such as a presidency.
type Era struct {
	ID    string
	Name  string
	Band  Band
	Start Date
	End   Date // zero when the era is open to today
	// Ongoing marks an era still running when the record ends: End is then
	// the last month the record documents, not the day the era ended.
	Ongoing bool
}

// Open reports whether the era has no end yet.
func (e Era) Open() bool { return e.End.IsZero() }

// Until is the instant, in decimal years, where the era's band stops:
// infinity when it is open, the end of its last documented period when it
// is ongoing at the record's end, otherwise the start of the day it ended
// (a term ends the day the next one begins).
func (e Era) Until() float64 {
	switch {
	case e.Open():
		return math.Inf(1)
	case e.Ongoing:
		return e.End.Finish()
	}
	return e.End.Begin()
}

// Dates says when the era ran, as people read it: "Jun 1989 – Feb 2026",
// "Jul 2024 – today", or for one still running when the record ends,
// "Jul 2024 – May 2026 (still in office when the record ends)".
func (e Era) Dates() string {
	switch {
	case e.Open():
		return e.Start.String() + " – today"
	case e.Ongoing && e.Band == BandGeneral:
		return e.Start.String() + " – " + e.End.String() + " (still running when the record ends)"
	case e.Ongoing:
		return e.Start.String() + " – " + e.End.String() + " (still in office when the record ends)"
	}
	return e.Start.String() + " – " + e.End.String()
}

// Event is one contact, or one action aimed at the other side.
type Event struct {
	ID             string
	Title          string
	Start          Date
	End            Date // zero unless the event is a span
	Approximate    bool
	Channel        Channel
	Topics         []string
	Participants   []string
	Intermediaries []string
	Location       string
	Summary        string
	Outcome        string
	Administration string // an era id that overrides the administration rule
	Sources        []string
	Media          string    // a link to a picture or page about the event; shown, never fetched
	DisplayDate    string    // how an imported timeline words the date, such as "Summer 1943"
	Accounts       []Account // where the parties or sources characterise it differently
	// After names the event this one answers or follows, where their dates
	// cannot say which came first ("March 2000" and 17 March 2000): it
	// comes after it in every ordering.
	After string
	// Notes are the lecturer's own words for the event: shown in the
	// presenter view, never to the audience, in exports or on the web page.
	Notes string
}

// DateText writes the event's date at its precision: "19 Jan 1981",
// "Nov 1979 – Jan 1981", "c. Mar 2000".
func (e Event) DateText() string {
	s := e.Start.String()
	if e.IsSpan() {
		s += " – " + e.End.String()
	}
	if e.Approximate {
		s = "c. " + s
	}
	return s
}

// IsSpan reports whether the event has an end date.
func (e Event) IsSpan() bool { return !e.End.IsZero() }

// Dataset is a whole timeline: its events in start order, the eras behind
// them and the sources they cite.
type Dataset struct {
	Title         string
	Intro         string            // what the timeline says of itself: a TimelineJS title slide's text
	Coverage      Coverage          // what the dataset documents; zero when unstated
	OwnCategories []Category        // the dataset's own kinds of event; empty for the six channels
	Topics        map[string]string // topic id to label; when set, events may use no other
	Sources       map[string]Source
	Eras          []Era
	// Events are the events in time order. An edit never changes an
	// event in place: it puts a new one in the list, so that a list copied
	// before the edit (a snapshot, an undo) still holds the event as it was.
	Events []*Event
	// Tours are the presentations and lectures the file keeps with it.
	Tours []Tour
	// Warnings are things in the file that were ignored, such as unknown
	// columns: worth saying, not worth refusing the file for.
	Warnings Problems
	// ReadAs is the format the dataset was read from (LoadAny, LoadFile);
	// empty for one made otherwise.
	ReadAs Format
	// kept are counts over Events kept up to date by edits (aggcache.go).
	kept *aggregates
}

// EventIndex is the position of the event with id in the dataset's
// events, or -1.
func (d *Dataset) EventIndex(id string) int {
	for i := range d.Events {
		if d.Events[i].ID == id {
			return i
		}
	}
	return -1
}

// EventIndexNear is EventIndex looking outward from position near: an
// event a window shows at near is found there or close by (a filter
// leaves out only events before it), without a pass over the list.
func (d *Dataset) EventIndexNear(id string, near int) int { return IndexNear(d.Events, id, near) }

// IndexNear is the position of the event with id in events, or -1, looked
// for outward from position near: after an edit, or in a list a filter
// shortened, an event is found where it was or a few steps away.
func IndexNear(events []*Event, id string, near int) int {
	n := len(events)
	for k := 0; near-k >= 0 || near+k < n; k++ {
		if i := near + k; i >= 0 && i < n && events[i].ID == id {
			return i
		}
		if i := near - k; k > 0 && i >= 0 && i < n && events[i].ID == id {
			return i
		}
	}
	return -1
}

// SourceIDs returns the ids of the dataset's sources in alphabetical order.
func (d *Dataset) SourceIDs() []string { return sortedKeys(d.Sources) }

// ErasIn returns the dataset's eras of one band, in start order.
func (d *Dataset) ErasIn(b Band) []Era {
	var out []Era
	for _, e := range d.Eras {
		if e.Band == b {
			out = append(out, e)
		}
	}
	return out
}

// Era returns the era with the given id.
func (d *Dataset) Era(id string) (Era, bool) {
	for _, e := range d.Eras {
		if e.ID == id {
			return e, true
		}
	}
	return Era{}, false
}

// clone is a new event holding what e holds, for a list that must not
// share its events with an edit's record of them.
func (e *Event) clone() *Event {
	c := *e
	return &c
}
