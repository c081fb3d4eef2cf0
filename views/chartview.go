// Package views holds Backchannel's Fyne widgets. They are thin: layout and
// drawing come from package charts, so the screen shows what exports show.
package views

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/pen"
)

// ChartView shows one bar chart, painted at the window's own pixel size so
// that it stays sharp at any scale, and reports taps on its segments.
type ChartView struct {
	widget.BaseWidget

	// OnSegmentTapped, when set, is called with the segment the user tapped,
	// or chose with Enter.
	OnSegmentTapped func(charts.Segment)
	// OnSegmentFocused, when set, is called with the segment the keyboard
	// moves to, so that the window can say what it is.
	OnSegmentFocused func(charts.Segment)

	chart  charts.BarChart
	theme  charts.Theme
	layout charts.BarLayout // the last layout painted, in widget coordinates
	scene  *SceneView
}

// NewChartView returns a view of c drawn in theme th.
func NewChartView(c charts.BarChart, th charts.Theme) *ChartView {
	c.Cursor.Row = -1
	v := &ChartView{chart: c, theme: th}
	v.scene = NewSceneView(v.draw)
	v.ExtendBaseWidget(v)
	return v
}

// SetChart replaces the chart shown.
func (v *ChartView) SetChart(c charts.BarChart) {
	c.Focused, c.Cursor = v.chart.Focused, v.chart.Cursor // the keyboard stays where it was
	v.chart = c
	v.scene.Refresh()
}

// SetTheme changes the chart's colours and type.
func (v *ChartView) SetTheme(th charts.Theme) {
	v.theme = th
	v.scene.Refresh()
}

// Chart returns the chart shown.
func (v *ChartView) Chart() charts.BarChart {
	return v.chart
}

// Layout returns the layout last painted, in the widget's coordinates.
func (v *ChartView) Layout() charts.BarLayout {
	return v.layout
}

// draw lays the chart out for the picture's size and keeps the layout
// for hit tests.
func (v *ChartView) draw(width, height float64) pen.Scene {
	v.layout = v.chart.Layout(width, height, v.theme)
	return v.layout.Scene
}

// Tapped reports a tap on a bar segment to OnSegmentTapped.
func (v *ChartView) Tapped(ev *fyne.PointEvent) {
	if v.OnSegmentTapped == nil {
		return
	}
	if seg, ok := v.Layout().SegmentAt(float64(ev.Position.X), float64(ev.Position.Y)); ok {
		v.OnSegmentTapped(seg)
	}
}

// MinSize keeps a chart large enough to read in its theme's type.
func (v *ChartView) MinSize() fyne.Size {
	th := v.theme
	// A title, a legend's two rows and a short plot: small enough that the
	// window fits a 1280×720 projector in its largest type.
	h := th.TitleSize*1.6 + th.LabelSize*2.5 + th.TickSize*6
	return fyne.NewSize(320, float32(math.Max(200, h)))
}

// CreateRenderer implements fyne.Widget.
func (v *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.scene)
}
