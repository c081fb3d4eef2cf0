package data

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// tjsCSVColumns are the columns of TimelineJS's spreadsheet template.
var tjsCSVColumns = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"}

// IsTimelineJSCSV reports whether raw's header row has TimelineJS's
// "Year" and "Headline" columns.
func IsTimelineJSCSV(raw []byte) bool {
	cells := map[string]bool{}
	for _, c := range strings.Split(string(firstLineOf(raw)), ",") {
		cells[strings.ToLower(strings.Trim(strings.TrimSpace(c), `"`))] = true
	}
	return cells["year"] && cells["headline"]
}

func firstLineOf(raw []byte) []byte {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(raw, '\n'); i >= 0 {
		return raw[:i]
	}
	return raw
}

// LoadTimelineJSCSV reads TimelineJS's spreadsheet CSV: one row an event,
// a row of type "title" for the title and rows of type "era" for eras.
// Groups become categories as in LoadTimelineJSJSON.
func LoadTimelineJSCSV(name string, raw []byte) (*Dataset, error) {
	t, ps, warnings := readCSV(name, raw, tjsCSVColumns)
	if ps != nil {
		return nil, ps
	}
	if ps := t.missing("year", "headline"); ps != nil {
		return nil, ps
	}
	ds := &Dataset{Title: fileTitle(name), Sources: map[string]Source{}, Warnings: warnings}
	c := &checker{file: name} // gathers and counts the problems; places come from the rows
	groups := map[string]Channel{}
	err := t.each(func(r csvRow) bool {
		if c.full() {
			return false
		}
		typ := strings.ToLower(t.cell(r, "type"))
		if typ == "title" {
			if h := PlainLine(t.cell(r, "headline")); h != "" {
				ds.Title = h
			}
			ds.Intro = PlainText(t.cell(r, "text"))
			return true
		}
		if t.cell(r, "year") == "" && t.cell(r, "headline") == "" && t.cell(r, "text") == "" {
			return true // an empty row
		}
		start, part, msg := dateFromParts(flexFrom(t.cell(r, "year")), flexFrom(t.cell(r, "month")), flexFrom(t.cell(r, "day")))
		if msg != "" {
			c.add(t.at(r, part, "%s", msg))
			return true
		}
		var end Date
		if t.cell(r, "end year") != "" {
			e, part, msg := dateFromParts(flexFrom(t.cell(r, "end year")), flexFrom(t.cell(r, "end month")), flexFrom(t.cell(r, "end day")))
			switch {
			case msg != "":
				c.add(t.at(r, "end "+part, "%s", msg))
				return true
			case e.Finish() <= start.Begin():
				c.add(t.at(r, "end year", "ends before it starts"))
				return true
			}
			end = e
		}
		title := PlainLine(t.cell(r, "headline"))
		summary := PlainText(t.cell(r, "text"))
		if typ == "era" {
			if end.IsZero() {
				c.add(t.at(r, "end year", "an era needs an end"))
				return true
			}
			after := end
			after.Year, after.Month, after.Day, after.Precision = dateAfter(end)
			ds.Eras = append(ds.Eras, Era{ID: fmt.Sprintf("era-%d", len(ds.Eras)+1), Name: firstNonEmpty(title, "Era"), Band: BandGeneral, Start: start, End: after})
			return true
		}
		e := Event{ID: fmt.Sprintf("row-%d", r.line), Title: firstNonEmpty(title, firstLine(summary, 80), firstLine(PlainLine(t.cell(r, "media caption")), 80), "(untitled)"),
			Start: start, End: end, Summary: summary, Sources: fileSources(), DisplayDate: PlainLine(t.cell(r, "display date"))}
		if m := t.cell(r, "media"); strings.HasPrefix(m, "http") {
			e.Media = m
		}
		group := PlainLine(t.cell(r, "group"))
		ch, seen := groups[group]
		if !seen {
			ch = Channel(len(ds.OwnCategories))
			groups[group] = ch
			label := firstNonEmpty(group, "Events")
			ds.OwnCategories = append(ds.OwnCategories, Category{ID: uniqueCategoryID(ds, label), Label: label})
		}
		e.Channel = ch
		ds.Events = append(ds.Events, e)
		return !c.full()
	})
	if err != nil {
		return nil, Problems{csvProblem(name, err)}
	}
	if len(ds.Events) == 0 && len(c.problems) == 0 {
		c.add(Problem{File: name, Line: 1, Col: 1, Message: "no events: a timeline needs at least one row with a year"})
	}
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	ds.Sources["file"] = Source{ID: "file", Title: ds.Title, Publisher: "TimelineJS spreadsheet " + filepath.Base(name)}
	SortEvents(ds.Events)
	sortEras(ds.Eras)
	return ds, nil
}

// uniqueCategoryID makes an id for a new category of ds from its label.
func uniqueCategoryID(ds *Dataset, label string) string {
	id := categoryID(label, len(ds.OwnCategories))
	if _, taken := ds.CategoryIndex(id); taken && len(ds.OwnCategories) > 0 {
		id = fmt.Sprintf("%s-%d", id, len(ds.OwnCategories)+1)
	}
	return id
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
