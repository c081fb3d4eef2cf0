package documents

import (
	"backchannel/charts"
	"bytes"
	"fmt"
	"regexp"
	"testing"
)

// TestHandoutPDF: the handout of the whole record is a PDF on A4 (or
// Letter when asked) of more pages than the title page, charts and
// sources need, every page the paper's size, the font embedded; the
// sources are numbered in the order the events first cite them.
// (e2e TestHandoutReadBack reads its text with poppler.)
func TestHandoutPDF(t *testing.T) {
	ds := bundled(t)
	for _, paper := range []Paper{A4, Letter} {
		var buf bytes.Buffer
		if err := WriteHandoutPDF(&buf, ds, ds.Events, "", paper, charts.Light, charts.RowsPacked, false); err != nil {
			t.Fatal(err)
		}
		raw := buf.Bytes()
		pages := bytes.Count(raw, []byte("/Type /Page\n"))
		if pages < 10 {
			t.Errorf("%s: %d pages for %d events", paper.Name, pages, len(ds.Events))
		}
		want := regexp.MustCompile(`/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]`)
		for _, m := range want.FindAllSubmatch(raw, -1) {
			if string(m[1]) != trimPt(paper.Width) || string(m[2]) != trimPt(paper.Height) {
				t.Errorf("%s: a page of %s×%s points", paper.Name, m[1], m[2])
				break
			}
		}
		if !bytes.Contains(raw, []byte("/FontFile2")) {
			t.Errorf("%s: the font is not embedded", paper.Name)
		}
	}
	refs, order := handoutReferences(ds, ds.Events)
	if len(order) == 0 || refs[order[0]] != 1 || refs[ds.Events[0].Sources[0]] != 1 {
		t.Errorf("the first event's first source is [%d], want [1]", refs[ds.Events[0].Sources[0]])
	}
	for i, id := range order {
		if refs[id] != i+1 {
			t.Fatalf("%s is numbered %d in place %d", id, refs[id], i+1)
		}
	}
	if _, err := PaperNamed("a3"); err == nil {
		t.Error("a3 accepted")
	}
}

// trimPt writes a length as the PDF's MediaBox does: two decimals.
func trimPt(v float64) string { return fmt.Sprintf("%.2f", v) }
