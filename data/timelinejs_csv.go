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
	l := &tjsCSVLoad{t: t, ds: ds, c: &checker{file: name}, groups: map[string]Channel{}, rows: t.rows()}
	if err := t.each(l.readRow); err != nil {
		return nil, Problems{csvProblem(name, err)}
	}
	c := l.c
	if len(ds.Events) == 0 && len(c.problems) == 0 {
		c.add(Problem{File: name, Line: 1, Col: 1, Message: "no events: a timeline needs at least one row with a year"})
	}
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	ds.Sources["file"] = Source{ID: "file", Title: ds.Title, Publisher: "TimelineJS spreadsheet " + filepath.Base(name)}
	sortGathered(ds.Events)
	sortEras(ds.Eras)
	return ds, nil
}

// tjsCSVLoad is a TimelineJS spreadsheet being read: the dataset it
// makes, the problems found (each placed by its row), and the category of
// each group.
type tjsCSVLoad struct {
	t      *csvTable
	ds     *Dataset
	c      *checker
	groups map[string]Channel
	rows   int // rows after the header, for sizing the list of events
}

// readRow takes one row: the title, an era or an event. It says whether
// to read on.
func (l *tjsCSVLoad) readRow(r csvRow) bool {
	t, c, ds := l.t, l.c, l.ds
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
	start, end, ok := l.dates(r)
	if !ok {
		return !c.full()
	}
	title := PlainLine(t.cell(r, "headline"))
	summary := PlainText(t.cell(r, "text"))
	if typ == "era" {
		if end.IsZero() {
			c.add(t.at(r, "end year", "an era needs an end"))
			return !c.full()
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
	e.Channel = groupCategory(ds, l.groups, PlainLine(t.cell(r, "group")))
	ds.Events = keepEvent(ds.Events, e, l.rows, len(c.problems) == 0)
	return !c.full()
}

// dates reads a row's start and optional end, reporting what is wrong
// with them at their cells.
func (l *tjsCSVLoad) dates(r csvRow) (start, end Date, ok bool) {
	t, c := l.t, l.c
	start, part, msg := dateFromParts(flexFrom(t.cell(r, "year")), flexFrom(t.cell(r, "month")), flexFrom(t.cell(r, "day")))
	if msg != "" {
		c.add(t.at(r, part, "%s", msg))
		return start, end, false
	}
	if t.cell(r, "end year") == "" {
		return start, end, true
	}
	e, part, msg := dateFromParts(flexFrom(t.cell(r, "end year")), flexFrom(t.cell(r, "end month")), flexFrom(t.cell(r, "end day")))
	switch {
	case msg != "":
		c.add(t.at(r, "end "+part, "%s", msg))
		return start, end, false
	case e.Finish() <= start.Begin():
		c.add(t.at(r, "end year", "ends before it starts"))
		return start, end, false
	}
	return start, e, true
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
