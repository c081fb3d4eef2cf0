package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/pen"
)

// press sends a key to the window's canvas, as a keyboard or clicker does.
func press(w *Window, names ...fyne.KeyName) {
	for _, n := range names {
		w.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n})
	}
}

// typeRunes sends characters to the window's canvas.
func typeRunes(w *Window, s string) {
	for _, r := range s {
		w.Win.Canvas().OnTypedRune()(r)
	}
}

func presenting(t *testing.T) (*Window, *Presentation) {
	t.Helper()
	w := newTestWindow(t)
	press(w, fyne.KeyF5) // nothing focused: the window's keys
	p := w.presenting
	if p == nil {
		t.Fatal("F5 did not start presenting")
	}
	w.Win.Canvas().Capture()
	return w, p
}

func TestPresentEntersFullScreenWithoutChrome(t *testing.T) {
	w, p := presenting(t)
	if !w.Win.FullScreen() || w.Win.MainMenu() != nil {
		t.Errorf("full screen %v, menu %v", w.Win.FullScreen(), w.Win.MainMenu())
	}
	if n := len(w.Dataset.Events); p.Index() != 0 || len(p.Events()) != n || p.Slides() != n+2 {
		t.Errorf("index %d of %d events, %d slides", p.Index(), len(p.Events()), p.Slides())
	}
	if got := p.Card().Title; got != w.Dataset.Events[0].Title {
		t.Errorf("card %q", got)
	}
	if p.timeline.Selected() != 0 {
		t.Error("the timeline does not mark the current event")
	}
	if w.App.Settings().Theme().Size("text") < 20 {
		t.Error("presentation is not in the projector theme")
	}
}

func TestPresentStepsWithEveryClickerKey(t *testing.T) {
	w, p := presenting(t)
	forward := []fyne.KeyName{fyne.KeyRight, fyne.KeyDown, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyReturn}
	for i, k := range forward {
		press(w, k)
		if p.Index() != i+1 {
			t.Fatalf("%s moved to %d, want %d", k, p.Index(), i+1)
		}
	}
	back := []fyne.KeyName{fyne.KeyLeft, fyne.KeyUp, fyne.KeyPageUp, fyne.KeyBackspace}
	for i, k := range back {
		press(w, k)
		if p.Index() != len(forward)-i-1 {
			t.Fatalf("%s moved to %d, want %d", k, p.Index(), len(forward)-i-1)
		}
	}
	press(w, fyne.KeyEnd)
	if last := len(w.Dataset.Events) - 1; p.Index() != last || p.Card().Title != w.Dataset.Events[last].Title {
		t.Errorf("End reached %d (%q)", p.Index(), p.Card().Title)
	}
	press(w, fyne.KeyHome)
	if p.Index() != 0 {
		t.Errorf("Home reached %d", p.Index())
	}
	press(w, fyne.KeyLeft)
	if p.Index() != 0 {
		t.Error("stepping back from the first event moved")
	}
}

func TestPresentGlideEndsExactlyOnTheEvent(t *testing.T) {
	w, p := presenting(t)
	press(w, fyne.KeyRight) // the test driver runs the glide straight to its end
	want := p.timeline.View().InContext(p.Events(), 1)
	if got := p.timeline.View(); got != want {
		t.Errorf("after a step the view is %+v, want %+v", got, want)
	}
	// Frame by frame, the glide moves from the old view to exactly the new one.
	from, to := charts.TimeView{Start: 1980, End: 2020, MinSpan: charts.Day, MaxSpan: 200}, want
	step := glideStep(p.timeline, from, to)
	step(0.5)
	mid := p.timeline.View()
	if mid.Span() >= from.Span() || mid.Span() <= to.Span() {
		t.Errorf("halfway the span is %v, not between %v and %v", mid.Span(), from.Span(), to.Span())
	}
	step(1)
	if p.timeline.View() != to {
		t.Errorf("the glide ended on %+v, want %+v", p.timeline.View(), to)
	}
}

func TestPresentJumpsToATypedNumber(t *testing.T) {
	w, p := presenting(t)
	typeRunes(w, "12")
	if !strings.Contains(p.CornerText(), "Go to 12") {
		t.Errorf("corner %q while typing", p.CornerText())
	}
	press(w, fyne.KeyReturn)
	if p.Index() != 11 || p.Card().Title != w.Dataset.Events[11].Title {
		t.Errorf("12 Enter reached %d", p.Index())
	}
	typeRunes(w, "999")
	press(w, fyne.KeyReturn)
	if p.Index() != p.Slides()-1 {
		t.Errorf("999 Enter reached %d, want the last slide", p.Index())
	}
}

func TestPresentBlanksAndComesBack(t *testing.T) {
	w, p := presenting(t)
	press(w, fyne.KeyRight)
	for _, tt := range []struct {
		r    string
		want Blank
	}{{"b", BlankBlack}, {".", BlankBlack}, {"W", BlankWhite}} {
		typeRunes(w, tt.r)
		if p.Blanked() != tt.want || !p.view.cover.Visible() {
			t.Fatalf("%q: blank %v, cover shown %v", tt.r, p.Blanked(), p.view.cover.Visible())
		}
		at := p.Index()
		press(w, fyne.KeyRight) // any key brings the screen back, and only that
		if p.Blanked() != NotBlank || p.view.cover.Visible() || p.Index() != at {
			t.Errorf("after %q and a key: blank %v, index %d (was %d)", tt.r, p.Blanked(), p.Index(), at)
		}
	}
}

func TestPresentFollowsTheFilters(t *testing.T) {
	w := newTestWindow(t)
	f := data.Filter{Channels: map[data.Channel]bool{data.Secret: true}}
	w.setFilter(f)
	w.Present()
	p := w.presenting
	secret := countWhere(w.Dataset.Events, func(e *data.Event) bool { return e.Channel == data.Secret })
	if len(p.Events()) != secret || secret < 2 {
		t.Fatalf("presenting %d events, want the %d secret ones", len(p.Events()), secret)
	}
	for i := 0; i < secret-1; i++ {
		press(w, fyne.KeyRight)
		if ch := p.Events()[p.Index()].Channel; ch != data.Secret {
			t.Errorf("slide %d is %s", p.Index(), ch)
		}
	}
	press(w, fyne.KeyRight) // past the last event: the charts
	if p.Index() != secret || p.chart.Visible() == false || p.timeline.Visible() {
		t.Errorf("after the last event: index %d, chart shown %v", p.Index(), p.chart.Visible())
	}
	sc := p.chart.Scene()
	if len(sc.Texts) == 0 || sc.Texts[0].Body != "Contacts and pressure per decade" {
		t.Errorf("first chart slide draws %v", sc.Texts[:1])
	}
	if !strings.Contains(sceneText(sc), "Filter: Secret only") {
		t.Error("the chart slide does not state the filter")
	}
}

func TestPresentChartsOnCAndBack(t *testing.T) {
	w, p := presenting(t)
	press(w, fyne.KeyRight, fyne.KeyRight)
	n := len(w.Dataset.Events)
	typeRunes(w, "c")
	if p.Index() != n || !p.chart.Visible() {
		t.Fatalf("C went to %d", p.Index())
	}
	press(w, fyne.KeyRight)
	if p.Index() != n+1 || sceneTitle(p.chart.Scene()) != "Contacts and pressure by U.S. administration" {
		t.Errorf("the second chart slide is %q", sceneTitle(p.chart.Scene()))
	}
	typeRunes(w, "C")
	if p.Index() != 2 || !p.timeline.Visible() {
		t.Errorf("C from the charts went to %d, want back to 2", p.Index())
	}
}

func TestPresentClockAndProgress(t *testing.T) {
	w, p := presenting(t)
	if p.CornerText() != "" {
		t.Error("the clock shows before T")
	}
	slides := len(w.Dataset.Events) + 2
	typeRunes(w, "t")
	if got := p.CornerText(); !strings.HasSuffix(got, fmt.Sprintf("1 / %d", slides)) {
		t.Errorf("corner %q", got)
	}
	press(w, fyne.KeyRight)
	if got := p.CornerText(); !strings.HasSuffix(got, fmt.Sprintf("2 / %d", slides)) || p.Progress() != float32(2)/float32(slides) {
		t.Errorf("corner %q, progress %v", got, p.Progress())
	}
	typeRunes(w, "T")
	if p.CornerText() != "" {
		t.Error("T did not hide the clock")
	}
}

func TestEscapeLeavesOnTheCurrentEvent(t *testing.T) {
	w, p := presenting(t)
	press(w, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight)
	id := p.Events()[3].ID
	press(w, fyne.KeyEscape)
	if w.presenting != nil || w.Win.FullScreen() || w.Win.MainMenu() == nil {
		t.Fatal("Escape did not leave presentation mode")
	}
	if w.Win.Content() == nil || w.Timeline.Selected() < 0 || w.Timeline.Events()[w.Timeline.Selected()].ID != id {
		t.Error("leaving did not select the event presented last")
	}
	if w.App.Settings().Theme().Size("text") > 15 {
		t.Error("the window's theme was not restored")
	}
}

func TestToursAreSavedAndPresented(t *testing.T) {
	w := newTestWindow(t)
	test.Tap(w.Filters.Chip(data.Coercive))
	shown := len(w.Timeline.Events())
	w.Timeline.SetView(charts.TimeView{Start: 2000, End: 2010, MinSpan: charts.Day, MaxSpan: 200})
	selectID(t, w, "bonn-conference")
	if err := w.SaveTour(w.currentTour("No coercion")); err != nil {
		t.Fatal(err)
	}
	// A new window on the same preferences, as after a restart.
	w2 := NewWindow(w.App, w.Dataset)
	defer w2.Win.Close()
	tours := w2.Tours()
	if len(tours) != 1 || tours[0].Name != "No coercion" || tours[0].Start != "bonn-conference" {
		t.Fatalf("tours after a restart: %+v", tours)
	}
	w2.PresentTour(tours[0])
	p := w2.presenting
	if p == nil || len(p.Events()) != shown || p.Events()[p.Index()].ID != "bonn-conference" {
		t.Fatalf("the tour presents %v", p)
	}
	for _, e := range p.Events() {
		if e.Channel == data.Coercive {
			t.Fatal("the tour's filter was not applied")
		}
	}
	found := false
	for _, it := range menuNamed(w, "View").Items {
		if it.Label == "Tours" {
			for _, sub := range it.ChildMenu.Items {
				found = found || sub.Label == "Present “No coercion”"
			}
		}
	}
	if !found {
		t.Error("View > Tours does not list the tour")
	}
	// Saving under the same name replaces it; deleting forgets it.
	w.SaveTour(Tour{Name: "no COERCION"})
	if len(w.Tours()) != 1 {
		t.Errorf("%d tours after saving the same name again", len(w.Tours()))
	}
	w.SaveTour(Tour{Name: "Another"})
	w.DeleteTour("No Coercion")
	if got := w.Tours(); len(got) != 1 || got[0].Name != "Another" {
		t.Errorf("after deleting: %+v", got)
	}
}

func sceneText(sc pen.Scene) string {
	var all []string
	for _, t := range sc.Texts {
		all = append(all, t.Body)
	}
	return strings.Join(all, "\n")
}

func sceneTitle(sc pen.Scene) string {
	if len(sc.Texts) == 0 {
		return ""
	}
	return sc.Texts[0].Body
}

// typeShortcut sends a shortcut to the window's canvas, as a key chord does.
func typeShortcut(w *Window, key fyne.KeyName, mod fyne.KeyModifier) {
	w.Win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod})
}

// TestPresentationOwnsEveryKey: the window's shortcuts do nothing while
// presenting (Ctrl+2 used to bring the menu back over the slides and
// leave the window half in the dark theme), and work again after.
func TestPresentationOwnsEveryKey(t *testing.T) {
	w, p := presenting(t)
	before := w.Theme
	typeShortcut(w, fyne.Key2, ctrl)
	typeShortcut(w, fyne.KeyT, ctrl)
	typeShortcut(w, fyne.KeyR, ctrl)
	if w.Win.MainMenu() != nil || w.Theme.Name != before.Name || w.presenting != p {
		t.Errorf("a window shortcut acted while presenting: menu %v, theme %q (was %q)", w.Win.MainMenu() != nil, w.Theme.Name, before.Name)
	}
	press(w, fyne.KeyEscape)
	if w.presenting != nil || w.Theme.Name != before.Name || w.App.Settings().Theme() == nil {
		t.Fatalf("after Escape: presenting %v, theme %q", w.presenting != nil, w.Theme.Name)
	}
	typeShortcut(w, fyne.Key2, ctrl)
	if w.Theme.Name != charts.Dark.Name {
		t.Errorf("Ctrl+2 after presenting: theme %q, want the dark theme", w.Theme.Name)
	}
}

// TestPresentClockHasItsOwnCorner: the clock and counter sit in a row of
// their own under the caption card, clear of the timeline (whose top row
// names the presidents) and of the card (#17 item 8).
func TestPresentClockHasItsOwnCorner(t *testing.T) {
	w, p := presenting(t)
	typeRunes(w, "t")
	v := p.view
	corner := fyne.NewPos(v.corner.Position().X, v.corner.Position().Y)
	cornerEnd := corner.Add(v.corner.Size())
	for name, o := range map[string]fyne.CanvasObject{"timeline": v.timeline, "caption card": v.card} {
		a, b := o.Position(), o.Position().Add(o.Size())
		if corner.X < b.X && cornerEnd.X > a.X && corner.Y < b.Y && cornerEnd.Y > a.Y {
			t.Errorf("the clock (%v–%v) is drawn over the %s (%v–%v)", corner, cornerEnd, name, a, b)
		}
	}
	if cornerEnd.Y > v.Size().Height || cornerEnd.X > v.Size().Width || v.corner.Size().Width <= 0 {
		t.Errorf("the clock (%v–%v) is not on the screen of %v", corner, cornerEnd, v.Size())
	}
}

// TestPresentStepsWithTapsAndClicks: a tap or a click anywhere on the
// presentation (over the timeline or the card) moves on, one on its left
// third back; on a blank screen the first tap shows the slide again; a
// secondary tap (right click) moves back.
func TestPresentStepsWithTapsAndClicks(t *testing.T) {
	w, p := presenting(t)
	c := w.Win.Canvas()
	size := c.Size()
	at := func(x, y float32) fyne.Position { return fyne.NewPos(size.Width*x, size.Height*y) }
	for i, step := range []struct {
		pos  fyne.Position
		want int
	}{{at(0.8, 0.2), 1}, {at(0.6, 0.7), 2}, {at(0.1, 0.2), 1}, {at(0.1, 0.7), 0}, {at(0.1, 0.7), 0}} {
		test.TapCanvas(c, step.pos)
		if p.Index() != step.want {
			t.Fatalf("tap %d at %v: slide %d, want %d", i, step.pos, p.Index(), step.want)
		}
	}
	typeRunes(w, "b")
	test.TapCanvas(c, at(0.8, 0.5))
	if p.Blanked() != NotBlank || p.Index() != 0 {
		t.Errorf("a tap on the black screen: blank %v, slide %d", p.Blanked(), p.Index())
	}
	test.TapCanvas(c, at(0.8, 0.5))
	test.TapSecondary(p.view.taps)
	if p.Index() != 0 {
		t.Errorf("a secondary tap after a tap on: slide %d, want 0", p.Index())
	}
}

// TestPresentReadsSwipes: a stroke right to left moves on, left to right
// back, a long one downwards leaves; short or slanting strokes do nothing.
func TestPresentReadsSwipes(t *testing.T) {
	for _, s := range []struct {
		dx, dy float64
		want   swipe
	}{{-200, 10, swipeNext}, {150, -20, swipeBack}, {10, 300, swipeLeave}, {-30, 5, noSwipe},
		{100, 90, noSwipe}, {0, -300, noSwipe}, {20, 80, noSwipe}} {
		if got := swipeOf(s.dx, s.dy); got != s.want {
			t.Errorf("a stroke of %v along, %v down: %v, want %v", s.dx, s.dy, got, s.want)
		}
	}
	w, p := presenting(t)
	p.Swipe(swipeNext)
	p.Swipe(swipeNext)
	p.Swipe(swipeBack)
	if p.Index() != 1 {
		t.Errorf("two swipes on and one back: slide %d", p.Index())
	}
	p.Swipe(swipeLeave)
	if w.presenting != nil || w.Win.FullScreen() {
		t.Error("a swipe down did not leave the presentation")
	}
}

// TestPresentNamesEachSlide: each slide shown is named on the status line
// (which a page's screen readers hear): the event's title, then the
// charts'.
func TestPresentNamesEachSlide(t *testing.T) {
	w, p := presenting(t)
	events := w.Dataset.Events
	if want := fmt.Sprintf("Slide 1 of %d: %s", p.Slides(), events[0].Title); w.Status.Text != want {
		t.Errorf("first: %q, want %q", w.Status.Text, want)
	}
	press(w, fyne.KeyRight)
	if want := fmt.Sprintf("Slide 2 of %d: %s", p.Slides(), events[1].Title); w.Status.Text != want {
		t.Errorf("second: %q, want %q", w.Status.Text, want)
	}
	press(w, fyne.KeyEnd)
	typeRunes(w, "c")
	if !strings.HasPrefix(w.Status.Text, fmt.Sprintf("Slide %d of %d: Contacts", len(events)+1, p.Slides())) {
		t.Errorf("the first chart: %q", w.Status.Text)
	}
	press(w, fyne.KeyEscape)
	if strings.HasPrefix(w.Status.Text, "Slide ") {
		t.Errorf("after leaving, the status line still names a slide: %q", w.Status.Text)
	}
}
