package main

import (
	"backchannel/documents"
	"bytes"
	"encoding/csv"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code, handled := runCommand(args, &out, &errb)
	if !handled {
		t.Fatalf("%v was not handled as a command", args)
	}
	return code, out.String(), errb.String()
}

func TestValidateBundledIsClean(t *testing.T) {
	code, out, _ := run(t, "validate", "data/contacts.json")
	if code != 0 || !strings.HasPrefix(out, "data/contacts.json: ok: ") {
		t.Errorf("validate = %d %q", code, out)
	}
}

func TestValidateReportsProblemsAndFails(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\"sources\":{},\n\"events\":[{\"id\":\"a\",\"title\":\"A\",\"start\":\"1999-02-30\",\"channel\":\"direct\",\"sources\":[\"x\"]}]}"), 0o644)
	code, out, _ := run(t, "validate", "data/contacts.json", bad)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"data/contacts.json: ok",
		bad + `:2:41: event "a" start: impossible date "1999-02-30": Feb 1999 has 28 days`,
		bad + `:2:84: event "a": cites unknown source "x"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, out, _ := run(t, "validate", filepath.Join(dir, "missing.json")); code != 1 || !strings.Contains(out, "missing.json") {
		t.Errorf("missing file: %d %q", code, out)
	}
}

func TestExportToStdoutAndFile(t *testing.T) {
	code, out, errs := run(t, "export", "-chart", "channels", "-format", "csv", "-o", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || recs[0][0] != "administration" || recs[1][0] != "Carter" {
		t.Errorf("csv %v %v", recs, err)
	}
	path := filepath.Join(t.TempDir(), "chart.png")
	code, _, errs = run(t, "export", "-chart", "decades", "-width", "400", "-height", "300", "-scale", "2", "-theme", "projector", "-o", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 800 || cfg.Height != 600 {
		t.Errorf("png %dx%d, %v; want 800x600 (format taken from .png)", cfg.Width, cfg.Height, err)
	}
}

func TestExportUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "-chart is required"},
		{[]string{"export", "-chart", "pie"}, `unknown chart "pie"`},
		{[]string{"export", "-chart", "decades", "-format", "bmp"}, `unknown format "bmp"`},
		{[]string{"export", "-chart", "decades", "-theme", "neon"}, `unknown theme "neon"`},
		{[]string{"export", "-chart", "decades", "-channel", "smoke"}, `unknown channel "smoke"`},
		{[]string{"export", "-chart", "decades", "-from", "2010", "-to", "2000"}, "-to 2000 is before -from 2010"},
		{[]string{"export", "-chart", "decades", "-from", "May"}, `-from: "May" is not a year`},
	}
	for _, tt := range tests {
		code, _, errs := run(t, tt.args...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%v = %d %q, want 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}

func TestExportFailureLeavesNoFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.png")
	code, _, errs := run(t, "export", "-chart", "decades", "-width", "40000", "-height", "40000", "-o", path)
	if code != 1 || !strings.Contains(errs, "megapixels") {
		t.Errorf("exit %d %q", code, errs)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("a failed export left a file")
	}
}

func TestWindowFlags(t *testing.T) {
	var errb bytes.Buffer
	if ds, _, code := loadForWindow([]string{"-data", "nope.json"}, &errb); ds != nil || code != 1 || !strings.Contains(errb.String(), "nope.json") {
		t.Errorf("missing -data file: %v %d %q", ds, code, errb.String())
	}
	if ds, start, code := loadForWindow(nil, &errb); ds == nil || start.Open != nil || start.Present || code != 0 {
		t.Errorf("bundled: %v %+v %d", ds, start, code)
	}
	if _, start, code := loadForWindow([]string{"-tour", "Secret only", "-auto", "10"}, &errb); code != 0 || !start.Present || start.Tour != "Secret only" || start.AutoSeconds != 10 {
		t.Errorf("-tour -auto: %+v %d", start, code)
	}
	errb.Reset()
	if ds, _, code := loadForWindow([]string{"-present", "-auto", "-5"}, &errb); ds != nil || code != 2 || !strings.Contains(errb.String(), "-auto -5") {
		t.Errorf("-auto -5: exit %d, %q", code, errb.String())
	}
}

func TestVersionComesFromFyneAppToml(t *testing.T) {
	raw, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	want := ""
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "Version" {
			want = strings.Trim(f[2], `"`)
		}
	}
	code, out, _ := run(t, "-version")
	if code != 0 || want == "" || out != "backchannel "+want+"\n" {
		t.Errorf("-version printed %q (exit %d); FyneApp.toml says %q", out, code, want)
	}
}

func TestExportChannelFilterUsesTheDatasetsCategories(t *testing.T) {
	path := filepath.Join(t.TempDir(), "own.json")
	os.WriteFile(path, []byte(`{"title":"T","categories":[{"id":"a"},{"id":"b"}],"sources":{"s":{"title":"S"}},"events":[
{"id":"x","title":"X","start":"2000","channel":"a","sources":["s"]},{"id":"y","title":"Y","start":"1995","channel":"b","sources":["s"]},
{"id":"z","title":"Z","start":"2018","channel":"b","sources":["s"]}]}`), 0o644)
	code, out, errs := run(t, "export", "-data", path, "-chart", "decades", "-format", "csv", "-channel", "b", "-o", "-")
	if code != 0 || !strings.Contains(out, "decade,a,b,total") || !strings.Contains(out, "2000s,0,0,0") || !strings.Contains(out, "2010s,0,1,1") {
		t.Errorf("exit %d, %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "export", "-data", path, "-chart", "decades", "-channel", "direct"); code != 2 || !strings.Contains(errs, "want one of a, b") {
		t.Errorf("unknown category: %d %q", code, errs)
	}
}

func TestValidateEveryFormatAndWarnings(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "sheet.txt") // chosen by content, not by name
	os.WriteFile(csvPath, []byte("Year,Headline,Notes\n1999,A,x\n"), 0o644)
	fixture := "../shared/fixtures/timelinejs/eras.json"
	if _, err := os.Stat(fixture); err != nil {
		fixture = "data/testdata/eras.json" // the copy kept in the project
	}
	code, out, _ := run(t, "validate", csvPath, fixture)
	if code != 0 || !strings.Contains(out, csvPath+`:1:15: warning: unknown column "Notes" ignored`) ||
		!strings.Contains(out, csvPath+": ok: 1 events") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestExportTourFilm: export -chart tour -format gif writes a looping film
// of the filtered events that image/gif reads, with its description; a
// tour as PNG, or a bad -seconds-per-event, is refused with a message.
func TestExportTourFilm(t *testing.T) {
	path := filepath.Join(t.TempDir(), "secret.gif")
	code, _, errs := run(t, "export", "-chart", "tour", "-channel", "secret", "-width", "640", "-height", "360", "-seconds-per-event", "2", "-o", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(bytes.NewReader(raw))
	if err != nil || g.Config.Width != 640 || g.Config.Height != 360 || len(g.Image) < 7 {
		t.Fatalf("the film: %v, %d frames", err, len(g.Image))
	}
	if c := documents.GIFComment(raw); !strings.Contains(c, "7 events") {
		t.Errorf("description %q", c)
	}
	if code, _, errs := run(t, "export", "-chart", "tour", "-format", "png", "-o", filepath.Join(t.TempDir(), "x.png")); code != 1 || !strings.Contains(errs, "-chart tour -format gif") {
		t.Errorf("tour as png: exit %d, %q", code, errs)
	}
	if code, _, errs := run(t, "export", "-chart", "tour", "-seconds-per-event", "0"); code != 2 || !strings.Contains(errs, "-seconds-per-event") {
		t.Errorf("zero seconds: exit %d, %q", code, errs)
	}
}

// TestExportByTour: -tour exports a lecture saved in the window in its
// own order (the film's description lists its events so), finds tours in
// any case, and names the tours there are when there is no such one.
func TestExportByTour(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	storage := filepath.Join(config, "fyne", AppID)
	os.MkdirAll(storage, 0o755)
	tours := `{"version":1,"tours":[{"name":"Three turns","steps":[{"event":"lausanne-2015","notes":"Not for the film"},{"event":"iran-contra"},{"event":"algiers-accords"}]}]}`
	if err := os.WriteFile(filepath.Join(storage, "tours.json"), []byte(tours), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lecture.gif")
	code, _, errs := run(t, "export", "-chart", "tour", "-tour", "three TURNS", "-width", "320", "-height", "180", "-seconds-per-event", "1", "-o", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	raw, _ := os.ReadFile(path)
	c := documents.GIFComment(raw)
	lausanne, contra, algiers := strings.Index(c, "Lausanne"), strings.Index(c, "Iran-Contra"), strings.Index(c, "Algiers Accords")
	if !strings.Contains(c, "3 events") || lausanne < 0 || !(lausanne < contra && contra < algiers) || strings.Contains(c, "Not for the film") {
		t.Errorf("the film's description, in the lecture's order: %q", c)
	}
	if code, _, errs := run(t, "export", "-chart", "slides", "-tour", "Nope", "-o", filepath.Join(t.TempDir(), "s.pdf")); code != 2 || !strings.Contains(errs, `no tour called "Nope": the tours are “Three turns”`) {
		t.Errorf("an unknown tour: exit %d, %q", code, errs)
	}
}

// TestExportTimelineJS: the dataset as TimelineJS JSON, which the app
// opens again as TimelineJS; the message names what TimelineJS cannot
// hold.
func TestExportTimelineJS(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.json")
	code, _, errs := run(t, "export", "-chart", "dataset", "-format", "timelinejs", "-o", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "TimelineJS cannot hold the accounts of") || !strings.Contains(errs, "the coverage") {
		t.Errorf("the message: %q", errs)
	}
	code, out, _ := run(t, "validate", path)
	if code != 0 || !strings.Contains(out, "ok: 128 events") {
		t.Errorf("validate: %d %q", code, out)
	}
}

func TestVersionIsReadFromTheDetailsTable(t *testing.T) {
	for meta, want := range map[string]string{
		"Website = \"x\"\n[Details]\n  Name = \"B\"\n  Version = \"2.3.4\"\n  Build = 7\n": "2.3.4",
		"Version = \"9\"\n[Details]\nVersion=\"1.0\" # the release\n":                      "1.0",
		"[Other]\nVersion = \"5\"\n":  "unknown",
		"[Details]\nVersion = \"\"\n": "unknown",
		"[Details]\nVersion = 3\n":    "unknown",
		"":                            "unknown",
	} {
		if got := versionIn(meta); got != want {
			t.Errorf("versionIn(%q) = %q, want %q", meta, got, want)
		}
	}
}
