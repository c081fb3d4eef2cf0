package data

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Properties are what a dataset says of itself: its title, introduction,
// coverage and (where it has its own) categories.
type Properties struct {
	Title, Intro string
	Coverage     Coverage
	Categories   []Category // its own; nil for the six channels
	Eras         []Era
}

// PropertiesOf are ds's properties.
func (d *Dataset) PropertiesOf() Properties {
	return Properties{Title: d.Title, Intro: d.Intro, Coverage: d.Coverage, Categories: slices.Clone(d.OwnCategories), Eras: slices.Clone(d.Eras)}
}

// CheckCoverage reads a coverage of d as a form holds it, "" for none at
// either end; it says what is wrong with it, at "from" or "to": a date
// that does not parse, an end before the start, events after the end.
func (d *Dataset) CheckCoverage(from, to string) (Coverage, map[string]string) {
	var cov Coverage
	problems := map[string]string{}
	for field, s := range map[string]string{"from": from, "to": to} {
		if strings.TrimSpace(s) == "" {
			continue
		}
		d, err := ParseDate(strings.TrimSpace(s))
		if err != nil {
			problems[field] = err.Error()
			continue
		}
		if field == "from" {
			cov.From = d
		} else {
			cov.To = d
		}
	}
	if len(problems) == 0 && !cov.From.IsZero() && !cov.To.IsZero() && cov.To.Finish() <= cov.From.Begin() {
		problems["to"] = fmt.Sprintf("the coverage ends (%s) before it begins (%s)", cov.To.ISO(), cov.From.ISO())
	}
	if len(problems) == 0 && !cov.To.IsZero() {
		n := 0
		for _, e := range d.Events {
			if e.Start.Begin() >= cov.To.Finish() {
				n++
			}
		}
		switch {
		case n == 1:
			problems["to"] = fmt.Sprintf("1 event starts after %s: the coverage must run to it", cov.To.ISO())
		case n > 1:
			problems["to"] = fmt.Sprintf("%d events start after %s: the coverage must run to them", n, cov.To.ISO())
		}
	}
	return cov, problems
}

// SetProperties is the change that gives ds the properties p; categories
// may be renamed, given a role or added, never taken away (events use
// them by place).
func SetProperties(ds *Dataset, p Properties) (Change, error) {
	if strings.TrimSpace(p.Title) == "" {
		return Change{}, fmt.Errorf("a timeline needs a title")
	}
	if len(p.Categories) < len(ds.OwnCategories) {
		return Change{}, fmt.Errorf("categories are not taken away: their events would have none")
	}
	before := ds.PropertiesOf()
	return Change{
		Label: "Change the timeline's properties",
		// New categories change what the views are made of (the chips,
		// the legends); new eras are drawn again in place; a new title,
		// introduction or coverage changes words.
		Reshapes: !slices.Equal(before.Categories, p.Categories),
		do:       []Edit{{Kind: SetProps, Properties: &p}},
		undo:     []Edit{{Kind: SetProps, Properties: &before}},
	}, nil
}

// ProblemsWith says what validate would find wrong with ds given the
// properties p, by writing it and reading it back: a change of eras or
// coverage must leave a file that opens again. Only the events whose
// checks the properties change are written (see eventsPropertiesCheck),
// without what they follow (the properties have no part in that): at
// 100,000 events the whole timeline took a second and a half to write
// and read.
func (d *Dataset) ProblemsWith(p Properties) error {
	candidate := *d
	candidate.kept = nil
	candidate.Events = d.eventsPropertiesCheck(p)
	candidate.Title, candidate.Intro, candidate.Coverage, candidate.Eras = p.Title, p.Intro, p.Coverage, p.Eras
	if d.OwnCategories != nil || p.Categories != nil {
		candidate.OwnCategories = p.Categories
	}
	var buf bytes.Buffer
	if err := WriteDatasetJSON(&buf, &candidate); err != nil {
		return err
	}
	_, err := Load("the timeline", buf.Bytes())
	return err
}

// EraOf reads an era as a form holds it: its name, band, start and end
// (as ISO dates, "" for an open end) and whether it is still running;
// it says what is wrong with it.
func EraOf(id, name string, band Band, start, end string, ongoing bool) (Era, error) {
	places := &fieldPlaces{}
	c := &checker{file: "form", pos: places}
	e, _ := c.era("era", rawEra{ID: id, Name: strings.TrimSpace(name), Band: string(band), Start: strings.TrimSpace(start), End: strings.TrimSpace(end), Ongoing: ongoing})
	if len(c.problems) > 0 {
		return e, errors.New(c.problems[0].Message)
	}
	return e, nil
}

// eventsPropertiesCheck are the events of d whose checks the properties
// p would fail that d's own pass: those naming as their administration
// an era p does not hold as a U.S. president's, and, where p's coverage
// ends sooner than d's, those starting after its end; at least one (the
// first), as a dataset has. Each is a copy that follows no other. The
// events are gone through only when one of those can be: the kept count
// of administrations named says whether any is, and a dataset's events
// all start within its own coverage (loading and every edit check it).
func (d *Dataset) eventsPropertiesCheck(p Properties) []*Event {
	president := func(id string) bool {
		i := slices.IndexFunc(p.Eras, func(e Era) bool { return e.ID == id })
		return i >= 0 && p.Eras[i].Band == BandUSPresident
	}
	unknown := false
	for id := range d.keptAdministrations() {
		unknown = unknown || !president(id)
	}
	ends := p.Coverage.To
	sooner := !ends.IsZero() && (d.Coverage.To.IsZero() || ends.Finish() < d.Coverage.To.Finish())
	var out []*Event
	for i := 0; (unknown || sooner) && i < len(d.Events); i++ {
		e := d.Events[i]
		named := unknown && e.Administration != "" && !president(e.Administration)
		if named || sooner && e.Start.Begin() >= ends.Finish() {
			out = append(out, e.followingNone())
		}
	}
	if len(out) == 0 && len(d.Events) > 0 {
		out = append(out, d.Events[0].followingNone())
	}
	return out
}

// followingNone is a copy of e that follows no other event.
func (e *Event) followingNone() *Event {
	c := e.clone()
	c.After = ""
	return c
}
