package documents

import (
	"backchannel/charts"
	"backchannel/internal/fixture"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"backchannel/data"
)

func bundled(t testing.TB) *data.Dataset { return fixture.Bundled(t) }

func exportBytes(t *testing.T, ds *data.Dataset, req ExportRequest) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(&buf, ds, req); err != nil {
		t.Fatalf("export %+v: %v", req, err)
	}
	return buf.Bytes()
}

// countNear counts the pixels within a small distance of c.
func countNear(img image.Image, c color.RGBA) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			if absDiff(r>>8, c.R) < 8 && absDiff(g>>8, c.G) < 8 && absDiff(bb>>8, c.B) < 8 {
				n++
			}
		}
	}
	return n
}

func absDiff(a uint32, b uint8) uint32 {
	if a > uint32(b) {
		return a - uint32(b)
	}
	return uint32(b) - a
}

func TestExportPNGSizeAndScale(t *testing.T) {
	ds := bundled(t)
	req := ExportRequest{Kind: charts.Decades, Format: PNG, Width: 640, Height: 360, Scale: 1, Theme: charts.Light}
	one, err := png.Decode(bytes.NewReader(exportBytes(t, ds, req)))
	if err != nil {
		t.Fatal(err)
	}
	req.Scale = 2
	two, err := png.Decode(bytes.NewReader(exportBytes(t, ds, req)))
	if err != nil {
		t.Fatal(err)
	}
	if one.Bounds().Dx() != 640 || one.Bounds().Dy() != 360 || two.Bounds().Dx() != 1280 || two.Bounds().Dy() != 720 {
		t.Fatalf("sizes %v and %v, want 640x360 and 1280x720", one.Bounds(), two.Bounds())
	}
	// The coercive bars cover four times the pixels at scale 2: the same
	// picture, only sharper.
	c1, c2 := countNear(one, charts.Light.Channels[data.Coercive]), countNear(two, charts.Light.Channels[data.Coercive])
	if c1 < 200 {
		t.Fatalf("only %d coercive pixels at scale 1", c1)
	}
	if ratio := float64(c2) / float64(c1); ratio < 3.6 || ratio > 4.4 {
		t.Errorf("scale 2 has %.2f times the coercive pixels, want about 4", ratio)
	}
	// Everything scales: the ink (difference from the background, over
	// every pixel) grows about fourfold, type and strokes included.
	i1, i2 := ink(one, charts.Light.Background), ink(two, charts.Light.Background)
	if ratio := i2 / i1; ratio < 3.7 || ratio > 4.3 {
		t.Errorf("scale 2 has %.2f times the ink, want about 4", ratio)
	}
}

// ink sums how far every pixel is from the background colour.
func ink(img image.Image, bg color.RGBA) float64 {
	sum := 0.0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			sum += float64(absDiff(r>>8, bg.R) + absDiff(g>>8, bg.G) + absDiff(bb>>8, bg.B))
		}
	}
	return sum
}

func TestExportPNGThemesDiffer(t *testing.T) {
	ds := bundled(t)
	for _, th := range charts.Themes() {
		img, err := png.Decode(bytes.NewReader(exportBytes(t, ds, ExportRequest{Kind: charts.Channels, Format: PNG, Width: 800, Height: 450, Scale: 1, Theme: th})))
		if err != nil {
			t.Fatal(err)
		}
		r, g, b, _ := img.At(2, 2).RGBA()
		if got := (color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xFF}); got != th.Background {
			t.Errorf("%s: corner is %v, want the background %v", th.Name, got, th.Background)
		}
	}
}

type svgDoc struct {
	XMLName xml.Name   `xml:"svg"`
	ViewBox string     `xml:"viewBox,attr"`
	Texts   []svgText  `xml:"text"`
	Paths   []struct{} `xml:"path"`
}

type svgText struct {
	X    int    `xml:"x,attr"`
	Y    int    `xml:"y,attr"`
	Body string `xml:",chardata"`
}

func TestExportSVGIsXMLWithLabels(t *testing.T) {
	ds := bundled(t)
	ds.Title = `Contacts <&> "quoted"` // markup in a title must be escaped
	raw := exportBytes(t, ds, ExportRequest{Kind: charts.Channels, Format: SVG, Width: 1280, Height: 720, Scale: 1, Theme: charts.Light})
	var doc svgDoc
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("SVG is not XML: %v", err)
	}
	if doc.ViewBox != "0 0 1280 720" {
		t.Errorf("viewBox %q", doc.ViewBox)
	}
	want := map[string]bool{"Contacts and pressure by U.S. administration": false, "Carter": false, "Obama": false, "0": false}
	caption := false
	for _, tx := range doc.Texts {
		if _, ok := want[tx.Body]; ok {
			want[tx.Body] = true
		}
		if strings.HasPrefix(tx.Body, `Contacts <&> "quoted"`) {
			caption = true
		}
		if tx.X < 0 || tx.X > 1280 || tx.Y < 0 || tx.Y > 720 {
			t.Errorf("text %q at %d,%d is outside the picture", tx.Body, tx.X, tx.Y)
		}
	}
	for s, ok := range want {
		if !ok {
			t.Errorf("SVG has no text %q", s)
		}
	}
	if !caption {
		t.Error("SVG caption lost its title")
	}
	if len(doc.Paths) < 10 {
		t.Errorf("SVG has %d paths, want bars and grid", len(doc.Paths))
	}
}

func TestExportCSVMatchesTheChart(t *testing.T) {
	ds := bundled(t)
	for _, kind := range []charts.Kind{charts.Decades, charts.Channels} {
		raw := exportBytes(t, ds, ExportRequest{Kind: kind, Format: CSV, Width: 1, Height: 1, Scale: 1, Theme: charts.Light})
		recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		first := map[charts.Kind]string{charts.Decades: "decade", charts.Channels: "administration"}[kind]
		if strings.Join(recs[0], ",") != first+",direct,secret,intermediary,multilateral,public,coercive,dialogue,pressure,total" {
			t.Errorf("%s header %v", kind, recs[0])
		}
		tally := charts.NewBarChart(kind, ds, ds.Events, "").Tally
		if len(recs)-1 != len(tally.Rows) {
			t.Fatalf("%s: %d rows, chart has %d bars", kind, len(recs)-1, len(tally.Rows))
		}
		sum := 0
		for i, rec := range recs[1:] {
			if rec[0] != tally.Rows[i] {
				t.Errorf("%s row %d = %q, want %q", kind, i, rec[0], tally.Rows[i])
			}
			rowSum := 0
			for ch := 0; ch < data.NumChannels; ch++ {
				n, _ := strconv.Atoi(rec[1+ch])
				if n != tally.Counts[i][ch] {
					t.Errorf("%s %s %s = %d, chart draws %d", kind, rec[0], data.Channel(ch), n, tally.Counts[i][ch])
				}
				rowSum += n
			}
			total, _ := strconv.Atoi(rec[len(rec)-1])
			if total != rowSum {
				t.Errorf("%s %s total %d, channels add to %d", kind, rec[0], total, rowSum)
			}
			// Dialogue is every channel but coercion, which is pressure.
			dialogue, _ := strconv.Atoi(rec[1+data.NumChannels])
			pressure, _ := strconv.Atoi(rec[2+data.NumChannels])
			if coercive, _ := strconv.Atoi(rec[1+int(data.Coercive)]); pressure != coercive || dialogue != rowSum-coercive {
				t.Errorf("%s %s: %d dialogue, %d pressure; the channels give %d and %d", kind, rec[0], dialogue, pressure, rowSum-coercive, coercive)
			}
			sum += total
		}
		if sum != len(ds.Events) {
			t.Errorf("%s CSV counts %d events, dataset has %d", kind, sum, len(ds.Events))
		}
	}
}

func TestExportFilterNarrowsAndIsCaptioned(t *testing.T) {
	ds := bundled(t)
	from := int64(1980)
	f := data.Filter{From: &from, Channels: map[data.Channel]bool{data.Intermediary: true}}
	raw := exportBytes(t, ds, ExportRequest{Kind: charts.Timeline, Format: CSV, Width: 1, Height: 1, Scale: 1, Theme: charts.Light, Filter: f})
	recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := f.Apply(nil, ds.Events)
	if len(want) == 0 || len(recs)-1 != len(want) {
		t.Fatalf("timeline CSV has %d events, filter keeps %d", len(recs)-1, len(want))
	}
	for _, rec := range recs[1:] {
		if rec[4] != "intermediary" || rec[1] < "1980" {
			t.Errorf("row %v passed the filter", rec)
		}
	}
	svg := exportBytes(t, ds, ExportRequest{Kind: charts.Decades, Format: SVG, Width: 1280, Height: 720, Scale: 1, Theme: charts.Light, Filter: f, FilterText: "from 1980; Intermediary only"})
	if !bytes.Contains(svg, []byte("Filter: from 1980; Intermediary only")) {
		t.Error("the filter is not stated in the caption")
	}
}

func TestExportRejectsBadSizes(t *testing.T) {
	ds := bundled(t)
	tests := []struct {
		req  ExportRequest
		want string
	}{
		{ExportRequest{Kind: charts.Decades, Format: PNG, Width: 0, Height: 10, Scale: 1}, "want a width and height above zero"},
		{ExportRequest{Kind: charts.Decades, Format: PNG, Width: 10, Height: 10, Scale: 0}, "scale 0"},
		{ExportRequest{Kind: charts.Decades, Format: PNG, Width: 20000, Height: 20000, Scale: 2}, "the most is 400"},
	}
	for _, tt := range tests {
		err := Export(io.Discard, ds, tt.req)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Export(%+v) = %v, want %q", tt.req, err, tt.want)
		}
	}
}

func TestWriteFileAtomicKeepsOldFileOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chart.png")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFileAtomic(path, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("want the write error back")
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("file now holds %q, want the old content", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("file holds %q, want new", got)
	}
}

func TestExportTimelinePNGAndSVG(t *testing.T) {
	ds := bundled(t)
	raw := exportBytes(t, ds, ExportRequest{Kind: charts.Timeline, Format: PNG, Width: 1600, Height: 900, Scale: 2, Theme: charts.Projector})
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil || img.Bounds().Dx() != 3200 || img.Bounds().Dy() != 1800 {
		t.Fatalf("timeline PNG %v, %v; want 3200x1800", img.Bounds(), err)
	}
	from, to := int64(2013), int64(2016)
	f := data.Filter{From: &from, To: &to}
	svg := exportBytes(t, ds, ExportRequest{Kind: charts.Timeline, Format: SVG, Width: 1600, Height: 900, Scale: 1, Theme: charts.Light, Filter: f, FilterText: "2013–2016"})
	var doc svgDoc
	if err := xml.Unmarshal(svg, &doc); err != nil {
		t.Fatalf("timeline SVG is not XML: %v", err)
	}
	texts := map[string]bool{}
	for _, tx := range doc.Texts {
		texts[tx.Body] = true
	}
	for _, want := range []string{ds.Title, "Obama", "Rouhani", "Direct", "Coercive", "U.S. president", "JCPOA concluded in Vienna", "Jan 2014"} {
		if !texts[want] {
			t.Errorf("timeline SVG lacks the text %q", want)
		}
	}
	if texts["Algiers Accords signed"] {
		t.Error("an event outside -from/-to was drawn")
	}
	if !bytes.Contains(svg, []byte("Filter: 2013–2016")) {
		t.Error("the caption does not state the filter")
	}
}

// TestAnImportWithoutErasCountsByGroup: a timeline with no eras (the 2012
// primary, TimelineJS) has its second chart count events by group, not
// show 0 events by U.S. administration; its CSV names the rows groups
// (#17 item 11).
func TestAnImportWithoutErasCountsByGroup(t *testing.T) {
	raw := []byte(`{"events":[
		{"start_date":{"year":2011,"month":6},"text":{"headline":"Debate"},"group":"Debates"},
		{"start_date":{"year":2012,"month":1},"text":{"headline":"Iowa"},"group":"Contests"},
		{"start_date":{"year":2012,"month":1,"day":10},"text":{"headline":"New Hampshire"},"group":"Contests"}]}`)
	ds, err := data.LoadTimelineJSJSON("primary.json", raw)
	if err != nil {
		t.Fatal(err)
	}
	c := charts.NewBarChart(charts.Channels, ds, ds.Events, "")
	if c.Title != "Events by group" {
		t.Errorf("title %q", c.Title)
	}
	if c.Tally.Sum() != 3 || len(c.Tally.Rows) != 2 || c.Tally.Rows[0] != "Debates" || c.Tally.Total(1) != 2 {
		t.Errorf("rows %v, %d events counted", c.Tally.Rows, c.Tally.Sum())
	}
	if got := charts.KeyOf(charts.Channels, ds, c.Tally, *ds.Events[2]); got != c.Tally.Keys[1] {
		t.Errorf("New Hampshire's bar is %q, want %q", got, c.Tally.Keys[1])
	}
	var buf bytes.Buffer
	if err := WriteTallyCSV(&buf, charts.Channels, c.Tally); err != nil || !strings.HasPrefix(buf.String(), "group,") {
		t.Errorf("CSV %q, %v", buf.String(), err)
	}
}

// TestWriteFileAtomicSaysWhyItCannot: a folder that is not there, or one
// that cannot be written in, is named in words, with no temporary file in
// the message and nothing left behind.
func TestWriteFileAtomicSaysWhyItCannot(t *testing.T) {
	err := WriteFileAtomic(filepath.Join(t.TempDir(), "gone", "x.pdf"), func(io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "there is no folder") || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("missing folder: %v", err)
	}
	if os.Geteuid() == 0 {
		return // root writes in read-only folders
	}
	ro := t.TempDir()
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	err = WriteFileAtomic(filepath.Join(ro, "x.pdf"), func(io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("read-only folder: %v", err)
	}
}
