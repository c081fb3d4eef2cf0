package documents

import (
	"backchannel/charts"
	"bytes"
	"regexp"
	"testing"

	"backchannel/data"
)

// TestSlidesPDFHasAPageAStep: the slides of the secret channel's seven
// events are a PDF of nine 16:9 pages (the events, then the two charts),
// 960×540 points each, titled as the dataset, with the font embedded.
// (e2e TestSlidesReadBack reads their text with poppler.)
func TestSlidesPDFHasAPageAStep(t *testing.T) {
	ds := bundled(t)
	secret := data.Filter{Channels: map[data.Channel]bool{data.Secret: true}}.Apply(ds, ds.Events)
	var buf bytes.Buffer
	if err := WriteSlidesPDF(&buf, ds, secret, nil, 960, 540, "Secret only", charts.Projector, charts.RowsPacked); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	if !bytes.HasPrefix(raw, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", raw[:min(16, len(raw))])
	}
	pages := bytes.Count(raw, []byte("/Type /Page\n"))
	if want := len(secret) + 2; pages != want {
		t.Errorf("%d pages, want %d", pages, want)
	}
	boxes := regexp.MustCompile(`/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]`).FindAllSubmatch(raw, -1)
	if len(boxes) < pages { // the page tree has one too
		t.Errorf("%d page sizes for %d pages", len(boxes), pages)
	}
	for _, b := range boxes {
		if string(b[1]) != "960.00" || string(b[2]) != "540.00" {
			t.Errorf("a page of %s×%s points", b[1], b[2])
		}
	}
	// Embedded as a subset, and named as one ("ABCDEF+Roboto"), so that
	// readers (pdffonts: "sub yes") know not to look for the whole font.
	if fonts := regexp.MustCompile(`/BaseFont /([A-Z]{6})\+Roboto\b`).FindAllSubmatch(raw, -1); len(fonts) == 0 ||
		bytes.Contains(raw, []byte("/BaseFont /roboto")) {
		t.Error("the embedded font is not named as a subset")
	}
	if !bytes.Contains(raw, []byte("/FontFile2")) {
		t.Error("the font is not embedded")
	}
	if err := WriteSlidesPDF(&buf, ds, nil, nil, 960, 540, "", charts.Light, charts.RowsPacked); err == nil {
		t.Error("slides of no events did not say so")
	}
}
