package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
)

// TestTimelineGoldenImages compares what the widget draws with reviewed
// images in testdata: the whole range, a zoomed view with a selection and
// a tooltip, and the projector theme.
func TestTimelineGoldenImages(t *testing.T) {
	tests := []struct {
		file       string
		theme      charts.Theme
		start, end float64
		selectID   string
		hover      bool
	}{
		{"timeline_all.png", charts.Light, 0, 0, "", false},
		{"timeline_2013_2016_selected.png", charts.Light, 2013.5, 2016.3, "jcpoa-concluded", true},
		{"timeline_projector_2000s.png", charts.Projector, 2000, 2010, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			test.NewTempApp(t)
			ds := bundledData(t)
			v := NewTimelineView(ds.Events, ds.Eras, tt.theme)
			w := test.NewTempWindow(t, v)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1280, 560))
			if tt.end > 0 {
				v.SetView(charts.TimeView{Start: tt.start, End: tt.end, MinSpan: charts.Day, MaxSpan: 200})
			}
			if tt.selectID != "" {
				for i, e := range v.Events() {
					if e.ID == tt.selectID {
						v.Select(i)
					}
				}
			}
			img := w.Canvas().Capture()
			if tt.hover {
				for _, it := range v.Layout().Items {
					if it.Event == v.Selected() {
						test.MoveMouse(w.Canvas(), fyne.NewPos(float32(it.Marker.X+it.Marker.W/2), float32(it.Marker.Y+it.Marker.H/2)))
					}
				}
				img = w.Canvas().Capture()
			}
			test.AssertImageMatches(t, tt.file, img)
		})
	}
}
