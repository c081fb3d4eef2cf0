package data

import (
	"maps"
	"sort"
	"strings"
)

// Citation names a source as a reader would look it up: title, issuer,
// date at its precision and official identifier, then its address when
// it has one. A source with no title is named by its id.
func (s Source) Citation() string {
	if s.Title == "" {
		return s.ID
	}
	parts := []string{s.Title}
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Date != "" {
		if d, err := ParseDate(s.Date); err == nil {
			parts = append(parts, d.String())
		} else {
			parts = append(parts, s.Date)
		}
	}
	if s.Identifier != "" {
		parts = append(parts, s.Identifier)
	}
	line := strings.Join(parts, " — ")
	if s.URL != "" {
		line += " (" + s.URL + ")"
	}
	return line
}

// Source returns the source with the given id; one the dataset does not
// hold is named by its id alone.
func (d *Dataset) Source(id string) Source {
	if s, ok := d.Sources[id]; ok {
		return s
	}
	return Source{ID: id}
}

// CitationCounts returns how many events cite each source.
func (d *Dataset) CitationCounts() map[string]int {
	kept := d.keptFor(d.Events)
	if kept.citations != nil {
		return maps.Clone(kept.citations)
	}
	cited := make(map[string]int, len(d.Sources))
	// Neighbouring events often cite the same source (an imported
	// timeline's all cite its file): a run of one source is counted
	// before it is looked up.
	last, run := "", 0
	for ke := range d.Events {
		e := d.Events[ke]
		for _, s := range e.Sources {
			if s != last {
				if run > 0 {
					cited[last] += run
				}
				last, run = s, 0
			}
			run++
		}
	}
	if run > 0 {
		cited[last] += run
	}
	kept.citations = maps.Clone(cited)
	return cited
}

// MostCited lists the source ids, the most cited first (ties in the
// dataset's order), with how many events cite each.
func (d *Dataset) MostCited() ([]string, map[string]int) {
	cited := d.CitationCounts()
	ids := d.SourceIDs()
	sort.SliceStable(ids, func(i, j int) bool { return cited[ids[i]] > cited[ids[j]] })
	return ids, cited
}
