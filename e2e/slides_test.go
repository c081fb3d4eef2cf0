//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"backchannel/data"
)

// poppler runs one of poppler's tools (make test installs them) and
// returns what it prints.
func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// flat makes every run of white space in s one space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// readBackPDF exports a PDF with the binary (args after "export", without
// -o) and reads it as its reader would: pdfinfo's report, the fonts
// checked as embedded, and its text with white space made single.
func readBackPDF(t *testing.T, name string, args ...string) (path, info, text string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), name)
	out, err := exec.Command(binary(t), append(append([]string{"export"}, args...), "-o", path)...).CombinedOutput()
	if err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	if fonts := poppler(t, "pdffonts", path); !strings.Contains(fonts, " yes ") {
		t.Errorf("the font is not embedded:\n%s", fonts)
	}
	text = flat(poppler(t, "pdftotext", path, "-"))
	return path, poppler(t, "pdfinfo", path), text
}

// TestSlidesReadBack: the binary's slides of the secret channel read back
// with poppler as nine 16:9 pages (1280×720 points, the default size) with
// the font embedded, and the text of every event's title and source is
// there to select and search (#14 item 2).
func TestSlidesReadBack(t *testing.T) {
	path, info, text := readBackPDF(t, "secret.pdf", "-chart", "slides", "-channel", "secret", "-theme", "projector")
	if !strings.Contains(info, "Pages:           9\n") || !strings.Contains(info, "Page size:       1280 x 720 pts") {
		t.Errorf("pdfinfo:\n%s", info)
	}
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ds.Events {
		if e.Channel != data.Secret {
			continue
		}
		if !strings.Contains(text, flat(e.Title)) {
			t.Errorf("the slides lack the title %q", e.Title)
		}
		if src := ds.Source(e.Sources[0]).Title; !strings.Contains(text, flat(src)) {
			t.Errorf("the slides lack the source %q", src)
		}
	}
	os.MkdirAll("artifacts", 0o755)
	poppler(t, "pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", path, filepath.Join("artifacts", "slides"))
}

// TestHandoutReadBack: the binary's handout of the whole record, on Letter,
// reads back with poppler on Letter pages with the font embedded, every
// event's title and every source's numbered reference in its text, and
// "Page 1 of N" at the foot (#14 item 1).
func TestHandoutReadBack(t *testing.T) {
	path, info, text := readBackPDF(t, "handout.pdf", "-chart", "handout", "-format", "pdf", "-paper", "letter")
	if !strings.Contains(info, "Page size:       612 x 792 pts (letter)") {
		t.Errorf("pdfinfo:\n%s", info)
	}
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ds.Events {
		if !strings.Contains(text, flat(e.Title)) {
			t.Errorf("the handout lacks the title %q", e.Title)
		}
	}
	cited := map[string]bool{}
	for _, e := range ds.Events {
		for _, id := range e.Sources {
			cited[id] = true
		}
	}
	for n := 1; n <= len(cited); n++ {
		if !strings.Contains(text, "["+strconv.Itoa(n)+"] ") {
			t.Errorf("the bibliography lacks [%d]", n)
		}
	}
	for id := range cited {
		if title := flat(ds.Source(id).Title); !strings.Contains(text, title) {
			t.Errorf("the bibliography lacks the source %q", title)
		}
	}
	if !strings.Contains(text, "Page 1 of ") {
		t.Error("no page numbers")
	}
	os.MkdirAll("artifacts", 0o755)
	poppler(t, "pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", path, filepath.Join("artifacts", "handout"))
}
