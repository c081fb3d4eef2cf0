package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"backchannel/charts"
	"backchannel/data"
)

// TestFilterBarShowsAndClearsTheYears: the years a chart click chose,
// a decade or any period, show on a button that clears them and nothing
// else.
func TestFilterBarShowsAndClearsTheYears(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	b := NewFilterBar(ds, charts.Light)
	var got *data.Filter
	b.OnChanged = func(f data.Filter) { got = &f }
	from, to, decade := int64(1700), int64(1799), int64(1980)
	for _, tt := range []struct {
		f    data.Filter
		want string
	}{
		{data.Filter{From: &from, To: &to, Topic: "nuclear"}, "1700–1799"},
		{data.Filter{Decade: &decade, Topic: "nuclear"}, "1980s"},
	} {
		b.SetFilter(tt.f)
		if !b.years.Visible() || b.years.Text != tt.want {
			t.Errorf("years button shown %v with %q, want %q", b.years.Visible(), b.years.Text, tt.want)
		}
		test.Tap(b.years)
		if got == nil || got.From != nil || got.To != nil || got.Decade != nil || got.Topic != "nuclear" {
			t.Errorf("after a click on %q: filter %+v, want the years gone and the topic kept", tt.want, got)
		}
		if b.years.Visible() {
			t.Error("the years button stays after it cleared them")
		}
	}
}

// TestPickersHoldTheirLongestChoice: each picker is at least as wide as
// its longest choice as Fyne draws it, with room for its arrow, and not
// much wider.
func TestPickersHoldTheirLongestChoice(t *testing.T) {
	test.NewTempApp(t)
	b := NewFilterBar(bundledData(t), charts.Light)
	for _, p := range b.pickers() {
		longest := float32(0)
		for _, o := range p.sel.Options {
			longest = max(longest, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
		}
		need := longest + theme.IconInlineSize() + 6*theme.Padding()
		if got := p.box.Layout.MinSize(p.box.Objects).Width; got < need || got > need+0.05*longest {
			t.Errorf("a picker %v wide for choices up to %v (needs %v)", got, longest, need)
		}
	}
}
