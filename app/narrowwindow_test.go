package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
)

// TestTheFiltersStayInANarrowWindow: on a 1024×768 projector or tablet,
// in every theme (the Projector theme's six chips alone are wider), the
// window's content fits, and every chip, picker and the search field lie
// within the window, the search field at least 110 units wide (its least,
// searchMinWidth); the chips that do not fit go on the next line.
func TestTheFiltersStayInANarrowWindow(t *testing.T) {
	w := newTestWindow(t)
	for _, th := range charts.Themes() {
		w.setTheme(th)
		w.Win.Resize(fyne.NewSize(1024, 768))
		w.Win.Canvas().Capture()
		if m := w.Win.Content().MinSize(); m.Width > 1024 {
			t.Errorf("%s: the window needs %.0f px across", th.Name, m.Width)
		}
		width := w.Filters.Size().Width
		rows := test.WidgetRenderer(w.Filters).Objects()[0].(*fyne.Container).Objects
		lines := map[float32]bool{}
		for _, row := range rows {
			for _, o := range row.(*fyne.Container).Objects {
				if !o.Visible() {
					continue
				}
				if right := o.Position().X + o.Size().Width; right > width+0.5 {
					t.Errorf("%s: a %T reaches %.0f, past the filter bar's %.0f", th.Name, o, right, width)
				}
				if row == rows[0] {
					lines[o.Position().Y] = true
				}
			}
		}
		if s := w.Filters.Search.Size().Width; s < 110 {
			t.Errorf("%s: the search field is %.0f px wide", th.Name, s)
		}
		if th.Name == charts.Projector.Name && len(lines) < 2 {
			t.Errorf("the Projector theme's chips and search field on %d line at 1024 px", len(lines))
		}
	}
}
