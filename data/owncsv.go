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
	"after", "band", "publisher", "date", "url", "label", "meaning", "identifier", "by", "says", "ongoing"}

// Row kinds of Backchannel's CSV.
const (
	rowDataset  = "dataset"
	rowCategory = "category"
	rowTopic    = "topic"
	rowSource   = "source"
	rowEra      = "era"
	rowEvent    = "event"
	rowAccount  = "account" // one account of an event: id is the event's, sources the account's source
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
	head := map[string]string{"kind": rowDataset, "title": ds.Title, "summary": ds.Intro}
	if !ds.Coverage.To.IsZero() {
		head["start"], head["end"] = ds.Coverage.From.ISO(), ds.Coverage.To.ISO()
	}
	rows := []map[string]string{head}
	for _, c := range ds.OwnCategories {
		rows = append(rows, map[string]string{"kind": rowCategory, "id": c.ID, "label": c.Label, "meaning": c.Meaning})
	}
	for _, id := range sortedKeys(ds.Topics) {
		rows = append(rows, map[string]string{"kind": rowTopic, "id": id, "label": ds.Topics[id]})
	}
	for _, id := range ds.SourceIDs() {
		s := ds.Sources[id]
		rows = append(rows, map[string]string{"kind": rowSource, "id": id, "title": s.Title, "publisher": s.Publisher,
			"date": s.Date, "identifier": s.Identifier, "url": s.URL})
	}
	for _, e := range ds.Eras {
		row := map[string]string{"kind": rowEra, "id": e.ID, "title": e.Name, "band": string(e.Band), "start": e.Start.ISO()}
		if !e.Open() {
			row["end"] = e.End.ISO()
		}
		if e.Ongoing {
			row["ongoing"] = "true"
		}
		rows = append(rows, row)
	}
	for _, e := range ds.Events {
		row := map[string]string{"kind": rowEvent, "id": e.ID, "title": e.Title, "start": e.Start.ISO(),
			"channel": ds.Category(e.Channel).ID, "topics": strings.Join(e.Topics, "; "),
			"participants": strings.Join(e.Participants, "; "), "intermediaries": strings.Join(e.Intermediaries, "; "),
			"location": e.Location, "summary": e.Summary, "outcome": e.Outcome, "administration": e.Administration,
			"sources": strings.Join(e.Sources, "; "), "media": e.Media, "after": e.After}
		if e.IsSpan() {
			row["end"] = e.End.ISO()
		}
		if e.Approximate {
			row["approximate"] = "true"
		}
		rows = append(rows, row)
		for _, a := range e.Accounts {
			rows = append(rows, map[string]string{"kind": rowAccount, "id": e.ID, "by": a.By, "says": a.Says, "sources": a.Source})
		}
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

var pathPart = regexp.MustCompile(`^((?:events|eras|categories)\[\d+\](?:\.accounts\[\d+\])?|sources\.[^.]+|coverage)(?:\.([a-z_]+))?`)

// csvField is the column that holds a schema field in Backchannel's CSV.
var csvField = map[string]string{
	"name":   "title", // an era's name
	"from":   "start", // the coverage's, on the dataset row
	"to":     "end",
	"source": "sources", // an account's
	"":       "id",
}

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
	if col, ok := csvField[field]; ok {
		field = col
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
	var accounts []csvRow
	for _, r := range t.rows {
		get := func(col string) string { return t.cell(r, col) }
		switch kind := strings.ToLower(get("kind")); kind {
		case rowDataset:
			rd.Title, rd.Intro = get("title"), get("summary")
			if get("start") != "" || get("end") != "" {
				pos.rows["coverage"] = r
				rd.Coverage = &rawCoverage{From: get("start"), To: get("end")}
			}
		case rowAccount:
			accounts = append(accounts, r)
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
			rd.Sources[get("id")] = Source{Title: get("title"), Publisher: get("publisher"), Date: get("date"),
				Identifier: get("identifier"), URL: get("url")}
		case rowEra:
			pos.rows[fmt.Sprintf("eras[%d]", len(rd.Eras))] = r
			rd.Eras = append(rd.Eras, rawEra{ID: get("id"), Name: get("title"), Band: get("band"), Start: get("start"), End: get("end"),
				Ongoing: boolCell(c, t, r, "ongoing", get("ongoing"))})
		case rowEvent, "":
			if kind == "" && get("id") == "" && get("title") == "" && get("start") == "" {
				continue // an empty row
			}
			approx := boolCell(c, t, r, "approximate", get("approximate"))
			pos.rows[fmt.Sprintf("events[%d]", len(rd.Events))] = r
			rd.Events = append(rd.Events, rawEvent{ID: get("id"), Title: get("title"), Start: get("start"), End: get("end"),
				Approximate: approx, Channel: get("channel"), Topics: splitList(get("topics")),
				Participants: splitList(get("participants")), Intermediaries: splitList(get("intermediaries")),
				Location: get("location"), Summary: get("summary"), Outcome: get("outcome"),
				Administration: get("administration"), Sources: splitList(get("sources")), Media: get("media"), After: get("after")})
		default:
			c.add(t.at(r, "kind", "unknown kind %q (want dataset, category, topic, source, era, event or account)", get("kind")))
		}
	}
	c.add(attachAccounts(t, pos, &rd, accounts)...)
	ds := c.build(&rd)
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	ds.Warnings = warnings
	return ds, nil
}

// attachAccounts gives each account row to the event it names, in file
// order, and reports a row whose event is not in the file.
func attachAccounts(t *csvTable, pos *csvPositions, rd *rawDataset, rows []csvRow) Problems {
	index := map[string]int{}
	for i, e := range rd.Events {
		if _, dup := index[e.ID]; !dup {
			index[e.ID] = i
		}
	}
	var problems Problems
	for _, r := range rows {
		id := t.cell(r, "id")
		i, ok := index[id]
		if !ok {
			problems = append(problems, t.at(r, "id", "account of unknown event %q", id))
			continue
		}
		e := &rd.Events[i]
		pos.rows[fmt.Sprintf("events[%d].accounts[%d]", i, len(e.Accounts))] = r
		e.Accounts = append(e.Accounts, rawAccount{By: t.cell(r, "by"), Says: t.cell(r, "says"), Source: t.cell(r, "sources")})
	}
	return problems
}

// boolCell reads a true-or-false cell of a row; an empty cell is false,
// anything else that is not a boolean is reported at its cell.
func boolCell(c *checker, t *csvTable, r csvRow, col, cell string) bool {
	if cell == "" {
		return false
	}
	v, err := strconv.ParseBool(cell)
	if err != nil {
		c.add(t.at(r, col, "%s %q: want true or false", col, cell))
	}
	return v
}
