package charts

import (
	"backchannel/pen"
	"fmt"
	"math"
	"sort"
	"strings"

	"backchannel/data"
)

// The words for what a picture shows, in numbers and in order: the text
// alternative of exported SVG and PNG files, the tables of the web page and
// what the window's Describe item says. One function per kind of picture,
// so that every target says the same.

// Describe says what the bar chart shows: each row's total and its counts
// by category, largest first, then the caption. Where dialogue stands
// against pressure, each row gives both sides: "1980s 18: 10 dialogue
// (secret 4, …), 8 pressure (coercive 8)".
func (c BarChart) Describe() string {
	t := c.Tally
	all := func(int) bool { return true }
	var rows []string
	for r, label := range t.Rows {
		row := fmt.Sprintf("%s %d", label, t.Total(r))
		if t.Diverges() {
			d, p := t.Sides(r)
			row += fmt.Sprintf(": %d dialogue%s, %d pressure%s", d, breakdown(t, r, isDialogue(t)), p, breakdown(t, r, isPressure(t)))
		} else {
			row += breakdown(t, r, all)
		}
		rows = append(rows, row)
	}
	how := "stacked by " + c.stackedBy()
	total := data.EventsCount(t.Sum())
	if t.Diverges() {
		how += ", dialogue above the axis and pressure below it"
		d, p := 0, 0
		for r := range t.Rows {
			rd, rp := t.Sides(r)
			d, p = d+rd, p+rp
		}
		total += fmt.Sprintf(": %d dialogue, %d pressure", d, p)
	}
	s := fmt.Sprintf("%s, %s: %s. Total %s.", c.Title, how, strings.Join(rows, "; "), total)
	if c.Caption != "" {
		s += " " + c.Caption + "."
	}
	return s
}

// isPressure and isDialogue tell a tally's categories of each side apart.
func isPressure(t data.Tally) func(int) bool {
	return func(i int) bool { return t.Categories[i].IsPressure() }
}

func isDialogue(t data.Tally) func(int) bool {
	return func(i int) bool { return !t.Categories[i].IsPressure() }
}

// stackedBy names what the segments of a bar are.
func (c BarChart) stackedBy() string {
	if len(c.Tally.Categories) > 0 && c.Tally.Categories[0].ID == data.ChannelCategories()[0].ID {
		return "channel"
	}
	return "category"
}

// breakdown writes a row's non-zero counts of the categories in, largest
// first: " (coercive 2, intermediary 1)"; nothing for none.
func breakdown(t data.Tally, r int, in func(int) bool) string {
	type part struct {
		name string
		n    int
	}
	var parts []part
	for i, n := range t.Counts[r] {
		if n > 0 && in(i) {
			parts = append(parts, part{strings.ToLower(t.Categories[i].Name()), n})
		}
	}
	if len(parts) == 0 {
		return ""
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].n > parts[j].n })
	var out []string
	for _, p := range parts {
		out = append(out, fmt.Sprintf("%s %d", p.name, p.n))
	}
	return " (" + strings.Join(out, ", ") + ")"
}

// Describe says what the timeline shows: the stretch of time, how many
// events are in it, and each of them in time order with its date and kind.
func (tl TimelineChart) Describe() string {
	cats := tl.categories()
	var items []string
	for i, e := range tl.Index.Events {
		if !tl.Index.inView(i, tl.View.Start, tl.View.End) {
			continue
		}
		kind := ""
		if int(e.Channel) >= 0 && int(e.Channel) < len(cats) {
			kind = " (" + strings.ToLower(cats[e.Channel].Name()) + ")"
		}
		items = append(items, e.DateText()+", "+e.Title+kind)
	}
	span := tl.View.Span()
	s := fmt.Sprintf("%s, %s to %s: %s in view", tl.heading(), viewEdge(tl.View.Start, span), viewEdge(tl.View.End-1e-9, span), data.EventsCount(len(items)))
	if len(items) > 0 {
		s += ", in time order: " + strings.Join(items, "; ")
	}
	s += "."
	if tl.Caption != "" {
		s += " " + tl.Caption + "."
	}
	return s
}

// viewEdge writes one end of a view: a year, or a month when the view
// spans less than twenty years.
func viewEdge(year, span float64) string {
	if span >= 20 || math.Abs(year) > 1e6 {
		return data.FormatYear(int64(math.Floor(year)))
	}
	d := data.DateAt(year)
	return data.Date{Year: d.Year, Month: d.Month, Precision: data.PrecisionMonth}.String()
}

// DescribedScene lays the chart out and gives the scene its title and
// description, for export.
func (c BarChart) DescribedScene(width, height float64, th Theme) pen.Scene {
	sc := c.Layout(width, height, th).Scene
	sc.Title, sc.Description = c.Title, c.Describe()
	return sc
}

// DescribedScene lays the timeline out and gives the scene its title and
// description, for export.
func (tl TimelineChart) DescribedScene(width, height float64, th Theme) pen.Scene {
	sc := tl.Layout(width, height, th).Scene
	sc.Title, sc.Description = tl.heading(), tl.Describe()
	return sc
}

// heading names the timeline in words: "Timeline of <title>", or
// "Timeline" when it has no title.
func (tl TimelineChart) heading() string {
	if tl.Title == "" {
		return "Timeline"
	}
	return "Timeline of " + tl.Title
}
