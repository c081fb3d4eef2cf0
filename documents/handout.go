package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"fmt"
	"io"
	"strconv"
	"strings"

	"backchannel/data"
)

// Paper is a handout's page size, in points.
type Paper struct {
	Name          string
	Width, Height float64
}

// The papers a handout prints on.
var (
	A4     = Paper{"a4", 595.28, 841.89}
	Letter = Paper{"letter", 612, 792}
)

// PaperNamed reads a -paper value.
func PaperNamed(name string) (Paper, error) {
	switch strings.ToLower(name) {
	case "", "a4":
		return A4, nil
	case "letter":
		return Letter, nil
	}
	return Paper{}, fmt.Errorf("unknown paper %q (want a4 or letter)", name)
}

// The handout's type, in points, and its margins.
const (
	handoutMargin = 48
	handoutTitle  = 22
	handoutHead   = 12.5 // an event's title
	handoutBody   = 9.5
	handoutSmall  = 8
)

// handout lays pages out top to bottom, starting a new page when the next
// block does not fit.
type handout struct {
	paper Paper
	th    charts.Theme
	title string // the running header
	notes bool   // the lecturer's notes go with each event
	pages []pen.Scene
	y     float64 // where the next line's top goes on the last page
}

func (h *handout) width() float64  { return h.paper.Width - 2*handoutMargin }
func (h *handout) bottom() float64 { return h.paper.Height - handoutMargin }

// newPage starts a page, under the running header.
func (h *handout) newPage() {
	h.pages = append(h.pages, pen.Scene{Width: h.paper.Width, Height: h.paper.Height, Background: h.th.Background})
	h.y = handoutMargin
}

// page is the page being filled.
func (h *handout) page() *pen.Scene { return &h.pages[len(h.pages)-1] }

// room makes sure height fits under the cursor, on a new page if need be.
func (h *handout) room(height float64) {
	if len(h.pages) == 0 || h.y+height > h.bottom() {
		h.newPage()
	}
}

// lines writes s wrapped to the page's width at size, indented by indent;
// a block of up to three lines is kept on one page.
func (h *handout) lines(s string, size, indent float64, muted bool) {
	if strings.TrimSpace(s) == "" {
		return
	}
	col := h.th.Text
	if muted {
		col = h.th.Muted
	}
	lineH := size * 1.35
	wrapped := charts.WrapLines(s, size, h.width()-indent, 1000)
	if len(wrapped) <= 3 {
		h.room(lineH * float64(len(wrapped))) // a short block stays on one page
	}
	for _, line := range wrapped {
		h.room(lineH)
		h.page().Texts = append(h.page().Texts, pen.Text{X: handoutMargin + indent, Y: h.y + size, Body: line, Size: size, Color: col})
		h.y += lineH
	}
}

// picture puts a scene, laid out at the page's width and height, on the page.
func (h *handout) picture(s pen.Scene) {
	h.room(s.Height)
	h.page().Add(s, handoutMargin, h.y)
	h.y += s.Height + 12
}

// finish adds the running header and "Page N of M" to every page.
func (h *handout) finish() {
	n := len(h.pages)
	for i := range h.pages {
		p := &h.pages[i]
		if i > 0 {
			p.Texts = append(p.Texts, pen.Text{X: handoutMargin, Y: handoutMargin - 18, Body: pen.Ellipsize(h.title, handoutSmall, h.width()*0.75), Size: handoutSmall, Color: h.th.Muted})
		}
		p.Texts = append(p.Texts, pen.Text{X: h.paper.Width / 2, Y: h.paper.Height - handoutMargin/2, Body: fmt.Sprintf("Page %d of %d", i+1, n), Size: handoutSmall, Color: h.th.Muted, Anchor: pen.AnchorMiddle})
	}
}

// WriteHandoutPDF writes a handout of events for students: a title page
// with the dataset's title, coverage, filter and the timeline; both
// charts; then every event in time order with its date, channel,
// administration, people, place, summary, outcome, accounts and numbered
// source references (and the lecturer's notes, with withNotes: for the
// lecturer's own copy); then the numbered bibliography. Page numbers and a
// running header on every page; the text is text, in the embedded font.
func WriteHandoutPDF(w io.Writer, ds *data.Dataset, events []*data.Event, filterText string, paper Paper, th charts.Theme, rows charts.Rows, withNotes bool) error {
	if len(events) == 0 {
		return fmt.Errorf("no event passes the filters: nothing to make a handout of")
	}
	pdf, err := pen.NewPDF(ds.Title+" — handout", paper.Width, paper.Height)
	if err != nil {
		return err
	}
	h := &handout{paper: paper, th: th, title: ds.Title, notes: withNotes}
	refs, order := handoutReferences(ds, events)
	ix := charts.NewTimelineIndex(events)

	h.lines(ds.Title, handoutTitle, 0, false)
	h.lines(handoutCoverage(ds, ix.Events), handoutBody+1, 0, true)
	if filterText != "" {
		h.lines("Filter: "+filterText, handoutBody+1, 0, true)
	}
	h.y += 10
	tl := presentedTimeline(ds, ix, rows)
	tl.View, tl.Legend = tl.Whole, true
	h.picture(tl.Layout(h.width(), 360, th).Scene)
	for _, k := range []charts.Kind{charts.Decades, charts.Channels} {
		h.picture(charts.NewBarChart(k, ds, ix.Events, filterText).Layout(h.width(), 300, th).Scene)
	}

	h.newPage()
	h.lines("The events", handoutTitle-4, 0, false)
	h.y += 4
	for _, e := range events { // in their order: time's, or a lecture's
		h.event(ds, *e, refs)
	}
	h.newPage()
	h.lines("Sources", handoutTitle-4, 0, false)
	h.y += 4
	for i, id := range order {
		h.lines(fmt.Sprintf("[%d] %s", i+1, ds.Source(id).Citation()), handoutBody, 0, false)
		h.y += 2
	}
	h.finish()
	for _, p := range h.pages {
		if err := pen.AddPDFPage(pdf, p); err != nil {
			return err
		}
	}
	_, err = pdf.WriteTo(w)
	return err
}

// event writes one event's entry, its title kept with its date.
func (h *handout) event(ds *data.Dataset, e data.Event, refs map[string]int) {
	h.room(handoutHead*1.35*2 + handoutBody*1.35*2) // never a title alone at a page's foot
	h.y += 6
	r := handoutBody * 0.4
	h.page().Shapes = append(h.page().Shapes, h.th.Mark(charts.MarkerShape(e.Channel, handoutMargin+r, h.y+handoutBody*0.6, r), h.th.ChannelColor(e.Channel)))
	meta := e.ShownDates() + " · " + ds.Category(e.Channel).Label
	if era, ok := ds.AdministrationOf(e); ok {
		meta += " · " + era.AdministrationName()
	}
	h.lines(meta, handoutBody, 2*r+4, true)
	h.lines(e.Title, handoutHead, 0, false)
	for _, part := range [][2]string{{"Participants", strings.Join(e.Participants, ", ")}, {"Intermediaries", strings.Join(e.Intermediaries, ", ")}, {"Place", e.Location}} {
		if part[1] != "" {
			h.lines(part[0]+": "+part[1], handoutBody, 0, true)
		}
	}
	h.lines(e.Summary, handoutBody, 0, false)
	if e.Outcome != "" {
		h.lines("Outcome: "+e.Outcome, handoutBody, 0, false)
	}
	for _, a := range e.Accounts {
		h.lines(fmt.Sprintf("%s: %s [%d]", a.By, a.Says, refs[a.Source]), handoutBody, 10, false)
	}
	if h.notes && e.Notes != "" {
		h.lines("Notes: "+e.Notes, handoutBody, 0, false)
	}
	var nums []string
	for _, id := range e.Sources {
		nums = append(nums, "["+strconv.Itoa(refs[id])+"]")
	}
	h.lines("Sources: "+strings.Join(nums, " "), handoutSmall, 0, true)
}

// handoutReferences numbers the sources the events cite, in the order
// they are first cited, accounts' included.
func handoutReferences(ds *data.Dataset, events []*data.Event) (map[string]int, []string) {
	refs := map[string]int{}
	var order []string
	cite := func(id string) {
		if _, ok := refs[id]; !ok && id != "" {
			order = append(order, id)
			refs[id] = len(order)
		}
	}
	for _, e := range events {
		for _, id := range e.Sources {
			cite(id)
		}
		for _, a := range e.Accounts {
			cite(a.Source)
		}
	}
	return refs, order
}

// handoutCoverage says how many events the handout holds and over what
// years: "106 events, 1979 through Sep 2025".
func handoutCoverage(ds *data.Dataset, events []*data.Event) string {
	first, last := events[0].Start.String(), events[len(events)-1].Start.String()
	s := fmt.Sprintf("%d events, %s to %s", len(events), first, last)
	if through := ds.Coverage.Through(); through != "" {
		s += " · the record runs " + through
	}
	return s
}
