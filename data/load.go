package data

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// rawDataset is the JSON file as written, before its values are checked.
type rawDataset struct {
	Title      string            `json:"title"`
	Intro      string            `json:"intro"`
	Coverage   *rawCoverage      `json:"coverage"`
	Categories []Category        `json:"categories"`
	Topics     map[string]string `json:"topics"`
	Sources    map[string]Source `json:"sources"`
	Eras       []rawEra          `json:"eras"`
	Tours      []Tour            `json:"tours"`
	Events     []rawEvent        `json:"events"`
}

type rawCoverage struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type rawAccount struct {
	By     string `json:"by"`
	Says   string `json:"says"`
	Source string `json:"source"`
}

type rawEra struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Band    string `json:"band"`
	Start   string `json:"start"`
	End     string `json:"end"`
	Ongoing bool   `json:"ongoing"`
}

type rawEvent struct {
	ID             string       `json:"id"`
	Title          string       `json:"title"`
	Start          string       `json:"start"`
	End            string       `json:"end"`
	Approximate    bool         `json:"approximate"`
	Channel        string       `json:"channel"`
	Topics         []string     `json:"topics"`
	Participants   []string     `json:"participants"`
	Intermediaries []string     `json:"intermediaries"`
	Location       string       `json:"location"`
	Summary        string       `json:"summary"`
	Outcome        string       `json:"outcome"`
	Administration string       `json:"administration"`
	Sources        []string     `json:"sources"`
	Media          string       `json:"media"`
	After          string       `json:"after"`
	Notes          string       `json:"notes"`
	Accounts       []rawAccount `json:"accounts"`
}

// LoadFile reads and checks a dataset in any format Backchannel opens,
// chosen by what the file holds, not by its name.
func LoadFile(path string) (*Dataset, error) {
	raw, err := readFile(path)
	if err != nil {
		return nil, Problems{{File: path, Message: err.Error()}}
	}
	return LoadAny(path, raw)
}

// Format is a file format Backchannel opens.
type Format string

// The formats Backchannel opens, told apart by content.
const (
	FormatJSON           Format = "Backchannel JSON"
	FormatCSV            Format = "Backchannel CSV"
	FormatTimelineJSJSON Format = "TimelineJS JSON"
	FormatTimelineJSCSV  Format = "TimelineJS CSV"
)

// FormatOf tells which format raw is written in, as LoadAny reads it, or
// what is wrong with it.
func FormatOf(name string, raw []byte) (Format, error) {
	body := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")))
	switch {
	case len(body) == 0:
		return "", Problems{{File: name, Line: 1, Col: 1, Message: "empty file: want a JSON or CSV timeline"}}
	case bytes.HasPrefix(raw, []byte("\xff\xfe")) || bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return "", Problems{{File: name, Line: 1, Col: 1, Message: "UTF-16 text: save the file as UTF-8"}}
	case body[0] != '{' && IsBackchannelCSV(raw):
		return FormatCSV, nil
	case body[0] != '{' && IsTimelineJSCSV(raw):
		return FormatTimelineJSCSV, nil
	case body[0] != '{':
		return "", Problems{{File: name, Line: 1, Col: 1, Message: "not a timeline Backchannel opens: want its JSON or CSV, or TimelineJS JSON or CSV"}}
	}
	// Telling the formats apart reads no further than the first event, and
	// encoding/json refuses nesting past 10,000 on the way: each loader then
	// refuses what is nested deeper than the formats need.
	if IsTimelineJSJSON(body) {
		return FormatTimelineJSJSON, nil
	}
	return FormatJSON, nil
}

// LoadAny reads a dataset in Backchannel's JSON or CSV, TimelineJS's JSON
// or TimelineJS's spreadsheet CSV, telling them apart by content.
func LoadAny(name string, raw []byte) (*Dataset, error) {
	f, err := FormatOf(name, raw)
	var ds *Dataset
	switch f {
	case FormatCSV:
		ds, err = LoadCSV(name, raw)
	case FormatTimelineJSCSV:
		ds, err = LoadTimelineJSCSV(name, raw)
	case FormatTimelineJSJSON:
		ds, err = LoadTimelineJSJSON(name, raw)
	case FormatJSON:
		ds, err = Load(name, raw)
	}
	if ds != nil {
		ds.ReadAs = f
	}
	return ds, err
}

// Writable reports whether Backchannel writes format f back as it reads
// it: its own JSON and CSV.
func (f Format) Writable() bool { return f == FormatJSON || f == FormatCSV }

// WriteDataset writes ds in format f, one of Backchannel's own.
func WriteDataset(w io.Writer, ds *Dataset, f Format) error {
	switch f {
	case FormatJSON:
		return WriteDatasetJSON(w, ds)
	case FormatCSV:
		return WriteDatasetCSV(w, ds)
	}
	return fmt.Errorf("Backchannel does not write %s", f)
}

// Load reads and checks a dataset in Backchannel's JSON format. name is
// the file name that problems are reported against. On any problem it
// returns a nil dataset and a Problems error listing every one found.
func Load(name string, raw []byte) (*Dataset, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	pos := &lazyJSON{raw: raw}
	c := &checker{file: name, pos: pos, json: pos}
	if len(bytes.TrimSpace(raw)) == 0 {
		c.add(Problem{File: name, Line: 1, Col: 1, Message: "empty file: want a JSON object with \"events\""})
		return nil, c.problems
	}
	if p := checkJSONDepth(name, raw); p != nil {
		return nil, Problems{*p}
	}
	// Everything but the events is decoded first, so that each event can
	// then be read, checked and let go in turn: an event is never held as
	// it was written, only as the dataset keeps it.
	head, ok := c.decodeHead(raw)
	if !ok {
		return nil, c.problems
	}
	ds := c.buildHead(&head)
	// Room for the events the file seems to hold, never more than its
	// size allows (an event takes more than 64 bytes), so that a large
	// file's events are not copied each time their list grows.
	ec := c.newEventChecker(ds)
	ec.expect(min(bytes.Count(raw, []byte(`"start"`)), len(raw)/64))
	if !c.streamEvents(raw, ec) {
		c.reportMalformed(raw)
		return nil, c.sorted()
	}
	ec.finish()
	c.checkTours(ds, ec.ids)
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	return ds, nil
}

// streamEvents reads the document's events one at a time, each from its
// own bytes, and hands each to ec. A value of the wrong type in an event
// is reported at its place, and reading goes on with the next event. It
// reports false when the document is not well formed, having perhaps
// handed over some events; true when it read all, or stopped once the
// most problems were found.
func (c *checker) streamEvents(raw []byte, ec *eventChecker) bool {
	w := &jsonWalk{raw: raw, text: textArena{inBlocks: true}} // the events' strings are kept as read
	stopped := false
	var re rawEvent // one for all the events: each is copied as it is kept
	whole := w.members(func(name string) bool {
		if !strings.EqualFold(name, "events") { // encoding/json's rule for member names
			return w.skip()
		}
		if w.peek() != '[' {
			if w.peek() != 'n' { // null is no events, said once they are counted
				c.at("events", "events: want a list of events")
			}
			return w.skip()
		}
		return w.elements(func(i int) bool {
			if c.full() {
				stopped = true
				return false
			}
			start := w.off
			re = rawEvent{}
			if !w.plainEvent(&re) {
				w.off, re = start, rawEvent{}
				if !w.decode(c, "events", &re) {
					return false
				}
			}
			ec.add(i, &re)
			return true
		})
	})
	return stopped || whole && w.atEnd()
}

// sorted returns the problems in file order.
func (c *checker) sorted() Problems {
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	switch {
	case c.cutShort:
		return append(c.problems, Problem{File: c.file, Unlisted: -1, Message: fmt.Sprintf(
			"and more problems: reading stopped once %s were found; mend these first", FormatCount(MaxProblems))})
	case c.unlisted > 0:
		return append(c.problems, Problem{File: c.file, Unlisted: c.unlisted, Message: fmt.Sprintf(
			"and %s more problems, not listed: mend these first", FormatCount(c.unlisted))})
	}
	return c.problems
}

// sortEras orders eras by start.
func sortEras(eras []Era) {
	sort.SliceStable(eras, func(i, j int) bool { return eras[i].Start.Begin() < eras[j].Start.Begin() })
}

// locator finds where a value is written, by its path in the JSON schema
// ("events[3].channel"): in a JSON file, or in the cells of a CSV one.
type locator interface {
	find(path string) (line, col int)
}

// checker gathers problems with their places.
type checker struct {
	file     string
	pos      locator
	json     *lazyJSON // for decoding errors, in JSON files
	problems Problems
	unlisted int  // problems found past MaxProblems
	cutShort bool // reading stopped at MaxProblems: there may be more
}

// full reports whether MaxProblems have been found: a reader then stops,
// since the file cannot load and a longer list helps nobody, and notes
// that it stopped.
func (c *checker) full() bool {
	if len(c.problems) >= MaxProblems {
		c.cutShort = true
	}
	return c.cutShort
}

func (c *checker) at(path, format string, args ...any) {
	if len(c.problems) >= MaxProblems {
		c.unlisted++
		return
	}
	line, col := c.pos.find(path)
	c.add(Problem{File: c.file, Line: line, Col: col, Message: fmt.Sprintf(format, args...)})
}

// MaxProblems is how many problems a loader lists; having found that
// many it reads no further. Nobody reads a million problems, and finding
// and keeping them would cost time and memory many times the file's size.
const MaxProblems = 1000

// add records problems, listing the first MaxProblems and counting the rest.
func (c *checker) add(ps ...Problem) {
	room := max(MaxProblems-len(c.problems), 0)
	if len(ps) > room {
		c.unlisted += len(ps) - room
		ps = ps[:room]
	}
	c.problems = append(c.problems, ps...)
}

// decodeError records a decoding error and says whether what was decoded
// is still worth checking.
func (c *checker) decodeError(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off := int(syn.Offset) - 1 // the offset is just past the offending character
		line, col := c.json.lineCol(off)
		c.add(Problem{File: c.file, Line: line, Col: col, Message: "malformed JSON: " + syn.Error()})
		return false
	case errors.As(err, &typ) && len(c.problems) >= MaxProblems:
		c.unlisted++
		return true
	case errors.As(err, &typ):
		line, col := c.json.lineCol(int(typ.Offset))
		field := typ.Field
		if field == "" {
			field = "document"
		}
		c.add(Problem{File: c.file, Line: line, Col: col,
			Message: fmt.Sprintf("%s: want %s, got JSON %s", field, typ.Type.String(), typ.Value)})
		return true
	}
	c.add(Problem{File: c.file, Line: 1, Col: 1, Message: err.Error()})
	return false
}

// buildHead checks everything of a dataset but its events.
func (c *checker) buildHead(rd *rawDataset) *Dataset {
	ds := &Dataset{Title: rd.Title, Intro: rd.Intro, Topics: rd.Topics, Sources: map[string]Source{}, Tours: rd.Tours}
	seenCategory := map[string]bool{}
	for i, cat := range rd.Categories {
		path := fmt.Sprintf("categories[%d]", i)
		switch {
		case cat.ID == "":
			c.at(path, "category: missing id")
		case seenCategory[cat.ID]:
			c.at(path+".id", "duplicate category id %q", cat.ID)
		}
		if cat.Role != "" && cat.Role != RoleDialogue && cat.Role != RolePressure {
			c.at(path+".role", "category %q: unknown role %q (want dialogue or pressure)", cat.ID, cat.Role)
		}
		seenCategory[cat.ID] = true
		ds.OwnCategories = append(ds.OwnCategories, cat)
	}
	for id, s := range rd.Sources {
		path := "sources." + id
		if s.Title == "" {
			c.at(path, "source %q: missing title", id)
		}
		s.ID = id
		ds.Sources[id] = s
	}
	if rd.Coverage != nil {
		ds.Coverage = c.coverage(rd.Coverage)
	}
	eraIDs := map[string]int{}
	for i, re := range rd.Eras {
		path := fmt.Sprintf("eras[%d]", i)
		if e, ok := c.era(path, re); ok {
			c.eraWithinCoverage(path, e, ds.Coverage)
			if prev, dup := eraIDs[e.ID]; dup {
				c.at(path+".id", "duplicate era id %q (first at eras[%d])", e.ID, prev)
			}
			eraIDs[e.ID] = i
			ds.Eras = append(ds.Eras, e)
		}
	}
	sortEras(ds.Eras)
	return ds
}

// build checks a whole dataset decoded at once (from CSV).
func (c *checker) build(rd *rawDataset) *Dataset {
	ds := c.buildHead(rd)
	ec := c.newEventChecker(ds)
	for i := range rd.Events {
		ec.add(i, &rd.Events[i])
	}
	ec.finish()
	return ds
}

// eventChecker checks a dataset's events one at a time, as they are read.
// It keeps each event in the dataset while the problems found are few
// enough to list; past that the dataset cannot load, so events are only
// checked and counted, and memory stays bounded by the file's size.
type eventChecker struct {
	c       *checker
	ds      *Dataset
	ids     map[string]int
	n       int
	dropped bool // events are no longer kept
	// expected is how many events the file seems to hold, for sizing
	// their list.
	expected int
}

func (c *checker) newEventChecker(ds *Dataset) *eventChecker {
	return &eventChecker{c: c, ds: ds, ids: map[string]int{}}
}

// expect makes room for the n events the file seems to hold, trusting
// the file as keepEvent does: room for the first events' ids at once, and
// for all of them once those were clean (see trustIDs).
func (ec *eventChecker) expect(n int) {
	ec.expected = n
	if len(ec.ids) == 0 {
		ec.ids = make(map[string]int, min(n, eventsBeforeTrust))
	}
}

// trustIDs makes room for every id the file is expected to hold once the
// first eventsBeforeTrust events were clean, so that the map of a long
// file's ids is not rebuilt each time it fills.
func (ec *eventChecker) trustIDs() {
	if len(ec.ids) != eventsBeforeTrust || ec.expected <= eventsBeforeTrust || len(ec.c.problems) > 0 {
		return
	}
	grown := make(map[string]int, ec.expected)
	maps.Copy(grown, ec.ids)
	ec.ids = grown
}

// add checks the i-th event as written.
func (ec *eventChecker) add(i int, re *rawEvent) {
	c, ds := ec.c, ec.ds
	place := eventPlace{index: i, id: re.ID}
	e := c.event(place, re, ds)
	if e.ID != "" {
		if prev, dup := ec.ids[e.ID]; dup {
			c.at(place.field("id"), "duplicate event id %q (first at events[%d])", e.ID, prev)
		} else {
			ec.ids[e.ID] = i
			ec.trustIDs()
		}
	}
	c.afterCoverage(place, e, ds.Coverage)
	ec.n++
	if c.unlisted > 0 || c.cutShort {
		ec.dropped, ds.Events = true, nil
	}
	if !ec.dropped {
		ds.Events = keepEvent(ds.Events, e, ec.expected, len(c.problems) == 0)
	}
}

// finish checks what needs every event: that there is one, and what
// each follows; then it puts the events in order.
func (ec *eventChecker) finish() {
	c, ds := ec.c, ec.ds
	if ec.n == 0 && !c.cutShort {
		c.at("events", "no events: a dataset needs at least one")
	}
	if ec.dropped || c.cutShort {
		return
	}
	find := func(id string) (*Event, bool) {
		i, ok := ec.ids[id]
		if !ok {
			return nil, false
		}
		return ds.Events[i], true
	}
	for i, e := range ds.Events {
		if e.After != "" {
			c.follows(fmt.Sprintf("events[%d]", i), e, find)
		}
	}
	sortGathered(ds.Events)
}

// category checks an event's channel, or an imported timeline's category,
// and returns its index.
func (c *checker) category(place eventPlace, channel string, ds *Dataset) Channel {
	ch, ok := ds.CategoryIndex(channel)
	switch {
	case channel == "":
		c.at(place.path(), "%s: missing channel", place.name())
	case ok:
		return ch
	case ds.UsesChannels():
		_, err := ParseChannel(channel)
		c.at(place.field("channel"), "%s: %v", place.name(), err)
	default:
		var ids []string
		for _, cat := range ds.Categories() {
			ids = append(ids, cat.ID)
		}
		c.at(place.field("channel"), "%s: unknown category %q (the dataset's categories are %s)", place.name(), channel, strings.Join(ids, ", "))
	}
	return 0
}

// follows checks an event's after: the event it names exists, is another,
// and does not start after the event's date is over.
func (c *checker) follows(path string, e *Event, find func(id string) (*Event, bool)) {
	if e.After == "" {
		return
	}
	followed, ok := find(e.After)
	switch {
	case !ok:
		c.at(path+".after", "event %q: follows unknown event %q", e.ID, e.After)
	case e.After == e.ID:
		c.at(path+".after", "event %q: follows itself", e.ID)
	case followed.Start.Begin() >= e.Start.Finish():
		c.at(path+".after", "event %q (%s) cannot follow %q, which starts later (%s)", e.ID, e.Start, e.After, followed.Start)
	}
}

func (c *checker) era(path string, re rawEra) (Era, bool) {
	e := Era{ID: re.ID, Name: re.Name, Band: Band(re.Band), Ongoing: re.Ongoing}
	ok := true
	if re.ID == "" {
		c.at(path, "era: missing id")
	}
	if re.Name == "" {
		c.at(path, "era %q: missing name", re.ID)
	}
	switch e.Band {
	case BandUSPresident, BandIranPresident, BandIranLeader, BandGeneral:
	case "":
		c.at(path, "era %q: missing band (want us-president, iran-president, iran-leader or era)", re.ID)
	default:
		c.at(path+".band", "era %q: unknown band %q (want us-president, iran-president, iran-leader or era)", re.ID, re.Band)
	}
	e.Start, ok = c.date(path+".start", re.Start, true, "era "+quote(re.ID)+" start")
	if re.End != "" {
		end, endOK := c.date(path+".end", re.End, false, "era "+quote(re.ID)+" end")
		if endOK && ok && end.Begin() < e.Start.Begin() {
			c.at(path+".end", "era %q: end %s is before start %s", re.ID, re.End, re.Start)
		}
		e.End = end
	} else if re.Ongoing {
		c.at(path+".ongoing", "era %q: ongoing needs an end: the last month the record documents", re.ID)
	}
	return e, ok
}

// eventPlace says where an event is in the file, for its problems: its
// path and its name are put into words only when one is reported, so that
// a long file's clean events cost no text.
type eventPlace struct {
	index int
	id    string
}

// path is the event's place in the file's structure: "events[3]".
func (p eventPlace) path() string { return "events[" + strconv.Itoa(p.index) + "]" }

// field is the path of one of the event's fields: "events[3].start".
func (p eventPlace) field(name string) string { return p.path() + "." + name }

// name is how a problem names the event: `event "algiers"`.
func (p eventPlace) name() string {
	if p.id == "" {
		return "event"
	}
	return "event " + quote(p.id)
}

func (c *checker) event(place eventPlace, re *rawEvent, ds *Dataset) Event {
	e := Event{
		ID: re.ID, Title: re.Title, Approximate: re.Approximate,
		Topics: re.Topics, Participants: re.Participants, Intermediaries: re.Intermediaries,
		Location: re.Location, Summary: re.Summary, Outcome: re.Outcome,
		Administration: re.Administration, Sources: re.Sources, Media: re.Media, After: re.After,
		Notes: re.Notes,
	}
	if re.ID == "" {
		c.at(place.path(), "event: missing id")
	}
	if re.Title == "" {
		c.at(place.path(), "%s: missing title", place.name())
	}
	start, startOK := c.eventDate(place, "start", re.Start, true)
	e.Start = start
	if re.End != "" {
		end, endOK := c.eventDate(place, "end", re.End, false)
		if endOK && startOK && end.Finish() <= start.Begin() {
			c.at(place.field("end"), "%s: end %s is before start %s", place.name(), re.End, re.Start)
		}
		e.End = end
	}
	e.Channel = c.category(place, re.Channel, ds)
	for i, topic := range re.Topics {
		if _, ok := ds.Topics[topic]; len(ds.Topics) > 0 && !ok {
			c.at(fmt.Sprintf("%s.topics[%d]", place.path(), i), "%s: unknown topic %q (the dataset's topics are %s)", place.name(), topic, strings.Join(sortedKeys(ds.Topics), ", "))
		}
	}
	if len(re.Sources) == 0 {
		c.at(place.path(), "%s: cites no source", place.name())
	}
	for i, s := range re.Sources {
		if _, ok := ds.Sources[s]; !ok {
			c.at(fmt.Sprintf("%s.sources[%d]", place.path(), i), "%s: cites unknown source %q", place.name(), s)
		}
	}
	e.Accounts = c.accounts(place, re)
	if re.Administration != "" {
		era, ok := ds.Era(re.Administration)
		if !ok || era.Band != BandUSPresident {
			c.at(place.field("administration"), "%s: administration %q is not a us-president era", place.name(), re.Administration)
		}
	}
	return e
}

// eventDate parses an event's date field, recording what is wrong with it.
func (c *checker) eventDate(place eventPlace, field, s string, required bool) (Date, bool) {
	d, problem := parseDateField(s, required)
	if problem != "" {
		c.at(place.field(field), "%s %s: %s", place.name(), field, problem)
	}
	return d, problem == "" && s != ""
}

// date parses one date field, recording what is wrong with it.
func (c *checker) date(path, s string, required bool, what string) (Date, bool) {
	d, problem := parseDateField(s, required)
	if problem != "" {
		c.at(path, "%s: %s", what, problem)
	}
	return d, problem == "" && s != ""
}

// parseDateField parses a date as written in a field, and says in words
// what is wrong with it: a required date missing, or one that does not
// parse. An optional date left empty is the zero date, with no problem.
func parseDateField(s string, required bool) (Date, string) {
	if s == "" {
		if required {
			return Date{}, "missing date"
		}
		return Date{}, ""
	}
	d, err := ParseDate(s)
	if err != nil {
		return Date{}, err.Error()
	}
	return d, ""
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// SortEvents orders events by start, keeping ties in input order. An
// event that names the event it follows (After) among them comes after it
// when its date allows it, as "March 2000" does after 17 March 2000. It
// reports whether any event moved.
func SortEvents(events []*Event) (moved bool) {
	starts := OrderKeys(events)
	order := make([]int, len(events))
	inOrder := true
	for i := range events {
		order[i] = i
		inOrder = inOrder && (i == 0 || starts[i-1] <= starts[i])
	}
	if inOrder {
		return
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(starts[a], starts[b]) })
	// Each key is worked out once: sort the positions by them, then put
	// each event in its place once, following the cycles of the
	// permutation.
	for first := range order {
		if order[first] == first {
			continue
		}
		moved = true
		held, at := events[first], first
		for {
			from := order[at]
			order[at] = at
			if from == first {
				events[at] = held
				break
			}
			events[at], at = events[from], from
		}
	}
	return moved
}

// OrderKeys is each event's place in time for ordering, never before its
// start: its start, or, for an event that follows another among events
// whose start falls within its date, just after that one's key.
func OrderKeys(events []*Event) []float64 {
	keys := make([]float64, len(events))
	var index map[string]int
	for i := range events {
		keys[i] = events[i].Start.Begin()
		if events[i].After != "" && index == nil {
			index = make(map[string]int, len(events))
			for j := range events {
				e := events[j]
				index[e.ID] = j
			}
		}
	}
	if index == nil {
		return keys
	}
	// A chain of follows is settled link by link: at most one pass a link.
	for range len(events) {
		moved := false
		for i := range events {
			e := events[i]
			j, ok := index[e.After]
			if !ok || e.After == "" || j == i || events[j].Start.Begin() >= e.Start.Finish() {
				continue
			}
			if after := math.Nextafter(keys[j], math.Inf(1)); keys[i] < after {
				keys[i], moved = after, true
			}
		}
		if !moved {
			break
		}
	}
	return keys
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
