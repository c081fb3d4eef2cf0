package data

import (
	"fmt"
	"strconv"
	"strings"
)

// Tours in Backchannel's CSV: a row of kind tour for each (its name in
// title; its filters in channel, administration, topics, summary for the
// words, start and end for the years, date for a decade and label for a
// period of the first chart; its first event in id; its stretch of time
// in outcome, "start end" in decimal years), then a row of kind step for
// each step of a lecture (its tour's name in title, its event in id, its
// notes in notes, its own stretch of time in outcome).

// Row kinds of a tour and of a lecture's step.
const (
	rowTour = "tour"
	rowStep = "step"
)

// tourRows are the CSV rows of ds's tours.
func tourRows(ds *Dataset) []map[string]string {
	var rows []map[string]string
	for _, t := range ds.Tours {
		row := map[string]string{"kind": rowTour, "title": t.Name, "channel": strings.Join(t.Channels, "; "),
			"administration": t.Administration, "topics": t.Topic, "summary": t.Text, "id": t.Start,
			"start": yearCell(t.From), "end": yearCell(t.To), "date": yearCell(t.Decade), "outcome": viewCell(t.ViewStart, t.ViewEnd)}
		if p := t.Period; p != nil {
			row["label"] = fmt.Sprintf("%d %t %d %d", p.Period.Years, p.Period.Ago, p.Period.Within, p.Index)
		}
		rows = append(rows, row)
		for _, s := range t.Steps {
			rows = append(rows, map[string]string{"kind": rowStep, "title": t.Name, "id": s.Event, "notes": s.Notes,
				"outcome": viewCell(s.ViewStart, s.ViewEnd)})
		}
	}
	return rows
}

// yearCell writes a year, or nothing for none.
func yearCell(y *int64) string {
	if y == nil {
		return ""
	}
	return strconv.FormatInt(*y, 10)
}

// viewCell writes a stretch of time as "start end", or nothing for none.
func viewCell(start, end float64) string {
	if start == 0 && end == 0 {
		return ""
	}
	return strconv.FormatFloat(start, 'g', -1, 64) + " " + strconv.FormatFloat(end, 'g', -1, 64)
}

// readTourRow reads a tour's or a step's row into rd, reporting what
// cannot be read at its cell.
func (l *csvLoad) readTourRow(r csvRow, kind string) {
	t, c, rd := l.t, l.c, &l.rd
	get := func(col string) string { return t.cell(r, col) }
	if kind == rowStep {
		i := len(rd.Tours) - 1
		if i < 0 || !strings.EqualFold(rd.Tours[i].Name, get("title")) {
			c.add(t.at(r, "title", "step of tour %q, which no tour row just before names", get("title")))
			return
		}
		s := TourStep{Event: get("id"), Notes: get("notes")}
		s.ViewStart, s.ViewEnd = l.viewOf(r)
		l.pos.rows[fmt.Sprintf("tours[%d].steps[%d]", i, len(rd.Tours[i].Steps))] = r
		rd.Tours[i].Steps = append(rd.Tours[i].Steps, s)
		return
	}
	tour := Tour{Name: get("title"), Channels: splitList(get("channel")), Administration: get("administration"),
		Topic: get("topics"), Text: get("summary"), Start: get("id"),
		From: l.yearOf(r, "start"), To: l.yearOf(r, "end"), Decade: l.yearOf(r, "date")}
	tour.ViewStart, tour.ViewEnd = l.viewOf(r)
	if label := get("label"); label != "" {
		var p PeriodPick
		if _, err := fmt.Sscanf(label, "%d %t %d %d", &p.Period.Years, &p.Period.Ago, &p.Period.Within, &p.Index); err != nil {
			c.add(t.at(r, "label", "tour %q: period %q is not years, ago, within and index", tour.Name, label))
		} else {
			tour.Period = &p
		}
	}
	l.pos.rows[fmt.Sprintf("tours[%d]", len(rd.Tours))] = r
	rd.Tours = append(rd.Tours, tour)
}

// yearOf reads a year cell, reporting one that is not a whole number.
func (l *csvLoad) yearOf(r csvRow, col string) *int64 {
	s := l.t.cell(r, col)
	if s == "" {
		return nil
	}
	y, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		l.c.add(l.t.at(r, col, "tour %q: %s %q is not a year", l.t.cell(r, "title"), col, s))
		return nil
	}
	return &y
}

// viewOf reads a stretch of time, "start end", from the outcome cell.
func (l *csvLoad) viewOf(r csvRow) (float64, float64) {
	s := l.t.cell(r, "outcome")
	if s == "" {
		return 0, 0
	}
	var a, b float64
	if _, err := fmt.Sscanf(s, "%g %g", &a, &b); err != nil {
		l.c.add(l.t.at(r, "outcome", "tour %q: stretch of time %q is not two decimal years", l.t.cell(r, "title"), s))
		return 0, 0
	}
	return a, b
}
