package charts

import (
	"backchannel/pen"
	"math"
	"strconv"
	"strings"
	"testing"

	"backchannel/data"
)

func TestTicksAdaptToZoom(t *testing.T) {
	tests := []struct {
		name       string
		start, end float64
		want       []string // labels that must appear
	}{
		{"45 years", 1978, 2026, []string{"1980", "2000", "2020"}},
		{"a decade", 2010, 2020, []string{"Jan 2012", "Jan 2014"}},
		{"two years", 2015, 2017, []string{"Jan 2016", "Apr", "Jul", "Oct"}},
		{"a month", 1988 + 181.0/366, 1988 + 212.0/366, []string{"1 Jul 1988"}},
		{"a week", 1988 + 183.0/366, 1988 + 190.0/366, []string{"3 Jul", "4 Jul", "5 Jul"}},
		{"deep time", -14e9, 1e9, []string{"10 billion years ago", "5 billion years ago", "0"}},
		{"classical", -800, 300, []string{"500 BCE", "50 BCE", "50", "100"}},
	}
	for _, tt := range tests {
		for _, size := range []float64{12, 18} {
			ticks := Ticks(TimeView{Start: tt.start, End: tt.end}, 1920, size)
			if len(ticks) < 3 {
				t.Errorf("%s at %vpx: only %d ticks", tt.name, size, len(ticks))
				continue
			}
			labels := map[string]bool{}
			for i, tk := range ticks {
				labels[tk.Label] = true
				if tk.T < tt.start || tk.T > tt.end {
					t.Errorf("%s: tick %q at %v is outside the view", tt.name, tk.Label, tk.T)
				}
				if half := pen.TextWidth(tk.Label, size) / 2; tk.LX-half < 0 || tk.LX+half > 1920 {
					t.Errorf("%s: label %q leaves the axis", tt.name, tk.Label)
				}
				if i > 0 {
					need := (pen.TextWidth(ticks[i-1].Label, size) + pen.TextWidth(tk.Label, size)) / 2
					if tk.LX-ticks[i-1].LX < need {
						t.Errorf("%s at %vpx: labels %q and %q collide", tt.name, size, ticks[i-1].Label, tk.Label)
					}
				}
			}
			if size == 12 {
				for _, w := range tt.want {
					if !labels[w] {
						var all []string
						for _, tk := range ticks {
							all = append(all, tk.Label)
						}
						t.Errorf("%s: no tick %q among %s", tt.name, w, strings.Join(all, ", "))
					}
				}
			}
		}
	}
}

func TestTimeViewZoomKeepsAnchorAndLimits(t *testing.T) {
	v := NewTimeView(1980, 2020)
	z := v.Zoom(0.5, 480, 1920) // zoom in around a quarter of the way
	if a, b := v.T(480, 1920), z.T(480, 1920); a-b > 1e-9 || b-a > 1e-9 {
		t.Errorf("the instant under the pointer moved from %v to %v", a, b)
	}
	if z.Span() != 20 {
		t.Errorf("span %v, want 20", z.Span())
	}
	for i := 0; i < 200; i++ {
		z = z.Zoom(0.5, 960, 1920)
	}
	if math.Abs(z.Span()-z.MinSpan) > 1e-9 {
		t.Errorf("zoomed in to %v years, want the limit %v", z.Span(), z.MinSpan)
	}
	for i := 0; i < 200; i++ {
		z = z.Zoom(2, 960, 1920)
	}
	if math.Abs(z.Span()-z.MaxSpan) > 1e-9 {
		t.Errorf("zoomed out to %v years, want the limit %v", z.Span(), z.MaxSpan)
	}
	p := v.Pan(192, 1920)
	if p.Start != 1984 || p.End != 2024 {
		t.Errorf("pan by a tenth of the width gave %v–%v", p.Start, p.End)
	}
	s := v.Show(2025, 2025)
	if s.End < 2025 || s.Span() != v.Span() {
		t.Errorf("Show(2025) gave %v–%v", s.Start, s.End)
	}
}

func TestSolarHijriTicksSitAtNowruz(t *testing.T) {
	v := TimeView{Start: 1975, End: 2026, MinSpan: Day, MaxSpan: 200}
	ticks := SolarHijriTicks(v, 1600, 12)
	if len(ticks) < 4 || !strings.HasSuffix(ticks[0].Label, " SH") {
		t.Fatalf("ticks %+v", ticks)
	}
	for _, tk := range ticks {
		y, err := strconv.Atoi(strings.TrimSuffix(tk.Label, " SH"))
		if err != nil {
			t.Fatalf("label %q is not a year", tk.Label)
		}
		if want := data.DecimalYear(data.Nowruz(y)); math.Abs(tk.T-want) > 1e-9 {
			t.Errorf("%s at %.4f, want Nowruz at %.4f", tk.Label, tk.T, want)
		}
	}
	months := SolarHijriTicks(TimeView{Start: 1988.4, End: 1988.9, MinSpan: Day, MaxSpan: 200}, 1600, 12)
	var labels []string
	for _, tk := range months {
		labels = append(labels, tk.Label)
	}
	if got := strings.Join(labels, ","); !strings.Contains(got, "Tir") || !strings.Contains(got, "Mordad") {
		t.Errorf("month ticks %q", got)
	}
	if deep := SolarHijriTicks(TimeView{Start: -500, End: 500, MinSpan: Day, MaxSpan: 2000}, 1600, 12); deep[0].Label != Ticks(TimeView{Start: -500, End: 500, MinSpan: Day, MaxSpan: 2000}, 1600, 12)[0].Label {
		t.Error("outside the calendar's years the axis should stay Gregorian")
	}
}
