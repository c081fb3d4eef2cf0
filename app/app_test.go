package app

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/documents"
)

// countWhere counts the events that match.
func countWhere(events []*data.Event, match func(*data.Event) bool) int {
	n := 0
	for _, e := range events {
		if match(e) {
			n++
		}
	}
	return n
}

// indexOf is the place of event id in events.
func indexOf(t *testing.T, events []*data.Event, id string) int {
	t.Helper()
	for i, e := range events {
		if e.ID == id {
			return i
		}
	}
	t.Fatalf("no event %q", id)
	return -1
}

func newTestWindow(t *testing.T) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	w := NewWindow(a, ds)
	t.Cleanup(w.Win.Close)
	w.Win.Resize(fyne.NewSize(1280, 800))
	w.Win.Canvas().Capture()
	return w
}

func selectID(t *testing.T, w *Window, id string) {
	t.Helper()
	for i, e := range w.Timeline.Events() {
		if e.ID == id {
			w.Timeline.Select(i)
			return
		}
	}
	t.Fatalf("no event %q on the timeline", id)
}

func TestWindowShowsTimelineChartsAndEmptyDetail(t *testing.T) {
	w := newTestWindow(t)
	if w.Win.Title() != "Backchannel" {
		t.Errorf("title %q", w.Win.Title())
	}
	if got := w.Decades.Chart().Title; got != "Contacts and pressure per decade" {
		t.Errorf("left chart %q", got)
	}
	all := len(w.Dataset.Events)
	if all < 85 || len(w.Timeline.Events()) != all || w.Decades.Chart().Tally.Sum() != all || w.Channels.Chart().Tally.Sum() != all {
		t.Errorf("the timeline and charts do not show all %d events", all)
	}
	if got, want := w.Detail.Text(), fmt.Sprintf("%d events, from 1979 through Jun 2026.", all); !strings.Contains(got, "Click an event") || !strings.Contains(got, want) {
		t.Errorf("detail pane before a selection: %q, want it to say %q", got, want)
	}
	if got, want := w.Summary.Text, fmt.Sprintf("U.S.–Iran Contacts since 1979 — %d events, 1979 through Jun 2026", all); got != want {
		t.Errorf("summary line %q, want %q", got, want)
	}
	if got := w.Filters.CountText(); got != fmt.Sprintf("%d of %d events", all, all) {
		t.Errorf("count %q", got)
	}
	menus := []string{}
	for _, m := range w.Win.MainMenu().Items {
		menus = append(menus, m.Label)
	}
	if strings.Join(menus, ",") != "File,Edit,View,Present,Help" {
		t.Errorf("menus %v", menus)
	}
}

func TestSelectingAnEventFillsTheDetailPane(t *testing.T) {
	w := newTestWindow(t)
	selectID(t, w, "algiers-accords")
	text := w.Detail.Text()
	for _, want := range []string{
		"Algiers Accords signed", "19 Jan 1981", "Intermediary — messages or deals carried by a third party",
		"U.S. president", "Carter", "Supreme Leader", "Khomeini", "Iran's president", "Bani-Sadr",
		"Warren Christopher", "Algeria", "Algiers", "Hostages and prisoners",
		"The hostages were freed the next day.",
		"Timeline: U.S.-Iran Contacts — Council on Foreign Relations — 9 Mar 2007",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the detail pane lacks %q:\n%s", want, text)
		}
	}
	if want := fmt.Sprintf("%d of %d: Algiers Accords signed — 19 Jan 1981", indexOf(t, w.Dataset.Events, "algiers-accords")+1, len(w.Dataset.Events)); !strings.HasPrefix(w.Status.Text, want) {
		t.Errorf("status %q", w.Status.Text)
	}
	if w.Decades.Chart().Marked != "1980s" || w.Channels.Chart().Marked != "carter" {
		t.Errorf("charts mark %q and %q, want 1980s and carter", w.Decades.Chart().Marked, w.Channels.Chart().Marked)
	}
	// Next steps to the following event; Escape clears.
	w.Detail.OnNext()
	if !strings.Contains(w.Detail.Text(), "The fifty-two hostages are released") {
		t.Errorf("Next showed:\n%s", w.Detail.Text())
	}
	w.Timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !strings.Contains(w.Detail.Text(), "Click an event") || w.Status.Text != statusHint {
		t.Error("Escape did not clear the detail pane and status")
	}
}

func TestTappingAChannelChipFiltersEverything(t *testing.T) {
	w := newTestWindow(t)
	all := len(w.Dataset.Events)
	coercive := countWhere(w.Dataset.Events, func(e *data.Event) bool { return e.Channel == data.Coercive })
	rest := all - coercive
	test.Tap(w.Filters.Chip(data.Coercive))
	if n := len(w.Timeline.Events()); n != rest || coercive == 0 {
		t.Errorf("timeline shows %d events after hiding coercive, want %d", n, rest)
	}
	if w.Decades.Chart().Tally.Sum() != rest || w.Channels.Chart().Tally.Sum() != rest {
		t.Error("the charts did not follow the filter")
	}
	for _, e := range w.Timeline.Events() {
		if e.Channel == data.Coercive {
			t.Fatalf("%s is coercive but shown", e.ID)
		}
	}
	if got := w.Filters.CountText(); got != fmt.Sprintf("%d of %d events", rest, all) {
		t.Errorf("count %q", got)
	}
	if !strings.Contains(w.Filters.Chip(data.Coercive).Text, fmt.Sprintf("(%d)", coercive)) {
		t.Errorf("the coercive chip reads %q; it should still say how many it would add", w.Filters.Chip(data.Coercive).Text)
	}
	w.Filters.Clear()
	if len(w.Timeline.Events()) != all || !w.Filters.Chip(data.Coercive).Checked {
		t.Error("Clear filters did not bring everything back")
	}
}

func TestSearchFilters(t *testing.T) {
	w := newTestWindow(t)
	test.Type(w.Filters.Search, "geneva")
	want := data.Filter{Text: "geneva"}.Apply(w.Dataset, w.Dataset.Events)
	if got := len(w.Timeline.Events()); got != len(want) || got < 3 {
		t.Errorf("searching geneva shows %d events, want %d", got, len(want))
	}
	for _, e := range w.Timeline.Events() {
		if !strings.Contains(strings.ToLower(e.Title+e.Summary+e.Location+strings.Join(e.Participants, " ")), "geneva") {
			t.Errorf("%s does not mention Geneva", e.ID)
		}
	}
}

func TestClickingAChartBarFilters(t *testing.T) {
	w := newTestWindow(t)
	var seg charts.Segment
	for _, s := range w.Channels.Layout().Segments {
		if w.Channels.Chart().Tally.Keys[s.Row] == "obama" && s.Channel == data.Multilateral {
			seg = s
		}
	}
	if seg.Count == 0 {
		t.Fatal("no Obama multilateral segment drawn")
	}
	test.TapAt(w.Channels, fyne.NewPos(float32(seg.Rect.X+seg.Rect.W/2), float32(seg.Rect.Y+seg.Rect.H/2)))
	if got := len(w.Timeline.Events()); got != seg.Count {
		t.Errorf("clicking a segment of %d left %d events", seg.Count, got)
	}
	if w.Filter().Administration != "obama" || !w.Filter().Channels[data.Multilateral] || len(w.Filter().Channels) != 1 {
		t.Errorf("filter %+v", w.Filter())
	}
	// The decades chart: click the 1980s coercive segment.
	w.Filters.Clear()
	w.Win.Canvas().Capture()
	keys := w.Decades.Chart().Tally.Keys
	for _, s := range w.Decades.Layout().Segments {
		if keys[s.Row] == "1980s" && s.Channel == data.Coercive {
			w.Decades.OnSegmentTapped(s)
			break
		}
	}
	for _, e := range w.Timeline.Events() {
		if e.Channel != data.Coercive || e.Start.Year < 1980 || e.Start.Year > 1989 {
			t.Errorf("%s passed a 1980s coercive filter", e.ID)
		}
	}
	want := countWhere(w.Dataset.Events, func(e *data.Event) bool {
		return e.Channel == data.Coercive && data.DecadeOf(*e) == 1980
	})
	if len(w.Timeline.Events()) != want || want < 2 {
		t.Errorf("%d 1980s coercive events, want %d", len(w.Timeline.Events()), want)
	}
}

func TestOpeningAMalformedDatasetKeepsTheOldOne(t *testing.T) {
	w := newTestWindow(t)
	all := len(w.Dataset.Events)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("{\"sources\":{},\n\"events\":[{\"id\":\"a\",\"title\":\"A\",\"start\":\"1999-02-30\",\"channel\":\"telepathy\",\"sources\":[]}]}"), 0o644)
	if w.openFile(bad) {
		t.Fatal("a malformed file opened")
	}
	if len(w.Timeline.Events()) != all || w.Dataset.Title != "U.S.–Iran Contacts since 1979" {
		t.Error("the old dataset was lost")
	}
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	shown := strings.Join(labelTexts(top), "\n")
	for _, want := range []string{"bad.json has 3 problem(s)", bad + ":2:41:", "impossible date", `unknown channel "telepathy"`, "cites no source", "is still shown"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the error dialog lacks %q:\n%s", want, shown)
		}
	}
}

func TestOpeningADatasetReplacesItAndIsRemembered(t *testing.T) {
	w := newTestWindow(t)
	good := filepath.Join(t.TempDir(), "mine.json")
	os.WriteFile(good, []byte(`{"title":"My course","sources":{"s":{"title":"Notes"}},"events":[
{"id":"a","title":"First","start":"1990","channel":"direct","sources":["s"]},
{"id":"b","title":"Second","start":"1995-03","channel":"public","sources":["s"]}]}`), 0o644)
	if !w.openFile(good) {
		t.Fatal("a good file did not open")
	}
	if len(w.Timeline.Events()) != 2 || w.Win.Title() != "Backchannel — My course" {
		t.Errorf("after opening: %d events, title %q", len(w.Timeline.Events()), w.Win.Title())
	}
	if r := w.recentFiles(); len(r) == 0 || r[0] != good {
		t.Errorf("recent files %v", r)
	}
	var recent *fyne.MenuItem
	for _, it := range w.Win.MainMenu().Items[0].Items {
		if it.Label == "Open Recent" {
			recent = it
		}
	}
	if recent == nil || recent.ChildMenu == nil || !strings.HasPrefix(recent.ChildMenu.Items[0].Label, "mine.json") {
		t.Error("File > Open Recent does not list the file")
	}
}

func TestExportThroughTheDialogPath(t *testing.T) {
	w := newTestWindow(t)
	test.Tap(w.Filters.Chip(data.Coercive))
	dir := t.TempDir()
	req := w.exportRequest(charts.Channels, documents.PNG, 1920, 1080, 2, charts.Projector)
	name := SuggestedFileName(req.Kind, req.Format, w.Filter(), w.Dataset)
	if name != "backchannel-channels-direct-secret-intermediary-multilateral-public-only.png" {
		t.Errorf("suggested name %q", name)
	}
	path := filepath.Join(dir, name)
	n, err := w.exportToFile(req, path)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	cfg, err := png.DecodeConfig(f)
	f.Close()
	if err != nil || cfg.Width != 3840 || cfg.Height != 2160 || n == 0 {
		t.Errorf("exported %dx%d (%d bytes), %v; want 3840x2160", cfg.Width, cfg.Height, n, err)
	}
	svgPath := filepath.Join(dir, "t.svg")
	w.Timeline.SetView(charts.TimeView{Start: 2013, End: 2017, MinSpan: charts.Day, MaxSpan: 200})
	if _, err := w.exportToFile(w.exportRequest(charts.Timeline, documents.SVG, 1600, 900, 1, charts.Light), svgPath); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(svgPath)
	if err := xml.Unmarshal(raw, new(struct{})); err != nil {
		t.Errorf("timeline SVG is not XML: %v", err)
	}
	if !bytes.Contains(raw, []byte("JCPOA concluded in Vienna")) || bytes.Contains(raw, []byte("Algiers Accords")) {
		t.Error("the timeline export does not follow the view on screen")
	}
	if !bytes.Contains(raw, []byte("Filter: Direct, Secret, Intermediary, Multilateral, Public only")) {
		t.Error("the export's caption does not state the filter")
	}
}

func TestThemeSwitchIsRemembered(t *testing.T) {
	w := newTestWindow(t)
	w.setTheme(charts.Projector)
	if w.App.Preferences().String(PrefTheme) != "projector" {
		t.Error("the theme was not saved")
	}
	if size := w.App.Settings().Theme().Size("text"); size < 20 {
		t.Errorf("projector text size %v, want larger type", size)
	}
	checked := ""
	for _, it := range menuNamed(w, "View").Items {
		if it.Checked && strings.HasSuffix(it.Label, " theme") {
			checked = it.Label
		}
	}
	if checked != "Projector theme" {
		t.Errorf("View menu checks %q", checked)
	}
	w.nextTheme()
	if w.Theme.Name != "contrast" || !strings.Contains(menuNamed(w, "View").Items[3].Label, "High Contrast") {
		t.Errorf("next theme after projector is %q", w.Theme.Name)
	}
	w.nextTheme()
	if w.Theme.Name != "light" {
		t.Errorf("next theme after contrast is %q", w.Theme.Name)
	}
}

func TestSplitsAndViewAreRestored(t *testing.T) {
	a := test.NewTempApp(t)
	ds, _ := data.Bundled()
	a.Preferences().SetFloat(prefMainSplit, 0.7)
	a.Preferences().SetFloat(prefDetailSplit, 0.66)
	a.Preferences().SetFloat(prefViewStart, 2001)
	a.Preferences().SetFloat(prefViewEnd, 2004)
	w := NewWindow(a, ds)
	if w.mainSplit.Offset != 0.7 || w.detailSplit.Offset != 0.66 {
		t.Errorf("splits %v %v", w.mainSplit.Offset, w.detailSplit.Offset)
	}
	if v := w.Timeline.View(); v.Start != 2001 || v.End != 2004 {
		t.Errorf("view %v–%v", v.Start, v.End)
	}
	w.mainSplit.Offset = 0.5
	w.Win.Close()
	if a.Preferences().Float(prefMainSplit) != 0.5 {
		t.Error("closing did not save the split")
	}
}

func TestThemePreference(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefTheme, "projector")
	if th := chartTheme(a); th.Name != charts.Projector.Name {
		t.Errorf("theme %q, want projector", th.Name)
	}
	a.Preferences().SetString(PrefTheme, "bogus")
	if th := chartTheme(a); th.Name != charts.Light.Name {
		t.Errorf("unknown preference gave %q, want light", th.Name)
	}
}

// walkObjects calls visit for o and everything drawn under it.
func walkObjects(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkObjects(c, visit)
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			walkObjects(c, visit)
		}
	}
}

// labelTexts collects the text of every label under o.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	walkObjects(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	})
	return out
}

func TestADatasetWithItsOwnCategories(t *testing.T) {
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "computing.json")
	os.WriteFile(path, []byte(`{"title":"Women in computing","categories":[
{"id":"pioneer","label":"Pioneers","meaning":"first of their kind"},{"id":"machine","label":"Machines"},{"id":"award","label":"Awards"}],
"sources":{"s":{"title":"Notes"}},"events":[
{"id":"ada","title":"Ada Lovelace's notes","start":"1843","channel":"pioneer","sources":["s"]},
{"id":"eniac","title":"ENIAC programmers","start":"1946","channel":"machine","sources":["s"]},
{"id":"hopper","title":"Grace Hopper's compiler","start":"1952","channel":"pioneer","sources":["s"]},
{"id":"turing","title":"Frances Allen's Turing Award","start":"2006","channel":"award","sources":["s"]}]}`), 0o644)
	if !w.openFile(path) {
		t.Fatal("did not open")
	}
	if w.Filters.Chip(0).Text != "Pioneers (2)" || w.Filters.Chip(2).Text != "Awards (1)" {
		t.Errorf("chips %q, %q", w.Filters.Chip(0).Text, w.Filters.Chip(2).Text)
	}
	if tl := w.Decades.Chart().Tally; len(tl.Categories) != 3 || tl.Sum() != 4 {
		t.Errorf("decades tally %+v", tl)
	}
	test.Tap(w.Filters.Chip(0))
	if n := len(w.Timeline.Events()); n != 2 {
		t.Errorf("hiding Pioneers left %d events, want 2", n)
	}
	w.Filters.Clear()
	selectID(t, w, "ada")
	if !strings.Contains(w.Detail.Text(), "Pioneers — first of their kind") {
		t.Errorf("detail pane:\n%s", w.Detail.Text())
	}
}

func TestSaveDatasetAsCSVAndOpenItAgain(t *testing.T) {
	w := newTestWindow(t)
	bundled := w.Dataset
	test.Tap(w.Filters.Chip(data.Coercive))
	shown := len(w.Timeline.Events())
	path := filepath.Join(t.TempDir(), "edited.csv")
	if _, err := w.exportToFile(w.exportRequest(charts.Dataset, documents.CSV, 1, 1, 1, w.Theme), path); err != nil {
		t.Fatal(err)
	}
	if !w.openFile(path) {
		t.Fatal("the saved CSV did not open")
	}
	if len(w.Dataset.Events) != shown || len(w.Dataset.Eras) != len(bundled.Eras) || len(w.Dataset.Sources) != len(bundled.Sources) || w.Dataset.Coverage != bundled.Coverage {
		t.Errorf("reopened: %d events, %d eras, %d sources", len(w.Dataset.Events), len(w.Dataset.Eras), len(w.Dataset.Sources))
	}
}

// TestClearingFiltersRecountsTheSelection: the status line counts the
// selected event among the events shown after the filters change, not
// among those shown before (#17 item 7).
func TestClearingFiltersRecountsTheSelection(t *testing.T) {
	w := newTestWindow(t)
	f := w.Filter()
	f.Channels = map[data.Channel]bool{data.Secret: true}
	w.setFilter(f)
	n := len(w.Timeline.Events())
	w.Timeline.Select(n - 1)
	e := w.Timeline.Events()[n-1]
	if want := fmt.Sprintf("%d of %d: %s", n, n, e.Title); !strings.HasPrefix(w.Status.Text, want) {
		t.Fatalf("status %q, want it to start %q", w.Status.Text, want)
	}
	w.Filters.Clear()
	i := w.Timeline.Selected()
	if i < 0 || w.Timeline.Events()[i].ID != e.ID {
		t.Fatal("clearing the filters lost the selection")
	}
	if want := fmt.Sprintf("%d of %d: %s", i+1, len(w.Dataset.Events), e.Title); !strings.HasPrefix(w.Status.Text, want) {
		t.Errorf("after clearing the filters the status says %q, want it to start %q", w.Status.Text, want)
	}
}

// TestProblemListWrapsLongLines: a problem longer than the dialog is
// wide is drawn on several lines inside it, not cut at its edge (#17 item 12).
func TestProblemListWrapsLongLines(t *testing.T) {
	w := newTestWindow(t)
	dir := filepath.Join(t.TempDir(), strings.Repeat("a-very-long-folder-name-", 6))
	os.MkdirAll(dir, 0o755)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"sources":{},"events":[{"id":"a","title":"A","start":"1999-02-30","channel":"direct","sources":[]}]}`), 0o644)
	w.openFile(bad)
	top := w.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	var list *widget.Label
	walkObjects(top, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.TextStyle.Monospace {
			list = l
		}
	})
	if list == nil {
		t.Fatal("no problem list")
	}
	problems := strings.Count(list.Text, "\n") + 1
	rows := 0
	walkObjects(list, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
			rows++
		}
	})
	if rows <= problems {
		t.Errorf("%d problems drawn on %d lines: the long ones are cut, not wrapped", problems, rows)
	}
	if list.Size().Width > top.Size().Width {
		t.Errorf("the list is %.0f wide in a dialog of %.0f", list.Size().Width, top.Size().Width)
	}
}

// TestAGroupBarFiltersToItsGroup: in a timeline with no eras, the second
// chart's bars are its groups, and clicking one filters to that group.
func TestAGroupBarFiltersToItsGroup(t *testing.T) {
	w := newTestWindow(t)
	path := filepath.Join(t.TempDir(), "primary.json")
	os.WriteFile(path, []byte(`{"events":[
		{"start_date":{"year":2011,"month":6},"text":{"headline":"Debate"},"group":"Debates"},
		{"start_date":{"year":2012,"month":1},"text":{"headline":"Iowa"},"group":"Contests"},
		{"start_date":{"year":2012,"month":1,"day":10},"text":{"headline":"New Hampshire"},"group":"Contests"}]}`), 0o644)
	if !w.openFile(path) {
		t.Fatal("the file did not open")
	}
	c := w.Channels.Chart()
	if c.Title != "Events by group" || c.Tally.Sum() != 3 {
		t.Fatalf("second chart %q counts %d events", c.Title, c.Tally.Sum())
	}
	w.chartTapped(charts.Channels, charts.Segment{Row: 1, Channel: 1, Count: 2})
	if len(w.Shown) != 2 || w.Shown[0].Title != "Iowa" {
		t.Errorf("clicking Contests shows %d events", len(w.Shown))
	}
}

// TestHidingTheChartsGivesTheTimelineTheirRoom: Ctrl+K hides the charts,
// the timeline takes the height and more lanes, the choice is kept and
// checked in the View menu, and Ctrl+K brings them back (#17 item 1).
func TestHidingTheChartsGivesTheTimelineTheirRoom(t *testing.T) {
	w := newTestWindow(t)
	w.Win.Resize(fyne.NewSize(1280, 720))
	w.Win.Canvas().Capture()
	before, lanesBefore := w.Timeline.Size().Height, w.Timeline.Layout().Lanes.H
	typeShortcut(w, fyne.KeyK, ctrl)
	w.Win.Canvas().Capture()
	if w.ChartsShown() || w.Decades.Visible() && isIn(w.Decades, w.Win.Content()) {
		t.Fatal("Ctrl+K left the charts on the screen")
	}
	if h := w.Timeline.Size().Height; h < before*1.4 {
		t.Errorf("without the charts the timeline is %.0f high (was %.0f)", h, before)
	}
	if l := w.Timeline.Layout().Lanes.H; l < lanesBefore*2 {
		t.Errorf("its lanes take %.0f px (were %.0f)", l, lanesBefore)
	}
	if menuItem(w, "Charts").Checked {
		t.Error("View > Charts is still checked")
	}
	typeShortcut(w, fyne.KeyK, ctrl)
	w.Win.Canvas().Capture()
	if !w.ChartsShown() || !isIn(w.Decades, w.Win.Content()) || w.Timeline.Size().Height > before+1 {
		t.Error("Ctrl+K again did not bring the charts back")
	}
}

// TestTheWindowFitsAProjectorInEveryTheme: at 1280×720, the smallest the
// window's content may be fits the screen under its menu bar, in every
// theme, the projector's large type included (#17 item 1).
func TestTheWindowFitsAProjectorInEveryTheme(t *testing.T) {
	w := newTestWindow(t)
	const menuBar = 44 // the largest theme's
	for _, th := range charts.Themes() {
		w.setTheme(th)
		if m := w.Win.Content().MinSize(); m.Width > 1280 || m.Height > 720-menuBar {
			t.Errorf("%s: the window needs %.0f×%.0f, more than a 1280×720 screen gives it", th.Name, m.Width, m.Height)
		}
	}
}

// showCopyOfRecord writes the window's timeline to a new file called name
// (Backchannel JSON or CSV by its ending), opens that file in the window,
// and returns its path and the bytes written.
func showCopyOfRecord(t *testing.T, w *Window, name string) (string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	var buf bytes.Buffer
	if err := data.WriteDataset(&buf, w.Dataset, formatByName(path)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	w.setDataset(ds, path)
	return path, buf.Bytes()
}
