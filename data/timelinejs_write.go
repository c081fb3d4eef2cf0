package data

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
)

// Writing TimelineJS JSON, so that a lecturer can publish a timeline with
// Knight Lab's TimelineJS on a course site. TimelineJS holds a title
// slide, events with dates in parts, a headline and text, a group, an id
// and media, and eras; what it cannot hold is named by TimelineJSDrops,
// for the message that says so, never dropped silently.

type tjsOutDate struct {
	Year        int64  `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tjsOutSlide struct {
	StartDate *tjsOutDate `json:"start_date,omitempty"`
	EndDate   *tjsOutDate `json:"end_date,omitempty"`
	Text      tjsText     `json:"text"`
	Media     *tjsMedia   `json:"media,omitempty"`
	Group     string      `json:"group,omitempty"`
	UniqueID  string      `json:"unique_id,omitempty"`
}

type tjsOutTimeline struct {
	Title  tjsOutSlide   `json:"title"`
	Events []tjsOutSlide `json:"events"`
	Eras   []tjsOutSlide `json:"eras,omitempty"`
}

// WriteTimelineJSJSON writes ds as TimelineJS JSON: each event a slide,
// its category its group, its summary its text; the eras as TimelineJS's.
func WriteTimelineJSJSON(w io.Writer, ds *Dataset) error {
	out := tjsOutTimeline{Title: tjsOutSlide{Text: tjsText{Headline: html.EscapeString(ds.Title), Text: paragraphs(ds.Intro)}}}
	for _, e := range ds.Events {
		s := tjsOutSlide{StartDate: tjsDateOut(e.Start, e.DisplayDate), Text: tjsText{Headline: html.EscapeString(e.Title), Text: paragraphs(e.Summary)},
			Group: ds.Category(e.Channel).Name(), UniqueID: e.ID}
		if e.IsSpan() {
			s.EndDate = tjsDateOut(e.End, "")
		}
		if e.Media != "" {
			s.Media = &tjsMedia{URL: e.Media}
		}
		out.Events = append(out.Events, s)
	}
	for _, era := range ds.Eras {
		end := era.End
		if era.Open() {
			continue // TimelineJS's eras have ends
		}
		out.Eras = append(out.Eras, tjsOutSlide{StartDate: tjsDateOut(era.Start, ""), EndDate: tjsDateOut(end, ""), Text: tjsText{Headline: html.EscapeString(era.Name)}})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// tjsDateOut writes a date in TimelineJS's parts: a year before the
// common era as minus that year, with no year 0 (this package's year 0 is
// 1 BCE).
func tjsDateOut(d Date, display string) *tjsOutDate {
	y := d.Year
	if y <= 0 {
		y--
	}
	out := &tjsOutDate{Year: y, DisplayDate: display}
	if d.Precision >= PrecisionMonth {
		out.Month = d.Month
	}
	if d.Precision >= PrecisionDay {
		out.Day = d.Day
	}
	return out
}

// paragraphs writes text as HTML paragraphs, a line each.
func paragraphs(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			b.WriteString("<p>" + html.EscapeString(line) + "</p>")
		}
	}
	return b.String()
}

// TimelineJSDrops says what of ds TimelineJS cannot hold: "the accounts
// of 22 events", "the notes of 5 events", the coverage…; none when it
// holds all.
func TimelineJSDrops(ds *Dataset) []string {
	count := map[string]int{}
	for _, e := range ds.Events {
		for field, there := range map[string]bool{
			"accounts": len(e.Accounts) > 0, "notes": e.Notes != "", "outcomes": e.Outcome != "",
			"participants": len(e.Participants) > 0, "intermediaries": len(e.Intermediaries) > 0, "places": e.Location != "",
			"topics": len(e.Topics) > 0, "sources": len(e.Sources) > 0 && !(len(e.Sources) == 1 && e.Sources[0] == "file"),
			"approximate marks": e.Approximate, "answers (after)": e.After != "",
		} {
			if there {
				count[field]++
			}
		}
	}
	var out []string
	for _, field := range []string{"accounts", "notes", "outcomes", "participants", "intermediaries", "places", "topics", "sources", "approximate marks", "answers (after)"} {
		if n := count[field]; n > 0 {
			out = append(out, fmt.Sprintf("the %s of %s", field, EventsCount(n)))
		}
	}
	if !ds.Coverage.To.IsZero() {
		out = append(out, "the coverage")
	}
	for _, era := range ds.Eras {
		if era.Open() {
			out = append(out, "the eras still open")
			break
		}
	}
	return out
}

// EventsCount writes a number of events: "1 event", "22 events".
func EventsCount(n int) string {
	if n == 1 {
		return "1 event"
	}
	return fmt.Sprintf("%d events", n)
}
