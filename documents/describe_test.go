package documents

import (
	"backchannel/charts"
	"backchannel/pen"
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
	for _, k := range []charts.Kind{charts.Decades, charts.Channels} {
		bc := charts.NewBarChart(k, ds, ds.Events, "")
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
			if k == charts.Channels {
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
			// The dialogue and pressure columns, after the channels'.
			cats := len(bc.Tally.Categories)
			if !bc.Tally.Diverges() || head[cats+1] != "dialogue" || head[cats+2] != "pressure" {
				t.Fatalf("%s: CSV columns %v, want the channels', dialogue, pressure and total", k.Title(), head)
			}
			if sides := fmt.Sprintf(": %s dialogue", rec[cats+1]); !strings.Contains(row, sides) || !strings.Contains(row, ", "+rec[cats+2]+" pressure") {
				t.Errorf("%s: %q does not give %s dialogue and %s pressure", k.Title(), row, rec[cats+1], rec[cats+2])
			}
			for i, n := range rec[1 : cats+1] {
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
		if !strings.Contains(desc, fmt.Sprintf("Total %d events: ", len(ds.Events))) {
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
	for _, k := range []charts.Kind{charts.Decades, charts.Channels, charts.Timeline} {
		req := ExportRequest{Kind: k, Width: 800, Height: 450, Scale: 1, Theme: charts.Light}
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
		if k == charts.Timeline {
			want = ExportTimeline(ds, ds.Events, req).Describe()
		} else {
			want = charts.NewBarChart(k, ds, ds.Events, "").Describe()
		}
		doc := svg.String()
		if !strings.Contains(doc, `role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">`) ||
			!strings.Contains(doc, `<desc id="chart-desc">`+htmlEscape(want)+`</desc>`) {
			t.Errorf("%s: the SVG lacks its title and description:\n%.400s", k.Title(), doc)
		}
		text := pen.PNGText(pngBuf.Bytes())
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
