package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/documents"
)

// TestDetailPaneShowsEachSidesAccount checks a contested event lists its
// accounts, each with its holder and the title of its source, and its
// sources with their official identifiers.
func TestDetailPaneShowsEachSidesAccount(t *testing.T) {
	w := newTestWindow(t)
	selectID(t, w, "soleimani-strike")
	text := w.Detail.Text()
	for _, want := range []string{
		"Accounts",
		"U.S. Department of Defense: The strike was a defensive action",
		"Government of Iran: The killing was an act of state terrorism",
		"(Extrajudicial, summary or arbitrary executions: report of the Special Rapporteur",
		"— UN Human Rights Council — Jun 2020 — A/HRC/44/38",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the detail pane lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "Accounts") > strings.Index(text, "Sources") {
		t.Error("accounts should come before the sources they cite")
	}
	selectID(t, w, "embassy-seized")
	if text := w.Detail.Text(); strings.Contains(text, "Accounts") || !strings.Contains(text, "I.C.J. Reports 1980, p. 3") {
		t.Errorf("an uncontested event:\n%s", text)
	}
}

// TestHelpSourcesStatesTheCoverage checks Help > Sources says how far the
// record runs and how often each source is cited.
func TestHelpSourcesStatesTheCoverage(t *testing.T) {
	w := newTestWindow(t)
	lines := sourcesText(w.Dataset)
	if !strings.Contains(lines[0], "from 1979 through Jun 2026") {
		t.Errorf("the first line is %q", lines[0])
	}
	if len(lines) != len(w.Dataset.Sources)+1 {
		t.Errorf("%d lines for %d sources", len(lines), len(w.Dataset.Sources))
	}
	cited := w.Dataset.CitationCounts()
	for _, l := range lines {
		if strings.HasPrefix(l, "Executive Order") || strings.Contains(l, "Blocking Iranian Government Property") {
			if !strings.Contains(l, "Executive Order 12170 — cited by") || cited["eo-12170"] == 0 {
				t.Errorf("the asset-freeze order reads %q", l)
			}
		}
	}
	w.showSources()
	top := w.Win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(labelTexts(top), "\n"), "through Jun 2026") {
		t.Error("the Sources dialog does not state the coverage")
	}
}

// TestExportCaptionStatesTheCoverage checks an exported chart's caption
// says how far the dataset documents.
func TestExportCaptionStatesTheCoverage(t *testing.T) {
	w := newTestWindow(t)
	caption := charts.Caption(w.Dataset, "")
	if !strings.HasPrefix(caption, "U.S.–Iran Contacts since 1979, through Jun 2026 · Sources: ") {
		t.Errorf("caption %q", caption)
	}
}

// TestDescribeSaysWhatTheChartsShow checks View > Describe gives the
// filtered timeline's and both charts' descriptions, and copies them.
func TestDescribeSaysWhatTheChartsShow(t *testing.T) {
	w := newTestWindow(t)
	test.Tap(w.Filters.Chip(data.Coercive))
	w.showDescription()
	got := w.App.Clipboard().Content()
	n := len(w.Timeline.Events())
	for _, want := range []string{
		"Timeline of U.S.–Iran Contacts since 1979, ",
		w.Decades.Chart().Describe(),
		"Contacts and pressure by U.S. administration, stacked by channel, dialogue above the axis and pressure below it: Carter ",
		fmt.Sprintf("Total %d events: ", n),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the description lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "coercive") {
		t.Error("the description counts the coercive events the filter hides")
	}
	top := w.Win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(labelTexts(top), "\n"), "Copied to the clipboard") {
		t.Error("no dialog shows the description")
	}
}

// TestExportWebPageFollowsTheFilter checks File > Export Web Page's code
// path writes the filtered events as a page, whole.
func TestExportWebPageFollowsTheFilter(t *testing.T) {
	w := newTestWindow(t)
	test.Tap(w.Filters.Chip(data.Coercive))
	path := filepath.Join(t.TempDir(), "page.html")
	if _, err := w.exportToFile(w.exportRequest(charts.Page, documents.HTML, 1, 1, 1, charts.Light), path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := string(raw)
	if n := strings.Count(page, "<article "); n != len(w.Timeline.Events()) {
		t.Errorf("%d articles for %d events shown", n, len(w.Timeline.Events()))
	}
	if !strings.Contains(page, "<h1>U.S.–Iran Contacts since 1979</h1>") || !strings.HasSuffix(strings.TrimSpace(page), "</html>") {
		t.Errorf("the page is not whole:\n%.300s", page)
	}
}
