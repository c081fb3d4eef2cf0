package views

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"backchannel/charts"
	"backchannel/data"
)

// TestDetailPaneLaysOutItsOverviewOnceItHasAWidth: the overview's wrapped
// text waits for the pane's width, and is there once it has one; an event
// shown meanwhile is not replaced by it.
func TestDetailPaneLaysOutItsOverviewOnceItHasAWidth(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	if p.Text() != "" {
		t.Errorf("before it has a width the pane reads %q", p.Text())
	}
	p.Resize(fyne.NewSize(320, 600))
	if !strings.HasPrefix(p.Text(), ds.Title) {
		t.Errorf("once sized the pane reads %q, want the overview of %q", p.Text(), ds.Title)
	}
	if p.previous.Disabled() || p.next.Disabled() {
		t.Error("the overview's Previous and Next are disabled: they step from the view, as the arrow keys do")
	}
	if empty := NewDetailPane(&data.Dataset{}); !empty.next.Disabled() {
		t.Error("Next is enabled over a timeline with no events")
	}

	q := NewDetailPane(ds)
	q.ShowEvent(ds, *ds.Events[0], charts.Light, true, false)
	q.Resize(fyne.NewSize(320, 600))
	if !strings.HasPrefix(q.Text(), ds.Events[0].Title) {
		t.Errorf("an event shown before the pane was sized became %q", q.Text())
	}
}

// TestAHeldOverviewWaitsForItsRelease: while held, the overview is not
// laid out even when the pane has its width, nor when the pane is
// cleared; released, it is there.
func TestAHeldOverviewWaitsForItsRelease(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	p.HoldOverview()
	p.Resize(fyne.NewSize(320, 600))
	p.Clear()
	if p.Text() != "" {
		t.Errorf("a held overview was laid out: the pane reads %q", p.Text())
	}
	p.ReleaseOverview()
	if !strings.HasPrefix(p.Text(), ds.Title) {
		t.Errorf("once released the pane reads %q, want the overview of %q", p.Text(), ds.Title)
	}
}

// TestTheDetailPaneShowsTheLecturersNotes: an event's notes show in the
// detail pane, under their heading; an event without shows none.
func TestTheDetailPaneShowsTheLecturersNotes(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	p.Resize(fyne.NewSize(320, 600))
	e := *ds.Events[3]
	p.ShowEvent(ds, e, charts.Light, false, false)
	if strings.Contains(p.Text(), "Notes") {
		t.Error("notes shown for an event without")
	}
	e.Notes = "Ask who asked first."
	p.ShowEvent(ds, e, charts.Light, false, false)
	if !strings.Contains(p.Text(), "Notes\nAsk who asked first.") {
		t.Errorf("the pane reads %q", p.Text())
	}
}

// TestAnEventWithoutASummaryHasNoEmptyPart: an event with no summary (one
// just added) goes from its facts to its sources under one rule, with no
// empty paragraph between two.
func TestAnEventWithoutASummaryHasNoEmptyPart(t *testing.T) {
	ds := bundledData(t)
	e := *ds.Events[3]
	e.Summary, e.Media, e.Outcome = "", "", ""
	items := eventItems(ds, e, charts.Light)
	for i, it := range items {
		if it.kind == itemText && it.text == "" {
			t.Errorf("item %d is an empty paragraph", i)
		}
		if i > 0 && it.kind == itemSeparator && items[i-1].kind == itemSeparator {
			t.Errorf("items %d and %d are two rules in a row", i-1, i)
		}
	}
	e.Outcome = "Talks held."
	items = eventItems(ds, e, charts.Light)
	var kinds []itemKind
	for _, it := range items {
		kinds = append(kinds, it.kind)
	}
	if i := slices.Index(kinds, itemSeparator); i < 0 || items[i+1].text != "Outcome: Talks held." {
		t.Errorf("with an outcome and no summary, the first rule is not followed by the outcome: %v", kinds)
	}
}

// TestARecentEventIsShownAgainAsItWas shows an event, another, and the
// first again (as Previous or an undo does): the first's widgets come
// back, laid out as they were; the same event changed, or in another
// theme, is made anew.
func TestARecentEventIsShownAgainAsItWas(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	p.Resize(fyne.NewSize(320, 600))
	a, b := ds.Events[5], ds.Events[6]
	p.ShowEvent(ds, *a, charts.Light, false, false)
	first := p.body.Objects[0]
	p.ShowEvent(ds, *b, charts.Light, false, false)
	if p.body.Objects[0] == first || !strings.HasPrefix(p.Text(), b.Title) {
		t.Fatalf("the second event shows %q", p.Text())
	}
	p.ShowEvent(ds, *a, charts.Light, false, false)
	if p.body.Objects[0] != first || !strings.HasPrefix(p.Text(), a.Title) {
		t.Errorf("the first event shown again was made anew (%v), reading %q", p.body.Objects[0] != first, p.Text())
	}
	a.Summary = "A summary corrected."
	p.ShowEvent(ds, *a, charts.Light, false, false)
	if p.body.Objects[0] == first || !strings.Contains(p.Text(), "A summary corrected.") {
		t.Errorf("the changed event shows %q", p.Text())
	}
	p.ShowEvent(ds, *b, charts.Contrast, false, false)
	p.ShowEvent(ds, *b, charts.Light, false, false)
	p.ShowEvent(ds, *a, charts.Dark, false, false)
	if p.body.Objects[0] == first {
		t.Error("the event in another theme shows the light theme's widgets")
	}
}

// bigTextTheme is Fyne's theme with larger type.
type bigTextTheme struct{ fyne.Theme }

func (b bigTextTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText || n == theme.SizeNameSubHeadingText {
		return 1.5 * b.Theme.Size(n)
	}
	return b.Theme.Size(n)
}

// TestParagraphsWrapAgainInLargerType shows an event, then changes to a
// theme with larger type: the summary is wrapped again, every line
// fitting the pane in the new size.
func TestParagraphsWrapAgainInLargerType(t *testing.T) {
	a := test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(360, 700))
	p.ShowEvent(ds, *ds.Events[5], charts.Light, false, false)
	var summary *Paragraph
	for _, o := range p.body.Objects {
		if para, ok := o.(*Paragraph); ok && para.Text() == ds.Events[5].Summary {
			summary = para
		}
	}
	if summary == nil {
		t.Fatal("no summary paragraph")
	}
	before := summary.Lines()
	a.Settings().SetTheme(bigTextTheme{theme.DefaultTheme()})
	size := 1.5 * theme.DefaultTheme().Size(theme.SizeNameText)
	if summary.Lines() == before {
		t.Fatalf("the summary kept its lines in larger type: %q", before)
	}
	for _, l := range strings.Split(summary.Lines(), "\n") {
		if w := fyne.MeasureText(l, size, fyne.TextStyle{}).Width; w > summary.Size().Width-2*theme.InnerPadding() {
			t.Errorf("%q is %v wide in a paragraph %v wide", l, w, summary.Size().Width)
		}
	}
}
