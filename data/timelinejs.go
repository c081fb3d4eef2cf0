package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
)

// TimelineJS's JSON format, as Knight Lab documents it: a title slide,
// events with start and end dates made of parts, eras, and groups.

// flexInt is a TimelineJS date part: a number, or a number in a string,
// or absent ("" or null).
type flexInt struct {
	set bool
	bad bool // present but not a number
	v   int64
	raw string // what the file said, for messages, unless a plain whole number
}

// text is the part as the file wrote it.
func (f flexInt) text() string {
	if f.raw == "" && f.set && !f.bad {
		return strconv.FormatInt(f.v, 10)
	}
	return f.raw
}

// UnmarshalJSON reads a date part written as a number, a string or null.
func (f *flexInt) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "null" {
		return nil
	}
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	*f = flexFrom(s)
	return nil
}

// flexFrom reads a date part written as text, as in a spreadsheet.
func flexFrom(s string) flexInt {
	s = strings.TrimSpace(s)
	if s == "" {
		return flexInt{}
	}
	if f, ok := wholePart([]byte(s)); ok {
		return f
	}
	f := flexInt{raw: s}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		f.set, f.bad = true, true // checked where it is used
		return f
	}
	if v > MaxYear*10 || v < -MaxYear*10 { // beyond any date; int64(v) would be meaningless
		v = math.Copysign(MaxYear*10, v)
	}
	f.set, f.v = true, int64(v)
	return f
}

type tjsDate struct {
	Year        flexInt `json:"year"`
	Month       flexInt `json:"month"`
	Day         flexInt `json:"day"`
	DisplayDate string  `json:"display_date"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

type tjsMedia struct {
	URL     string `json:"url"`
	Caption string `json:"caption"`
	Credit  string `json:"credit"`
}

type tjsSlide struct {
	DisplayDate string    `json:"display_date"`
	StartDate   *tjsDate  `json:"start_date"`
	EndDate     *tjsDate  `json:"end_date"`
	Text        *tjsText  `json:"text"`
	Media       *tjsMedia `json:"media"`
	Group       string    `json:"group"`
	UniqueID    string    `json:"unique_id"`
}

type tjsTimeline struct {
	Title  *tjsSlide  `json:"title"`
	Events []tjsSlide `json:"events"`
	Eras   []tjsSlide `json:"eras"`
}

// theFile is the one source of an imported timeline's events: the file.
var theFile = []string{"file"}

// fileSources is an imported event's sources, shared by every event of
// the file (a million slides need not make a million lists).
func fileSources() []string { return theFile[:1:1] }

// groupCategory is the category of a TimelineJS group in ds, made the
// first time the group is met ("Events" for slides without one); groups
// remembers them.
func groupCategory(ds *Dataset, groups map[string]Channel, group string) Channel {
	ch, seen := groups[group]
	if !seen {
		ch = Channel(len(ds.OwnCategories))
		groups[group] = ch
		label := firstNonEmpty(group, "Events")
		ds.OwnCategories = append(ds.OwnCategories, Category{ID: uniqueCategoryID(ds, label), Label: label})
	}
	return ch
}

// tjsEvents turns TimelineJS slides into a dataset's events one at a
// time, as they are read: each group becomes a category.
type tjsEvents struct {
	c        *checker
	ds       *Dataset
	groups   map[string]Channel
	ids      map[string]int // first slide of each event id
	slides   int            // slides read, kept or not
	dropped  bool           // slides are no longer kept as events
	expected int            // how many slides the file seems to hold
}

func newTJSEvents(c *checker, ds *Dataset, expected int) *tjsEvents {
	return &tjsEvents{c: c, ds: ds, groups: map[string]Channel{}, ids: map[string]int{}, expected: expected}
}

// add checks slide i and keeps it as an event when it is one. Once there
// are more problems than are listed, the timeline cannot load: slides are
// then checked and counted, not kept.
func (b *tjsEvents) add(i int, s tjsSlide) {
	b.slides++
	if b.c.unlisted > 0 || b.c.cutShort {
		b.dropped, b.ds.Events = true, nil
	}
	place := eventPlace{index: i}
	e, ok := b.c.tjsEvent(place, s, i)
	if !ok {
		return
	}
	e.Channel = groupCategory(b.ds, b.groups, strings.TrimSpace(PlainLine(s.Group)))
	if prev, dup := b.ids[e.ID]; dup {
		b.c.at(place.field("unique_id"), "duplicate unique_id %q (first at events[%d])", e.ID, prev)
	}
	b.ids[e.ID] = i
	if !b.dropped {
		b.ds.Events = keepEvent(b.ds.Events, e, b.expected, len(b.c.problems) == 0)
	}
}

// tjsEra checks the i-th era slide and makes it an era band.
func (c *checker) tjsEra(i int, s tjsSlide) (Era, bool) {
	path := fmt.Sprintf("eras[%d]", i)
	start, okS := c.tjsDateOf(path+".start_date", s.StartDate, true)
	end, okE := c.tjsDateOf(path+".end_date", s.EndDate, true)
	if !okS || !okE {
		return Era{}, false
	}
	if end.Finish() <= start.Begin() {
		c.at(path+".end_date", "era ends before it starts")
		return Era{}, false
	}
	title := fmt.Sprintf("Era %d", i+1)
	if s.Text != nil && PlainLine(s.Text.Headline) != "" {
		title = PlainLine(s.Text.Headline)
	}
	// An era's end year is its last year: the band runs to the end of it.
	endAfter := end
	endAfter.Year, endAfter.Month, endAfter.Day, endAfter.Precision = dateAfter(end)
	return Era{ID: fmt.Sprintf("era-%d", i+1), Name: title, Band: BandGeneral, Start: start, End: endAfter}, true
}

// streamTimelineJS reads a TimelineJS document member by member, handing
// each event's slide to each as soon as it is read, so that a large
// timeline's slides are never all held at once (each must not keep the
// slide's parts: their room serves the next slide); the title and eras go in
// tl. A value of the wrong type is reported to c at its place and reading
// goes on. It reports false, having perhaps handed over some slides, when
// the document is not well formed.
func streamTimelineJS(raw []byte, c *checker, tl *tjsTimeline, each func(i int, s tjsSlide)) bool {
	w := &jsonWalk{raw: raw}
	seen := map[string]bool{}
	stopped := false // the most problems were found: what is read so far stands
	whole := w.members(func(key string) bool {
		// encoding/json matches member names regardless of case.
		name := strings.ToLower(key)
		if seen[name] {
			c.at(name, "%q is given twice: a timeline gives each member once", key)
			stopped = true
			return false
		}
		seen[name] = true
		switch name {
		case "events":
			if w.peek() != '[' {
				return false
			}
			var s tjsSlide
			var room slideParts
			return w.elements(func(i int) bool {
				if c.full() {
					stopped = true
					return false
				}
				start := w.off
				s = tjsSlide{}
				if !w.plainSlide(&s, &room) {
					w.off, s = start, tjsSlide{}
					if !w.decode(c, "events", &s) {
						return false
					}
				}
				each(i, s)
				return true
			})
		case "title":
			return w.decode(c, "title", &tl.Title)
		case "eras":
			return w.decode(c, "eras", &tl.Eras)
		}
		return w.skip()
	})
	return stopped || whole && w.atEnd()
}

// IsTimelineJSJSON reports whether raw looks like a TimelineJS JSON
// document rather than one of Backchannel's: its events have start_date,
// or its title is a slide. It reads no further than it must: a TimelineJS
// file is known by its first event.
func IsTimelineJSJSON(raw []byte) bool {
	isTJS, ok := probeTimelineJS(&jsonWalk{raw: raw})
	if !ok {
		return bytes.Contains(raw, []byte(`"start_date"`))
	}
	return isTJS
}

// probeTimelineJS reads a JSON object's members until it knows, stepping
// over values without decoding them; ok is false when the document is not
// a well-formed object as far as it reads.
func probeTimelineJS(w *jsonWalk) (isTJS, ok bool) {
	known, titleIsSlide := false, false
	ok = w.members(func(name string) bool {
		switch name {
		case "events":
			return w.peek() == '[' && w.elements(func(int) bool {
				if w.peek() != '{' {
					_, _, ok := w.value()
					return ok
				}
				// A slide has a start_date, one of Backchannel's events a
				// start: the first event that has either decides.
				return w.members(func(field string) bool {
					switch {
					case strings.EqualFold(field, "start_date"):
						isTJS, known = true, true
					case strings.EqualFold(field, "start"):
						known = true
					}
					_, _, ok := w.value()
					return ok && !known
				})
			})
		case "title":
			titleIsSlide = w.peek() == '{'
		}
		_, _, ok := w.value()
		return ok
	})
	if known {
		return isTJS, true
	}
	return titleIsSlide, ok
}

// LoadTimelineJSJSON reads a TimelineJS JSON timeline. Its groups become
// the dataset's categories (one called "Events" when it has none), its eras
// era bands, its HTML plain text; media addresses are kept as links.
func LoadTimelineJSJSON(name string, raw []byte) (*Dataset, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	pos := &lazyJSON{raw: raw}
	c := &checker{file: name, pos: pos, json: pos}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, Problems{{File: name, Line: 1, Col: 1, Message: "empty file: want a TimelineJS JSON object with \"events\""}}
	}
	if p := checkJSONDepth(name, raw); p != nil {
		return nil, Problems{*p}
	}
	ds := &Dataset{Title: fileTitle(name), Sources: map[string]Source{}}
	// The events the file seems to hold, though never more than its size
	// could (a slide takes 24 bytes or more), size the list that keeps them.
	events := newTJSEvents(c, ds, min(bytes.Count(raw, []byte(`"start_date"`)), len(raw)/24))
	var tl tjsTimeline
	if !streamTimelineJS(raw, c, &tl, events.add) {
		// What the stream cannot read is decoded whole, which says where
		// the file is wrong and reads on where it can.
		c = &checker{file: name, pos: pos, json: pos}
		ds = &Dataset{Title: fileTitle(name), Sources: map[string]Source{}}
		events = newTJSEvents(c, ds, 0)
		tl = tjsTimeline{}
		if err := json.Unmarshal(raw, &tl); err != nil {
			if !c.decodeError(err) {
				return nil, c.problems
			}
		}
		for i, s := range tl.Events {
			events.add(i, s)
		}
	}
	if tl.Title != nil && tl.Title.Text != nil {
		if t := PlainLine(tl.Title.Text.Headline); t != "" {
			ds.Title = t
		}
		ds.Intro = PlainText(tl.Title.Text.Text)
	}
	ds.Sources["file"] = Source{ID: "file", Title: ds.Title, Publisher: "TimelineJS file " + filepath.Base(name)}
	if events.slides == 0 {
		c.at("events", "no events: a timeline needs at least one")
	}
	for i, s := range tl.Eras {
		if era, ok := c.tjsEra(i, s); ok {
			ds.Eras = append(ds.Eras, era)
		}
	}
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	sortGathered(ds.Events)
	sortEras(ds.Eras)
	return ds, nil
}

// tjsEvent converts one TimelineJS slide, recording its problems.
func (c *checker) tjsEvent(place eventPlace, s tjsSlide, i int) (Event, bool) {
	e := Event{ID: strings.TrimSpace(s.UniqueID), Sources: fileSources()}
	if e.ID == "" {
		e.ID = "event-" + strconv.Itoa(i+1)
	}
	caption := ""
	if s.Text != nil {
		e.Title = PlainLine(s.Text.Headline)
		e.Summary = PlainText(s.Text.Text)
	}
	if s.Media != nil {
		if strings.HasPrefix(strings.TrimSpace(s.Media.URL), "http") {
			e.Media = strings.TrimSpace(s.Media.URL)
		}
		caption = PlainLine(s.Media.Caption)
	}
	e.Title = firstNonEmpty(e.Title, firstLine(e.Summary, 80), firstLine(caption, 80), "(untitled)")
	start, ok := c.tjsDateAt(place, "start_date", s.StartDate, true)
	if !ok {
		return e, false
	}
	e.Start = start
	e.DisplayDate = PlainLine(firstNonEmpty(s.DisplayDate, s.StartDate.DisplayDate))
	if s.EndDate != nil && s.EndDate.Year.set {
		end, ok := c.tjsDateAt(place, "end_date", s.EndDate, false)
		if ok && end.Finish() <= start.Begin() {
			c.at(place.field("end_date"), "event %q ends before it starts", e.Title)
		} else if ok {
			e.End = end
		}
	}
	return e, true
}

// tjsDateOf reads a TimelineJS date at the precision its parts give.
func (c *checker) tjsDateOf(path string, d *tjsDate, required bool) (Date, bool) {
	out, part, msg := tjsDateProblem(d, required)
	if msg != "" {
		c.at(strings.TrimSuffix(path+"."+part, "."), "%s", msg)
	}
	return out, msg == "" && d != nil && d.Year.set
}

// tjsDateAt reads an event's TimelineJS date, its field named in problems
// only when there is one.
func (c *checker) tjsDateAt(place eventPlace, field string, d *tjsDate, required bool) (Date, bool) {
	out, part, msg := tjsDateProblem(d, required)
	if msg != "" {
		c.at(strings.TrimSuffix(place.field(field)+"."+part, "."), "%s", msg)
	}
	return out, msg == "" && d != nil && d.Year.set
}

// tjsDateProblem reads a TimelineJS date, or says what is wrong with it
// and in which part ("" for the date as a whole).
func tjsDateProblem(d *tjsDate, required bool) (Date, string, string) {
	if d == nil || !d.Year.set {
		if required {
			return Date{}, "", "missing year"
		}
		return Date{}, "", ""
	}
	return dateFromParts(d.Year, d.Month, d.Day)
}

// tjsYear is the year a TimelineJS year names, as this package counts
// them. TimelineJS writes a year before the common era as minus that year,
// with no year 0 (−3500, which it shows as 3500 BCE); dates here count as
// ISO 8601 does, 1 BCE being year 0, so 3500 BCE is −3499.
func tjsYear(y int64) int64 {
	if y < 0 {
		return y + 1
	}
	return y
}

// dateFromParts builds a date at the precision its parts give. On a
// problem it names the part and says what is wrong.
func dateFromParts(year, month, day flexInt) (Date, string, string) {
	for _, part := range []struct {
		name string
		f    flexInt
	}{{"year", year}, {"month", month}, {"day", day}} {
		if part.f.bad {
			return Date{}, part.name, fmt.Sprintf("%s %q is not a number", part.name, part.f.text())
		}
	}
	if !year.set {
		return Date{}, "year", "missing year"
	}
	if year.v > MaxYear || year.v < -MaxYear {
		return Date{}, "year", fmt.Sprintf("year %s out of range (at most a trillion years either way)", year.text())
	}
	out := Date{Year: tjsYear(year.v), Precision: PrecisionYear}
	if month.set {
		if month.v < 1 || month.v > 12 {
			return Date{}, "month", fmt.Sprintf("no month %d", month.v)
		}
		out.Month, out.Precision = int(month.v), PrecisionMonth
		if day.set {
			if day.v < 1 || int(day.v) > daysInMonth(out.Year, out.Month) {
				return Date{}, "day", fmt.Sprintf("%s %d has no day %d", monthAbbrev[out.Month-1], out.Year, day.v)
			}
			out.Day, out.Precision = int(day.v), PrecisionDay
		}
	}
	return out, "", ""
}

// dateAfter returns the date just after d's period, at d's precision.
func dateAfter(d Date) (int64, int, int, Precision) {
	switch d.Precision {
	case PrecisionDay:
		n := d.NextDay()
		return n.Year, n.Month, n.Day, PrecisionDay
	case PrecisionMonth:
		if d.Month == 12 {
			return d.Year + 1, 1, 0, PrecisionMonth
		}
		return d.Year, d.Month + 1, 0, PrecisionMonth
	}
	return d.Year + 1, 0, 0, PrecisionYear
}

// categoryID makes a file-safe id from a group's label.
func categoryID(label string, n int) string {
	id := slugOf(label)
	if id == "" {
		id = fmt.Sprintf("group-%d", n+1)
	}
	return id
}

// slugOf is label in lower-case letters and digits, words joined by
// "-": "Talks in Muscat" is "talks-in-muscat"; "" when it has none.
func slugOf(label string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(label) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// UniqueID makes an id from name (its slug), or fallback where name has
// no letter or digit, with "-2", "-3"… added until taken says it is free.
func UniqueID(name, fallback string, taken func(id string) bool) string {
	base := slugOf(name)
	if base == "" {
		base = fallback
	}
	id := base
	for n := 2; taken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// fileTitle names a dataset after its file when it has no title.
func fileTitle(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// firstLine is the first line of s, shortened to at most n characters.
func firstLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	return s
}
