package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// OneLine is one line of text, cut with an ellipsis where it is wider
// than the widget, as a truncating label is; it finds the cut from its
// letters' widths (see textWidths) where a truncating widget.Label shapes
// the whole text each time it is set or laid out. A widget that embeds
// it sets Text and calls ExtendBaseWidget, as with widget.Label.
type OneLine struct {
	widget.BaseWidget

	// Text is the whole line; set it with SetText.
	Text     string
	shown    *widget.Label // Text, or as much as fits and "…"
	measured typeface      // the type the cut was found in
}

// NewOneLine is a line reading text.
func NewOneLine(text string) *OneLine {
	o := &OneLine{Text: text}
	o.ExtendBaseWidget(o)
	return o
}

// SetText shows text, cut to the present width.
func (o *OneLine) SetText(text string) {
	o.Text = text
	o.fitTo(o.Size().Width)
}

// Shown is what the line draws: Text, or its start and an ellipsis.
func (o *OneLine) Shown() string { return o.label().Text }

// label is the label drawing the line, made when first asked for.
func (o *OneLine) label() *widget.Label {
	if o.shown == nil {
		o.shown = widget.NewLabel(o.Text)
	}
	return o.shown
}

// Resize cuts the text to the new width.
func (o *OneLine) Resize(size fyne.Size) {
	o.fitTo(size.Width)
	o.BaseWidget.Resize(size)
}

// Refresh draws the line again, cut anew where the theme's type has
// changed.
func (o *OneLine) Refresh() {
	th := o.Theme()
	if typeOf(th, fyne.TextStyle{}, theme.SizeNameText) != o.measured {
		o.fitTo(o.Size().Width)
	}
	o.BaseWidget.Refresh()
}

// MinSize is one line's height, and room for an ellipsis.
func (o *OneLine) MinSize() fyne.Size {
	o.ExtendBaseWidget(o)
	th := o.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(2*pad+fyne.MeasureText("…", th.Size(theme.SizeNameText), fyne.TextStyle{}).Width, o.label().MinSize().Height)
}

// CreateRenderer implements fyne.Widget.
func (o *OneLine) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(o.label())
}

// fitTo shows as much of the text as fits width.
func (o *OneLine) fitTo(width float32) {
	th := o.Theme()
	avail := width - 2*th.Size(theme.SizeNameInnerPadding)
	shown := o.Text
	if avail > 0 {
		o.measured = measureIn(th, fyne.TextStyle{}, theme.SizeNameText, func(estimate, exact func(string) float32) {
			shown = fitLine(o.Text, avail, estimate, exact)
		})
	}
	if l := o.label(); shown != l.Text {
		l.SetText(shown)
	}
}
