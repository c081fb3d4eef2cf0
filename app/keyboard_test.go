package app

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
)

// TestTabReachesEveryPart checks the keyboard alone reaches the filter
// bar, the timeline, both charts and the detail pane, in that order.
func TestTabReachesEveryPart(t *testing.T) {
	w := newTestWindow(t)
	selectID(t, w, "algiers-accords") // the detail pane's buttons come alive
	c := w.Win.Canvas()
	c.Focus(w.Filters.Search)
	var order []string
	for i := 0; i < 40; i++ {
		c.FocusNext()
		switch c.Focused() {
		case w.Timeline:
			order = append(order, "timeline")
		case w.Decades:
			order = append(order, "decades")
		case w.Channels:
			order = append(order, "channels")
		case w.Filters.Search:
			order = append(order, "search")
		}
		if f, ok := c.Focused().(fyne.CanvasObject); ok && isIn(f, w.Detail) {
			order = append(order, "detail")
		}
	}
	got := strings.Join(dedupe(order), " ")
	if !strings.Contains(got, "timeline decades channels detail") || !strings.Contains(got, "search") {
		t.Errorf("Tab visits %q", got)
	}
}

// TestChartKeyboardMovesAndFilters checks the arrows move between
// segments, the status line reads each out, and Enter filters to it.
func TestChartKeyboardMovesAndFilters(t *testing.T) {
	w := newTestWindow(t)
	c := w.Win.Canvas()
	c.Focus(w.Decades)
	if !w.Decades.Chart().Focused {
		t.Fatal("the focused chart does not draw its focus")
	}
	first, ok := w.Decades.Cursor()
	if !ok || first.Row != 0 {
		t.Fatalf("focus put the keyboard on %+v", first)
	}
	// Right to the 2000s (row 3), then up through its segments.
	for i := 0; i < 3; i++ {
		w.Decades.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	seg, _ := w.Decades.Cursor()
	if got := w.Decades.Chart().Tally.Rows[seg.Row]; got != "2000s" {
		t.Fatalf("three Rights reached %s", got)
	}
	var multilateral charts.Segment
	for i := 0; i < 6; i++ {
		if seg, _ = w.Decades.Cursor(); seg.Channel == data.Multilateral {
			multilateral = seg
			break
		}
		w.Decades.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	if multilateral.Count == 0 {
		t.Fatal("Up never reached the 2000s' multilateral segment")
	}
	want := countWhere(w.Dataset.Events, func(e *data.Event) bool {
		return e.Channel == data.Multilateral && data.DecadeOf(*e) == 2000
	})
	if got := w.Status.Text; !strings.HasPrefix(got, "2000s, multilateral: ") || !strings.Contains(got, ": "+strconv.Itoa(want)+" events") {
		t.Errorf("status reads %q, want 2000s, multilateral: %d events", got, want)
	}
	c.Capture()
	l := w.Decades.Layout()
	if len(l.Scene.OverlayLines) < 8 {
		t.Errorf("%d overlay lines: want the focus ring and the segment's outline", len(l.Scene.OverlayLines))
	}
	w.Decades.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if n := len(w.Timeline.Events()); n != want {
		t.Errorf("Enter left %d events, want the %d multilateral ones of the 2000s", n, want)
	}
	c.Unfocus()
	if w.Decades.Chart().Focused {
		t.Error("the chart keeps its focus ring after losing focus")
	}
}

// isIn reports whether o is part of the widget tree under root.
func isIn(o, root fyne.CanvasObject) bool {
	if o == root {
		return true
	}
	var found bool
	var walk func(fyne.CanvasObject)
	walk = func(n fyne.CanvasObject) {
		if n == o {
			found = true
		}
		switch x := n.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(x)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	walk(root)
	return found
}

func dedupe(in []string) []string {
	var out []string
	for _, s := range in {
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// TestReducedMotionCutsInsteadOfGliding checks the preference, its menu
// check mark, and that presenting then steps without an animation.
func TestReducedMotionCutsInsteadOfGliding(t *testing.T) {
	w, p := presenting(t)
	press(w, fyne.KeyRight)
	if p.glider.anim == nil {
		t.Fatal("without the preference a step should glide")
	}
	press(w, fyne.KeyEscape)
	w.toggleReducedMotion()
	if !w.ReducedMotion() || !menuItem(w, "Reduce Motion").Checked {
		t.Fatal("Reduce Motion is not on and checked")
	}
	w.Present()
	p = w.presenting
	press(w, fyne.KeyRight)
	if p.glider.anim != nil {
		t.Error("with reduced motion a step still glides")
	}
	if want := p.timeline.View().InContext(p.Events(), p.Index()); p.timeline.View() != want {
		t.Errorf("the cut landed on %+v, want %+v", p.timeline.View(), want)
	}
}

// menuItem finds an item of the View menu by its label.
func menuItem(w *Window, label string) *fyne.MenuItem {
	for _, it := range menuNamed(w, "View").Items {
		if it.Label == label {
			return it
		}
	}
	return &fyne.MenuItem{}
}

// TestEveryShortcutIsInAMenu: the menus are built from the shortcut table,
// so each shortcut (but Quit, which the system menu has) shows on an item
// with its keys, and each theme has its own.
func TestEveryShortcutIsInAMenu(t *testing.T) {
	w := newTestWindow(t)
	found := map[string]string{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
				found[sc.ShortcutName()] = it.Label
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range w.Win.MainMenu().Items {
		walk(m.Items)
	}
	keys := windowKeys()
	for _, s := range keys.all() {
		name := (&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}).ShortcutName()
		if _, ok := found[name]; !ok && s.label != keys.quit.label && s.label != keys.redoY.label { // Ctrl+Y: Redo's other keys
			t.Errorf("%s (%s) is on no menu item", s.label, s.what)
		}
	}
	if len(keys.themes) != len(charts.Themes()) {
		t.Errorf("%d theme shortcuts for %d themes", len(keys.themes), len(charts.Themes()))
	}
}

// menuNamed finds one of the window's menus by its label.
func menuNamed(w *Window, label string) *fyne.Menu {
	for _, m := range w.Win.MainMenu().Items {
		if m.Label == label {
			return m
		}
	}
	return fyne.NewMenu(label)
}
