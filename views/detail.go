package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
)

// emptyDetail is how to start, at the end of the overview.
const emptyDetail = "Click an event on the timeline to see what happened, who took part and the sources, or press the Right arrow key to step through events. F5 presents; F1 lists every key."

// DetailPane shows everything known about one event: title, date at its
// precision, channel, the leaders at the time, people, place, topics,
// summary, outcome and sources, with buttons to the previous and next event.
type DetailPane struct {
	widget.BaseWidget

	// OnPrevious and OnNext, when set, are called by the buttons.
	OnPrevious, OnNext func()

	body     *fyne.Container
	scroll   *container.Scroll
	previous *widget.Button
	next     *widget.Button
	dataset  *data.Dataset // whose overview shows while nothing is selected
	overview overviewView
	shown    shownViews // the last events' views, shown again as they were
	// overviewDue is set while the pane has no width yet, or is held: the
	// overview's wrapped text is laid out once the pane knows how wide it
	// is and is no longer held.
	overviewDue, overviewHeld bool
}

// NewDetailPane returns an empty detail pane for the events of ds.
func NewDetailPane(ds *data.Dataset) *DetailPane {
	p := &DetailPane{body: container.NewVBox(), dataset: ds}
	p.scroll = container.NewVScroll(p.body)
	p.previous = widget.NewButtonWithIcon("Previous", theme.NavigateBackIcon(), func() {
		if p.OnPrevious != nil {
			p.OnPrevious()
		}
	})
	p.next = widget.NewButtonWithIcon("Next", theme.NavigateNextIcon(), func() {
		if p.OnNext != nil {
			p.OnNext()
		}
	})
	p.next.IconPlacement = widget.ButtonIconTrailingText
	p.ExtendBaseWidget(p)
	p.Clear()
	return p
}

// Clear shows the dataset's overview. Its buttons step from the view, as
// the arrow keys do: Next to the first event in view, Previous to the one
// before it.
func (p *DetailPane) Clear() {
	if p.dataset == nil {
		msg := widget.NewLabel(emptyDetail)
		msg.Wrapping = fyne.TextWrapWord
		p.body.Objects = []fyne.CanvasObject{msg}
	} else if p.Size().Width <= 0 || p.overviewHeld {
		p.body.Objects, p.overviewDue = nil, true
	} else {
		p.body.Objects, p.overviewDue = []fyne.CanvasObject{p.overview.show(p.dataset)}, false
	}
	some := p.dataset != nil && len(p.dataset.Events) > 0
	setEnabled(p.previous, some)
	setEnabled(p.next, some)
	p.body.Refresh()
}

// ShowEvent fills the pane with event e of ds. first and last say whether e is
// at an end of the sequence, which disables a button.
func (p *DetailPane) ShowEvent(ds *data.Dataset, e data.Event, th charts.Theme, first, last bool) {
	p.body.Objects, p.overviewDue = p.shown.view(eventItems(ds, e, th), th), false
	p.body.Refresh()
	p.scroll.ScrollToTop()
	setEnabled(p.previous, !first)
	setEnabled(p.next, !last)
}

// wrapLabel is text wrapped to the pane's width.
func wrapLabel(text string, style fyne.TextStyle) *Paragraph {
	return NewParagraph(text, style)
}

// headingLabel is a bold section heading.
func headingLabel(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// Text returns everything the pane shows, read from its widgets in order,
// one item a line: for tests, and for copying.
func (p *DetailPane) Text() string {
	var lines []string
	var read func(o fyne.CanvasObject)
	read = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			lines = append(lines, o.Text)
		case *Paragraph:
			lines = append(lines, o.Text())
		case *widget.Hyperlink:
			lines = append(lines, o.Text)
		case *widget.RichText:
			for _, seg := range o.Segments {
				if t, ok := seg.(*widget.TextSegment); ok {
					lines = append(lines, t.Text)
				}
			}
		case *fyne.Container:
			for _, c := range o.Objects {
				read(c)
			}
		}
	}
	for _, o := range p.body.Objects {
		read(o)
	}
	return strings.Join(lines, "\n")
}

// Resize sizes the pane, and lays out the overview that was waiting for
// a width.
func (p *DetailPane) Resize(size fyne.Size) {
	p.BaseWidget.Resize(size)
	p.layOutDueOverview()
}

// HoldOverview keeps the overview from being laid out until
// ReleaseOverview.
func (p *DetailPane) HoldOverview() { p.overviewHeld = true }

// ReleaseOverview lays out the overview if it is due.
func (p *DetailPane) ReleaseOverview() {
	p.overviewHeld = false
	p.layOutDueOverview()
}

func (p *DetailPane) layOutDueOverview() {
	if p.overviewDue && !p.overviewHeld && p.Size().Width > 0 {
		p.body.Objects, p.overviewDue = []fyne.CanvasObject{p.overview.show(p.dataset)}, false
		p.body.Refresh()
	}
}

// CreateRenderer implements fyne.Widget.
func (p *DetailPane) CreateRenderer() fyne.WidgetRenderer {
	buttons := container.NewGridWithColumns(2, p.previous, p.next)
	return widget.NewSimpleRenderer(container.NewBorder(nil, buttons, nil, nil, p.scroll))
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}
