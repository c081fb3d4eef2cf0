package data

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Backchannel's own CSV: the JSON schema's fields as columns, one row an
// event, lists separated by ";". Rows whose kind is dataset, category,
// topic, source or era carry the rest of a dataset, so that a file edited
// in a spreadsheet loads back without loss.

// csvColumns are the columns of Backchannel's CSV, in order.
var csvColumns = []string{"kind", "id", "title", "start", "end", "approximate", "channel", "topics",
	"participants", "intermediaries", "location", "summary", "outcome", "administration", "sources", "media",
	"band", "publisher", "date", "url", "label", "meaning"}

// Row kinds of Backchannel's CSV.
const (
	rowDataset  = "dataset"
	rowCategory = "category"
	rowTopic    = "topic"
	rowSource   = "source"
	rowEra      = "era"
	rowEvent    = "event"
)

// IsBackchannelCSV reports whether raw's header is Backchannel's CSV.
func IsBackchannelCSV(raw []byte) bool {
	first := strings.ToLower(string(firstLineOf(raw)))
	return strings.HasPrefix(strings.TrimSpace(first), "kind,") && strings.Contains(first, ",start")
}

// WriteDatasetCSV writes ds in Backchannel's CSV.
func WriteDatasetCSV(w io.Writer, ds *Dataset) error {
	cw := csv.NewWriter(w)
	write := func(fields map[string]string) error {
		rec := make([]string, len(csvColumns))
		for i, c := range csvColumns {
			rec[i] = fields[c]
		}
		return cw.Write(rec)
	}
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	rows := []map[string]string{{"kind": rowDataset, "title": ds.Title}}
	for _, c := range ds.OwnCategories {
		rows = append(rows, map[string]string{"kind": rowCategory, "id": c.ID, "label": c.Label, "meaning": c.Meaning})
	}
	for _, id := range sortedKeys(ds.Topics) {
		rows = append(rows, map[string]string{"kind": rowTopic, "id": id, "label": ds.Topics[id]})
	}
	for _, id := range ds.SourceIDs() {
		s := ds.Sources[id]
		rows = append(rows, map[string]string{"kind": rowSource, "id": id, "title": s.Title, "publisher": s.Publisher, "date": s.Date, "url": s.URL})
	}
	for _, e := range ds.Eras {
		row := map[string]string{"kind": rowEra, "id": e.ID, "title": e.Name, "band": string(e.Band), "start": e.Start.ISO()}
		if !e.Open() {
			row["end"] = e.End.ISO()
		}
		rows = append(rows, row)
	}
	for _, e := range ds.Events {
		row := map[string]string{"kind": rowEvent, "id": e.ID, "title": e.Title, "start": e.Start.ISO(),
			"channel": ds.Category(e.Channel).ID, "topics": strings.Join(e.Topics, "; "),
			"participants": strings.Join(e.Participants, "; "), "intermediaries": strings.Join(e.Intermediaries, "; "),
			"location": e.Location, "summary": e.Summary, "outcome": e.Outcome, "administration": e.Administration,
			"sources": strings.Join(e.Sources, "; "), "media": e.Media}
		if e.IsSpan() {
			row["end"] = e.End.ISO()
		}
		if e.Approximate {
			row["approximate"] = "true"
		}
		rows = append(rows, row)
	}
	for _, r := range rows {
		if err := write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvPositions maps schema paths to the cells of a CSV file.
type csvPositions struct {
	t    *csvTable
	rows map[string]csvRow // "events[3]", "eras[0]", "sources.cfr", "categories[1]" to its row
}

var pathPart = regexp.MustCompile(`^((?:events|eras|categories)\[\d+\]|sources\.[^.]+)(?:\.([a-z_]+))?`)

func (p *csvPositions) find(path string) (int, int) {
	m := pathPart.FindStringSubmatch(path)
	if m == nil {
		return 1, 1
	}
	row, ok := p.rows[m[1]]
	if !ok {
		return 1, 1
	}
	field := m[2]
	if field == "name" {
		field = "title" // an era's name is in the title column
	}
	if field == "" {
		field = "id"
	}
	pr := p.t.at(row, field, "")
	return pr.Line, pr.Col
}

// LoadCSV reads a dataset in Backchannel's CSV and checks it as Load does,
// reporting each problem at its row and column.
func LoadCSV(name string, raw []byte) (*Dataset, error) {
	t, ps, warnings := readCSV(name, raw, csvColumns)
	if ps != nil {
		return nil, ps
	}
	if ps := t.missing("kind", "id", "title", "start", "channel"); ps != nil {
		return nil, ps
	}
	pos := &csvPositions{t: t, rows: map[string]csvRow{}}
	c := &checker{file: name, pos: pos}
	rd := rawDataset{Sources: map[string]Source{}}
	for _, r := range t.rows {
		get := func(col string) string { return t.cell(r, col) }
		switch kind := strings.ToLower(get("kind")); kind {
		case rowDataset:
			rd.Title = get("title")
		case rowCategory:
			pos.rows[fmt.Sprintf("categories[%d]", len(rd.Categories))] = r
			rd.Categories = append(rd.Categories, Category{ID: get("id"), Label: get("label"), Meaning: get("meaning")})
		case rowTopic:
			if rd.Topics == nil {
				rd.Topics = map[string]string{}
			}
			rd.Topics[get("id")] = get("label")
		case rowSource:
			pos.rows["sources."+get("id")] = r
			rd.Sources[get("id")] = Source{Title: get("title"), Publisher: get("publisher"), Date: get("date"), URL: get("url")}
		case rowEra:
			pos.rows[fmt.Sprintf("eras[%d]", len(rd.Eras))] = r
			rd.Eras = append(rd.Eras, rawEra{ID: get("id"), Name: get("title"), Band: get("band"), Start: get("start"), End: get("end")})
		case rowEvent, "":
			if kind == "" && get("id") == "" && get("title") == "" && get("start") == "" {
				continue // an empty row
			}
			approx := false
			if a := get("approximate"); a != "" {
				v, err := strconv.ParseBool(a)
				if err != nil {
					c.problems = append(c.problems, t.at(r, "approximate", "approximate %q: want true or false", a))
				}
				approx = v
			}
			pos.rows[fmt.Sprintf("events[%d]", len(rd.Events))] = r
			rd.Events = append(rd.Events, rawEvent{ID: get("id"), Title: get("title"), Start: get("start"), End: get("end"),
				Approximate: approx, Channel: get("channel"), Topics: splitList(get("topics")),
				Participants: splitList(get("participants")), Intermediaries: splitList(get("intermediaries")),
				Location: get("location"), Summary: get("summary"), Outcome: get("outcome"),
				Administration: get("administration"), Sources: splitList(get("sources")), Media: get("media")})
		default:
			c.problems = append(c.problems, t.at(r, "kind", "unknown kind %q (want dataset, category, topic, source, era or event)", get("kind")))
		}
	}
	ds := c.build(&rd)
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	ds.Warnings = warnings
	return ds, nil
}
