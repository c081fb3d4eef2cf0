package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Paragraph is text wrapped at spaces to the width it is given, drawn as
// a label is. It finds its lines a word at a time (see textWidths), where
// a wrapping widget.Label searches each line with many shapings of the
// text: the detail pane shows a new event's few hundred words within a
// frame, even while the window edits 100,000 events.
type Paragraph struct {
	widget.BaseWidget

	text     string
	style    fyne.TextStyle
	sizeName fyne.ThemeSizeName
	lines    *widget.Label // the wrapped lines, one a row, not wrapped again
	width    float32       // the width the lines were found for; 0 before any
	measured typeface      // the type they were measured in
}

// typeface names a font at a size, which a theme may change.
type typeface struct {
	face string
	size float32
}

// NewParagraph is text in style at the theme's text size.
func NewParagraph(text string, style fyne.TextStyle) *Paragraph {
	return NewParagraphSized(text, style, theme.SizeNameText)
}

// NewParagraphSized is text in style at the theme's size named size (a
// heading's, say).
func NewParagraphSized(text string, style fyne.TextStyle, size fyne.ThemeSizeName) *Paragraph {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, style)
	l.SizeName = size
	p := &Paragraph{text: text, style: style, sizeName: size, lines: l}
	p.ExtendBaseWidget(p)
	return p
}

// Text is the paragraph's text, as given (not its wrapped lines).
func (p *Paragraph) Text() string { return p.text }

// Lines are the rows the paragraph is drawn in at its width.
func (p *Paragraph) Lines() string { return p.lines.Text }

// SetText shows text instead, wrapped to the present width.
func (p *Paragraph) SetText(text string) {
	if text == p.text {
		return
	}
	p.text, p.width = text, 0
	p.wrapTo(p.Size().Width)
	p.Refresh()
}

// Resize wraps the text to the new width.
func (p *Paragraph) Resize(size fyne.Size) {
	p.wrapTo(size.Width)
	p.BaseWidget.Resize(size)
}

// Refresh draws the paragraph again, wrapping it anew where the theme's
// type has changed.
func (p *Paragraph) Refresh() {
	th := p.Theme()
	if typeOf(th, p.style, p.sizeName) != p.measured {
		p.width = 0
		p.wrapTo(p.Size().Width)
	}
	p.BaseWidget.Refresh()
}

// MinSize is as tall as the lines at the present width, and as narrow as
// a wrapping label.
func (p *Paragraph) MinSize() fyne.Size {
	p.ExtendBaseWidget(p)
	pad := p.Theme().Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(2*pad, p.lines.MinSize().Height)
}

// CreateRenderer implements fyne.Widget.
func (p *Paragraph) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.lines)
}

// wrapTo breaks the text into the lines that fit width, once a width.
func (p *Paragraph) wrapTo(width float32) {
	th := p.Theme()
	avail := width - 2*th.Size(theme.SizeNameInnerPadding)
	if width == p.width || avail <= 0 {
		if p.width == 0 && p.lines.Text != p.text { // not yet given a width: unwrapped, as a label then is
			p.lines.Text = p.text
		}
		return
	}
	p.width = width
	var lines []string
	p.measured = measureIn(th, p.style, p.sizeName, func(estimate, exact func(string) float32) {
		lines = wrapLines(p.text, avail, estimate, exact)
	})
	if text := strings.Join(lines, "\n"); text != p.lines.Text {
		p.lines.SetText(text)
	}
}
