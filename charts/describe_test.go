package charts

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"backchannel/data"
)

// TestDescriptionsMatchTheCSV checks that a chart's description gives, row
// by row, the same numbers as its CSV export.
func TestDescriptionsMatchTheCSV(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []Kind{Decades, Channels} {
		bc := NewBarChart(k, ds, ds.Events, "")
		desc := bc.Describe()
		var buf bytes.Buffer
		if err := WriteTallyCSV(&buf, k, bc.Tally); err != nil {
			t.Fatal(err)
		}
		recs, _ := csv.NewReader(&buf).ReadAll()
		head := recs[0]
		for _, rec := range recs[1:] {
			// "1980s 18 (coercive 8, …)": the row's total, then each non-zero count.
			want := fmt.Sprintf("%s %s", rec[0], rec[len(rec)-1])
			if k == Channels {
				want = fmt.Sprintf("%s %s", bc.Tally.Rows[rowOf(bc.Tally, rec[0])], rec[len(rec)-1])
			}
			at := strings.Index(desc, want)
			if at < 0 {
				t.Errorf("%s: description lacks %q:\n%s", k.Title(), want, desc)
				continue
			}
			row := desc[at:]
			if end := strings.Index(row, ";"); end >= 0 {
				row = row[:end]
			} else {
				row = row[:strings.Index(row, ". Total")]
			}
			for i, n := range rec[1 : len(rec)-1] {
				name := strings.ToLower(ds.Category(data.Channel(i)).Name())
				has := regexp.MustCompile(`\b` + name + ` ` + n + `\b`).MatchString(row)
				if n != "0" && !has {
					t.Errorf("%s: %q lacks %s %s (CSV column %s)", k.Title(), row, name, n, head[i+1])
				}
				if n == "0" && strings.Contains(row, name+" ") {
					t.Errorf("%s: %q names %s, which the CSV counts 0", k.Title(), row, name)
				}
			}
		}
		if !strings.Contains(desc, fmt.Sprintf("Total %d events.", len(ds.Events))) {
			t.Errorf("%s: no total in %q", k.Title(), desc)
		}
	}
}

// rowOf finds the tally row whose CSV label is label.
func rowOf(t data.Tally, label string) int {
	for i, r := range t.Rows {
		if r == label {
			return i
		}
	}
	return -1
}

// TestTimelineDescriptionListsTheEventsInView checks the span, the count
// and the events in time order.
func TestTimelineDescriptionListsTheEventsInView(t *testing.T) {
	ds, _ := data.Bundled()
	from, to := int64(2019), int64(2020)
	req := ExportRequest{Filter: data.Filter{From: &from, To: &to}}
	events := req.Filter.Apply(ds, ds.Events)
	desc := ExportTimeline(ds, events, req).Describe()
	if !strings.HasPrefix(desc, fmt.Sprintf("Timeline of U.S.–Iran Contacts since 1979, Jan 2019 to Dec 2020: %d events in view, in time order: ", len(events))) {
		t.Errorf("description begins %q", desc[:min(len(desc), 160)])
	}
	last := -1
	for _, e := range events {
		at := strings.Index(desc, e.DateText()+", "+e.Title)
		if at < 0 || at < last {
			t.Errorf("%s missing or out of order in %q", e.ID, desc)
		}
		last = at
	}
}

// TestExportsCarryTheirDescription checks the SVG's title and desc and the
// PNG's text chunks hold the chart's description, and the PNG still decodes.
func TestExportsCarryTheirDescription(t *testing.T) {
	ds, _ := data.Bundled()
	for _, k := range []Kind{Decades, Channels, Timeline} {
		req := ExportRequest{Kind: k, Width: 800, Height: 450, Scale: 1, Theme: Light}
		var svg, pngBuf bytes.Buffer
		req.Format = SVG
		if err := Export(&svg, ds, req); err != nil {
			t.Fatal(err)
		}
		req.Format = PNG
		if err := Export(&pngBuf, ds, req); err != nil {
			t.Fatal(err)
		}
		var want string
		if k == Timeline {
			want = ExportTimeline(ds, ds.Events, req).Describe()
		} else {
			want = NewBarChart(k, ds, ds.Events, "").Describe()
		}
		doc := svg.String()
		if !strings.Contains(doc, `role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">`) ||
			!strings.Contains(doc, `<desc id="chart-desc">`+htmlEscape(want)+`</desc>`) {
			t.Errorf("%s: the SVG lacks its title and description:\n%.400s", k.Title(), doc)
		}
		text := PNGText(pngBuf.Bytes())
		if text["Description"] != want || text["Title"] == "" {
			t.Errorf("%s: PNG text chunks %q", k.Title(), text)
		}
		if _, err := png.Decode(bytes.NewReader(pngBuf.Bytes())); err != nil {
			t.Errorf("%s: the PNG no longer decodes: %v", k.Title(), err)
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// TestDescribingAndPackingAgreeOnWhatIsInView: for views of every size,
// edges falling on event dates among them, the description counts the
// events the packer was offered ("in view"), no more and no fewer.
func TestDescribingAndPackingAgreeOnWhatIsInView(t *testing.T) {
	tl, _ := bundledTimeline(t)
	views := []TimeView{FitEvents(tl.Index.Events)}
	for i, e := range tl.Index.Events {
		if i%7 != 0 {
			continue
		}
		// Views that start or end exactly on an event, on its year, inside a span.
		views = append(views, NewTimeView(e.Start.Begin(), e.Start.Begin()+3), NewTimeView(e.Start.Begin()-2, e.Start.Begin()),
			NewTimeView(e.Start.Finish(), e.Start.Finish()+1), NewTimeView(float64(e.Start.Year)+0.5, float64(e.Start.Year)+0.75))
	}
	for _, v := range views {
		tl.View = v
		l := tl.Layout(1280, 560, Light)
		desc := tl.Describe()
		want := eventsWord(l.InView) + " in view"
		if !strings.Contains(desc, ": "+want) {
			t.Errorf("view %.4f–%.4f: packed %d in view, the description says %q", v.Start, v.End, l.InView, desc[:min(len(desc), 120)])
		}
	}
}
