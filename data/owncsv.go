package data

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Backchannel's own CSV: the JSON schema's fields as columns, one row an
// event, lists separated by ";". Rows whose kind is dataset, category,
// topic, source or era carry the rest of a dataset, so that a file edited
// in a spreadsheet loads back without loss.

// csvColumns are the columns of Backchannel's CSV, in order.
var csvColumns = []string{"kind", "id", "title", "start", "end", "approximate", "channel", "topics",
	"participants", "intermediaries", "location", "summary", "outcome", "administration", "sources", "media",
	"after", "band", "publisher", "date", "url", "label", "meaning", "identifier", "by", "says", "ongoing", "role", "notes"}

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

// csvColumnAt is each column's place in a row.
var csvColumnAt = func() map[string]int {
	at := make(map[string]int, len(csvColumns))
	for i, c := range csvColumns {
		at[c] = i
	}
	return at
}()

// WriteDatasetCSV writes ds in Backchannel's CSV: the rows that hold the
// rest of the dataset, then each event followed by its accounts, each
// event's row written as it is made (never the rows of all of them held
// at once).
func WriteDatasetCSV(w io.Writer, ds *Dataset) error {
	cw := csv.NewWriter(w)
	rec := make([]string, len(csvColumns))
	write := func(fields map[string]string) error {
		for i, c := range csvColumns {
			rec[i] = fields[c]
		}
		return cw.Write(rec)
	}
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	for _, r := range datasetRows(ds) {
		if err := write(r); err != nil {
			return err
		}
	}
	for _, e := range ds.Events {
		if err := cw.Write(eventRecord(rec, ds, e)); err != nil {
			return err
		}
		for _, a := range e.Accounts {
			clear(rec)
			rec[csvColumnAt["kind"]], rec[csvColumnAt["id"]], rec[csvColumnAt["by"]] = rowAccount, e.ID, a.By
			rec[csvColumnAt["says"]], rec[csvColumnAt["sources"]] = a.Says, a.Source
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// datasetRows are the rows of Backchannel's CSV for ds but its events',
// each a map from column to cell: the dataset, its categories, topics,
// sources, eras and tours.
func datasetRows(ds *Dataset) []map[string]string {
	head := map[string]string{"kind": rowDataset, "title": ds.Title, "summary": ds.Intro}
	if !ds.Coverage.To.IsZero() {
		head["start"], head["end"] = ds.Coverage.From.ISO(), ds.Coverage.To.ISO()
	}
	rows := []map[string]string{head}
	for _, c := range ds.OwnCategories {
		rows = append(rows, map[string]string{"kind": rowCategory, "id": c.ID, "label": c.Label, "meaning": c.Meaning, "role": c.Role})
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
	return append(rows, tourRows(ds)...)
}

// eventRecord fills rec, a row of Backchannel's CSV, with event e's row.
func eventRecord(rec []string, ds *Dataset, e *Event) []string {
	clear(rec)
	for _, cell := range [...]struct{ column, value string }{
		{"kind", rowEvent}, {"id", e.ID}, {"title", e.Title}, {"start", e.Start.ISO()},
		{"channel", ds.Category(e.Channel).ID}, {"topics", strings.Join(e.Topics, "; ")},
		{"participants", strings.Join(e.Participants, "; ")}, {"intermediaries", strings.Join(e.Intermediaries, "; ")},
		{"location", e.Location}, {"summary", e.Summary}, {"outcome", e.Outcome}, {"administration", e.Administration},
		{"sources", strings.Join(e.Sources, "; ")}, {"media", e.Media}, {"after", e.After}, {"notes", e.Notes},
	} {
		rec[csvColumnAt[cell.column]] = cell.value
	}
	if e.IsSpan() {
		rec[csvColumnAt["end"]] = e.End.ISO()
	}
	if e.Approximate {
		rec[csvColumnAt["approximate"]] = "true"
	}
	return rec
}

// csvPositions maps schema paths to the cells of a CSV file. Event rows,
// which may be millions, are known by where they start and read again
// when a problem needs the place of a cell; other rows are kept.
type csvPositions struct {
	t      *csvTable
	rows   map[string]csvRow // "eras[0]", "sources.cfr", "categories[1]", "events[3].accounts[0]" to its row
	events []csvRowStart     // where the row of each event starts
}

// csvRowStart is where a row starts: its byte and its line, in eight
// bytes (a file Backchannel reads is held in memory, far below 4 GB).
type csvRowStart struct {
	off  uint32
	line uint32
}

// pathPart splits a problem's path into its row and field; compiled at
// its first use, not when the program starts.
var pathPart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^((?:events|eras|categories)\[\d+\](?:\.accounts\[\d+\])?|tours\[\d+\](?:\.steps\[\d+\])?|sources\.[^.]+|coverage)(?:\.([a-z_]+))?`)
})

// csvField is the column that holds a schema field in Backchannel's CSV.
var csvField = map[string]string{
	"name":   "title", // an era's name
	"from":   "start", // the coverage's, on the dataset row
	"to":     "end",
	"source": "sources", // an account's
	"event":  "id",      // a lecture's step's
	"":       "id",
}

func (p *csvPositions) find(path string) (int, int) {
	m := pathPart().FindStringSubmatch(path)
	if m == nil {
		return 1, 1
	}
	row, ok := p.rows[m[1]]
	if i, isEvent := eventIndex(m[1]); isEvent && i < len(p.events) {
		row, ok = p.t.rowAt(int64(p.events[i].off), int(p.events[i].line)), true
	}
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

// collectBetweenPasses is the size of a CSV file from which LoadCSV has
// the collector run between its two passes.
const collectBetweenPasses = 16 << 20

// LoadCSV reads a dataset in Backchannel's CSV and checks it as Load does,
// reporting each problem at its row and column. It reads the file twice:
// first everything but the events, then each event in turn, checked and
// let go, so that it holds no more than a row of the file at a time
// besides what the dataset keeps.
func LoadCSV(name string, raw []byte) (*Dataset, error) {
	t, ps, warnings := readCSV(name, raw, csvColumns)
	if ps != nil {
		return nil, ps
	}
	if ps := t.missing("kind", "id", "title", "start", "channel"); ps != nil {
		return nil, ps
	}
	pos := &csvPositions{t: t, rows: map[string]csvRow{}}
	l := &csvLoad{t: t, pos: pos, c: &checker{file: name, pos: pos}, rd: rawDataset{Sources: map[string]Source{}}, accounts: newCSVAccounts()}
	if err := t.each(l.readHead); err != nil {
		return nil, Problems{csvProblem(name, err)}
	}
	ds := l.c.buildHead(&l.rd)
	if len(raw) >= collectBetweenPasses {
		// The first pass's rows are garbage now: collected before the
		// second pass makes as many again, a large file costs its size
		// about twice, not three times.
		runtime.GC()
	}
	l.ec = l.c.newEventChecker(ds)
	l.ec.expect(len(pos.events))
	_ = t.each(l.readEvent)
	l.ec.finish()
	l.c.checkTours(ds, l.ec.ids)
	for _, r := range l.accounts.left() {
		l.c.add(t.at(r, "id", "account of unknown event %q", t.cell(r, "id")))
	}
	if len(l.c.problems) > 0 {
		return nil, l.c.sorted()
	}
	ds.Warnings = warnings
	return ds, nil
}

// csvLoad is Backchannel's CSV being read: the rows kept for their
// places, the dataset as written, the account rows waiting for their
// events, and the events' checker.
type csvLoad struct {
	t        *csvTable
	pos      *csvPositions
	c        *checker
	rd       rawDataset
	accounts *csvAccounts
	ec       *eventChecker
	events   int // event rows read in the second pass
}

// isEvent reports whether a row of the given kind is an event: an event
// row, or one with no kind that is not empty.
func (l *csvLoad) isEvent(r csvRow, kind string) bool {
	t := l.t
	empty := kind == "" && t.cell(r, "id") == "" && t.cell(r, "title") == "" && t.cell(r, "start") == ""
	return (kind == rowEvent || kind == "") && !empty
}

// readHead takes a row of the first pass: everything but the events,
// whose places alone are noted. It says whether to read on.
func (l *csvLoad) readHead(r csvRow) bool {
	t, c, rd, pos := l.t, l.c, &l.rd, l.pos
	if c.full() {
		return false
	}
	get := func(col string) string { return t.cell(r, col) }
	switch kind := strings.ToLower(get("kind")); kind {
	case rowDataset:
		rd.Title, rd.Intro = get("title"), get("summary")
		if get("start") != "" || get("end") != "" {
			pos.rows["coverage"] = r
			rd.Coverage = &rawCoverage{From: get("start"), To: get("end")}
		}
	case rowAccount:
		l.accounts.keep(get("id"), r)
	case rowCategory:
		pos.rows[fmt.Sprintf("categories[%d]", len(rd.Categories))] = r
		rd.Categories = append(rd.Categories, Category{ID: get("id"), Label: get("label"), Meaning: get("meaning"), Role: get("role")})
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
	case rowTour, rowStep:
		l.readTourRow(r, kind)
	case rowEvent, "":
		if l.isEvent(r, kind) {
			pos.events = append(pos.events, csvRowStart{off: uint32(r.off), line: uint32(r.line)})
		}
	default:
		c.add(t.at(r, "kind", "unknown kind %q (want dataset, category, topic, source, era, tour, step, event or account)", get("kind")))
	}
	return !c.full()
}

// readEvent takes a row of the second pass: an event, with the accounts
// that name it, is checked. It says whether to read on.
func (l *csvLoad) readEvent(r csvRow) bool {
	t, c := l.t, l.c
	if c.full() {
		return false
	}
	get := func(col string) string { return t.cell(r, col) }
	if !l.isEvent(r, strings.ToLower(get("kind"))) {
		return true
	}
	re := rawEvent{ID: get("id"), Title: get("title"), Start: get("start"), End: get("end"),
		Approximate: boolCell(c, t, r, "approximate", get("approximate")), Channel: get("channel"), Topics: splitList(get("topics")),
		Participants: splitList(get("participants")), Intermediaries: splitList(get("intermediaries")),
		Location: get("location"), Summary: get("summary"), Outcome: get("outcome"),
		Administration: get("administration"), Sources: splitList(get("sources")), Media: get("media"), After: get("after"), Notes: get("notes")}
	for j, a := range l.accounts.take(re.ID) {
		l.pos.rows[fmt.Sprintf("events[%d].accounts[%d]", l.events, j)] = a
		re.Accounts = append(re.Accounts, rawAccount{By: t.cell(a, "by"), Says: t.cell(a, "says"), Source: t.cell(a, "sources")})
	}
	l.ec.add(l.events, &re)
	l.events++
	return !c.full()
}

// csvAccounts holds account rows until the event they name is read: each
// goes, in file order, to the first event with that id.
type csvAccounts struct {
	byEvent map[string][]csvRow
	order   []string // event ids in the order their first account came
}

func newCSVAccounts() *csvAccounts { return &csvAccounts{byEvent: map[string][]csvRow{}} }

func (a *csvAccounts) keep(id string, r csvRow) {
	if _, seen := a.byEvent[id]; !seen {
		a.order = append(a.order, id)
	}
	a.byEvent[id] = append(a.byEvent[id], r)
}

// take hands over the accounts of the event id, once.
func (a *csvAccounts) take(id string) []csvRow {
	rows := a.byEvent[id]
	delete(a.byEvent, id)
	return rows
}

// left is the account rows no event took, in file order.
func (a *csvAccounts) left() []csvRow {
	var rows []csvRow
	for _, id := range a.order {
		rows = append(rows, a.byEvent[id]...)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].off < rows[j].off })
	return rows
}

// eventIndex reads the index of an event's own path: "events[3]" is 3.
func eventIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "events[")
	if !ok || !strings.HasSuffix(rest, "]") || strings.Contains(rest, ".") {
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
	return i, err == nil
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
