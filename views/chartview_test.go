package views

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/charts"
	"backchannel/data"
)

func decadesChart(t *testing.T) charts.BarChart {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return charts.NewBarChart(charts.Decades, ds, ds.Events, "")
}

func countColor(img image.Image, c color.RGBA) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			if uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bb>>8) == c.B {
				n++
			}
		}
	}
	return n
}

func TestChartViewDrawsTheBars(t *testing.T) {
	test.NewTempApp(t)
	v := NewChartView(decadesChart(t), charts.Light)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(800, 500))
	img := w.Canvas().Capture()
	for _, ch := range []data.Channel{data.Intermediary, data.Coercive, data.Multilateral} {
		if n := countColor(img, charts.Light.ChannelColor(ch)); n < 300 {
			t.Errorf("%s: %d pixels of its colour on screen, want a bar", ch, n)
		}
	}
	if len(v.Layout().Segments) == 0 {
		t.Fatal("no segments laid out")
	}
}

func TestChartViewFollowsTheme(t *testing.T) {
	test.NewTempApp(t)
	v := NewChartView(decadesChart(t), charts.Light)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(600, 400))
	v.SetTheme(charts.Dark)
	img := w.Canvas().Capture()
	if n := countColor(img, charts.Dark.Background); n < 600*400/2 {
		t.Errorf("only %d pixels of the dark background after SetTheme", n)
	}
}

func TestChartViewTapReportsSegment(t *testing.T) {
	test.NewTempApp(t)
	v := NewChartView(decadesChart(t), charts.Light)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(800, 500))
	w.Canvas().Capture() // paint once so the layout exists
	var got []charts.Segment
	v.OnSegmentTapped = func(s charts.Segment) { got = append(got, s) }
	target := v.Layout().Segments[0]
	test.TapAt(v, fyne.NewPos(float32(target.Rect.X+target.Rect.W/2), float32(target.Rect.Y+target.Rect.H/2)))
	test.TapAt(v, fyne.NewPos(2, 2)) // the margin: no segment
	if len(got) != 1 || got[0].Row != target.Row || got[0].Channel != target.Channel {
		t.Errorf("taps reported %+v, want only %+v", got, target)
	}
}
