package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/pen"
	"backchannel/views"
)

// progressBar is the height of the progress bar along the bottom, and
// timelineShare how much of the screen's height the timeline takes above
// the caption card: as in an exported slide.
const (
	progressBar   = charts.SlideProgressBar
	timelineShare = charts.SlideTimelineShare
)

// cornerRow is the height of the row along the bottom, above the progress
// bar, that holds the corner text (the clock, the number being typed):
// its own place, clear of the timeline's bands and the card's text.
const cornerRow = 40

// presentView is the presentation's screen: the timeline over the caption
// card, or a chart slide; a thin progress bar along the bottom; the corner
// text at the bottom right, above the bar; and the cover that blanks it all.
type presentView struct {
	widget.BaseWidget

	timeline *views.TimelineView
	card     *views.SceneView
	chart    *views.SceneView
	track    *canvas.Rectangle // the progress bar's background
	fill     *canvas.Rectangle // how far through the slides
	corner   *canvas.Text      // the number being typed, or the clock
	cover    *canvas.Rectangle // black or white over everything
	taps     *tapTarget        // over all, for taps and clicks

	progress float32
}

// newPresentView makes the screen's parts in theme th; a tap or a click
// calls onTap.
func newPresentView(timeline *views.TimelineView, card, chart *views.SceneView, th charts.Theme, onTap func(back bool)) *presentView {
	v := &presentView{timeline: timeline, card: card, chart: chart,
		track:  canvas.NewRectangle(pen.Blend(th.Grid, th.Background, 0.6)),
		fill:   canvas.NewRectangle(th.Text),
		corner: canvas.NewText("", th.Muted),
		cover:  canvas.NewRectangle(color.Black)}
	v.corner.TextSize = 22
	v.corner.Alignment = fyne.TextAlignTrailing
	v.corner.Hide()
	v.cover.Hide()
	v.taps = newTapTarget(onTap)
	v.ExtendBaseWidget(v)
	return v
}

// showSlide shows the timeline and card for an event, or the chart.
func (v *presentView) showSlide(onEvent bool) {
	setVisible(v.timeline, onEvent)
	setVisible(v.card, onEvent)
	setVisible(v.chart, !onEvent)
	if onEvent {
		v.card.Refresh()
	} else {
		v.chart.Refresh()
	}
	v.Refresh()
}

// setCorner shows text in the corner, or hides it when text is "".
func (v *presentView) setCorner(text string) {
	v.corner.Text = text
	setVisible(v.corner, text != "")
	v.corner.Refresh()
	v.Refresh()
}

// setBlank covers the screen in black or white, or uncovers it.
func (v *presentView) setBlank(b Blank) {
	switch b {
	case BlankBlack:
		v.cover.FillColor = color.Black
	case BlankWhite:
		v.cover.FillColor = color.White
	}
	setVisible(v.cover, b != NotBlank)
	v.Refresh()
}

// setProgress moves the progress bar.
func (v *presentView) setProgress(f float32) {
	v.progress = f
	v.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (v *presentView) CreateRenderer() fyne.WidgetRenderer { return &presentRenderer{v: v} }

// presentRenderer lays the presentation's named parts out.
type presentRenderer struct{ v *presentView }

// Layout implements fyne.WidgetRenderer.
func (r *presentRenderer) Layout(size fyne.Size) {
	v := r.v
	top := size.Height * timelineShare
	bottom := size.Height - progressBar - cornerRow // where the slide ends
	place(v.timeline, 0, 0, size.Width, top)
	place(v.card, 0, top, size.Width, bottom-top)
	place(v.chart, 0, 0, size.Width, bottom)
	place(v.track, 0, size.Height-progressBar, size.Width, progressBar)
	place(v.fill, 0, size.Height-progressBar, size.Width*v.progress, progressBar)
	cs := v.corner.MinSize()
	place(v.corner, size.Width-cs.Width-24, bottom+(cornerRow-cs.Height)/2, cs.Width, cs.Height)
	place(v.cover, 0, 0, size.Width, size.Height)
	place(v.taps, 0, 0, size.Width, size.Height)
}

// setVisible shows or hides o.
func setVisible(o fyne.CanvasObject, shown bool) {
	if shown {
		o.Show()
	} else {
		o.Hide()
	}
}

// place puts o at x, y with size w×h.
func place(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
}

// MinSize implements fyne.WidgetRenderer.
func (r *presentRenderer) MinSize() fyne.Size { return fyne.NewSize(640, 400) }

// Refresh implements fyne.WidgetRenderer.
func (r *presentRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

// Objects implements fyne.WidgetRenderer: painted in this order, the
// cover last but for the clear target of taps, over everything.
func (r *presentRenderer) Objects() []fyne.CanvasObject {
	v := r.v
	return []fyne.CanvasObject{v.timeline, v.card, v.chart, v.track, v.fill, v.corner, v.cover, v.taps}
}

// Destroy implements fyne.WidgetRenderer.
func (r *presentRenderer) Destroy() {}
