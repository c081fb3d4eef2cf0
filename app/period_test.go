package app

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/documents"
)

// cosmos is a small deep-time timeline, as TimelineJS writes one.
const cosmos = `{"title":{"text":{"headline":"Cosmos"}},"events":[
{"start_date":{"year":-13800000000},"text":{"headline":"Big Bang"},"group":"Cosmic"},
{"start_date":{"year":-4600000000},"text":{"headline":"The Sun forms"},"group":"Cosmic"},
{"start_date":{"year":-3800000000},"text":{"headline":"First life"},"group":"Life"},
{"start_date":{"year":-66000000},"text":{"headline":"Dinosaurs die out"},"group":"Life"},
{"start_date":{"year":-300000},"text":{"headline":"Homo sapiens"},"group":"Life"},
{"start_date":{"year":"1543","month":"5"},"text":{"headline":"Copernicus publishes"},"group":"Human"},
{"start_date":{"year":"1969","month":"7","day":"20"},"text":{"headline":"Apollo 11"},"group":"Human"}]}`

// TestDeepTimeChartCountsByPeriodAndFilters checks a cosmological
// timeline's first chart reads in billions of years, and that clicking a
// bar filters to the years it holds.
func TestDeepTimeChartCountsByPeriodAndFilters(t *testing.T) {
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "cosmos.json")
	os.WriteFile(path, []byte(cosmos), 0o644)
	if !w.openFile(path) {
		t.Fatal("the cosmos did not open")
	}
	w.Win.Canvas().Capture()
	bc := w.Decades.Chart()
	if bc.Title != "Events per 100 million years" {
		t.Errorf("title %q", bc.Title)
	}
	want := []string{"13.8–13.7 billion years ago", "4.6–4.5 billion years ago", "3.8–3.7 billion years ago", "the last 100 million years"}
	if len(bc.Tally.Rows) != len(want) {
		t.Fatalf("rows %q, want %q", bc.Tally.Rows, want)
	}
	for i := range want {
		if bc.Tally.Rows[i] != want[i] {
			t.Errorf("row %d %q, want %q", i, bc.Tally.Rows[i], want[i])
		}
	}
	var last charts.Segment
	for _, s := range w.Decades.Layout().Segments {
		if s.Row == len(want)-1 {
			last = s
		}
	}
	w.chartTapped(charts.Decades, last)
	if n := len(w.Timeline.Events()); n != last.Count || n == 0 {
		t.Errorf("clicking the last bar's segment of %d left %d events", last.Count, n)
	}
	if w.Filter().From == nil || *w.Filter().From != -100_000_000 || w.Filter().To != nil {
		t.Errorf("filter %+v, want from 100 million years ago, open to today", w.Filter())
	}
}

// TestSolarHijriDatesBesideGregorian checks the detail pane, the
// presentation card, the timeline CSV and the web page give an event's
// Solar Hijri date at its precision.
func TestSolarHijriDatesBesideGregorian(t *testing.T) {
	w := newTestWindow(t)
	selectID(t, w, "iran-air-655")
	if text := w.Detail.Text(); !strings.Contains(text, "3 Jul 1988 · 12 Tir 1367") {
		t.Errorf("detail pane:\n%s", text)
	}
	selectID(t, w, "jpoa-implemented")
	if text := w.Detail.Text(); !strings.Contains(text, "20 Jan 2014 · 30 Dey 1392") {
		t.Errorf("detail pane:\n%s", text)
	}
	selectID(t, w, "hostage-talks")
	if text := w.Detail.Text(); !strings.Contains(text, "Nov 1979 – Jan 1981 · Aban 1358 – Bahman 1359") {
		t.Errorf("a span of months:\n%s", text)
	}
	w.Present()
	p := w.presenting
	for p.Events()[p.Index()].ID != "iran-air-655" {
		press(w, fyne.KeyRight)
	}
	if got := p.Card().Date; got != "3 Jul 1988 · 12 Tir 1367" {
		t.Errorf("the card's date reads %q", got)
	}
	press(w, fyne.KeyEscape)
	var buf bytes.Buffer
	if err := documents.WriteEventsCSV(&buf, w.Dataset, w.Dataset.Events); err != nil {
		t.Fatal(err)
	}
	recs, _ := csv.NewReader(&buf).ReadAll()
	if recs[0][len(recs[0])-1] != "start_solar_hijri" {
		t.Fatalf("CSV header %v", recs[0])
	}
	for _, r := range recs {
		if r[0] == "iran-air-655" && r[len(r)-1] != "1367-04-12" {
			t.Errorf("CSV row %v", r)
		}
	}
}

// TestSolarHijriAxisOption checks View's check item relabels the axis and
// is remembered.
func TestSolarHijriAxisOption(t *testing.T) {
	w := newTestWindow(t)
	if strings.HasSuffix(w.Timeline.Layout().Ticks[0].Label, " SH") {
		t.Fatal("the axis starts in Solar Hijri")
	}
	menuItem(w, "Solar Hijri Dates on the Axis").Action()
	w.Win.Canvas().Capture()
	ticks := w.Timeline.Layout().Ticks
	if len(ticks) == 0 || !strings.HasSuffix(ticks[0].Label, " SH") || !menuItem(w, "Solar Hijri Dates on the Axis").Checked {
		t.Errorf("after the option the axis reads %+v", ticks)
	}
	w2 := NewWindow(w.App, w.Dataset) // after a restart
	defer w2.Win.Close()
	w2.Win.Resize(fyne.NewSize(1280, 800))
	w2.Win.Canvas().Capture()
	if ticks := w2.Timeline.Layout().Ticks; len(ticks) == 0 || !strings.HasSuffix(ticks[0].Label, " SH") {
		t.Error("the option was not remembered")
	}
}

// TestOverviewWhenNothingIsSelected checks the detail pane's overview: the
// dataset, its span, counts by channel and by administration that match
// the charts, its main sources, how to start; an imported timeline's own
// introduction.
func TestOverviewWhenNothingIsSelected(t *testing.T) {
	w := newTestWindow(t)
	text := w.Detail.Text()
	channels := w.Channels.Chart().Tally
	want := []string{"U.S.–Iran Contacts since 1979", "By channel", "By U.S. administration", "Sources", "To start",
		"Timeline: U.S. Diplomacy with Iran (", "Help > Sources lists them all"}
	for r, row := range channels.Rows {
		want = append(want, row+" "+strconv.Itoa(channels.Total(r)))
	}
	coercive := countWhere(w.Dataset.Events, func(e *data.Event) bool { return e.Channel == data.Coercive })
	want = append(want, "Coercive "+strconv.Itoa(coercive))
	for _, s := range want {
		if !strings.Contains(text, s) {
			t.Errorf("the overview lacks %q:\n%s", s, text)
		}
	}
	path := filepath.Join(t.TempDir(), "cosmos.json")
	doc := strings.Replace(cosmos, `"headline":"Cosmos"}`, `"headline":"Cosmos","text":"<p>From the <b>Big Bang</b> to the Moon.</p>"}`, 1)
	os.WriteFile(path, []byte(doc), 0o644)
	if !w.openFile(path) {
		t.Fatal("the cosmos did not open")
	}
	if text := w.Detail.Text(); !strings.Contains(text, "From the Big Bang to the Moon.") || !strings.Contains(text, "By category") {
		t.Errorf("an imported timeline's overview:\n%s", text)
	}
}
