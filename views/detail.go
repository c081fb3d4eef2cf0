package views

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
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

// Clear shows the dataset's overview.
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
	p.previous.Disable()
	p.next.Disable()
	p.body.Refresh()
}

// ShowEvent fills the pane with event e of ds. first and last say whether e is
// at an end of the sequence, which disables a button.
func (p *DetailPane) ShowEvent(ds *data.Dataset, e data.Event, th charts.Theme, first, last bool) {
	var objs []fyne.CanvasObject
	objs = append(objs, NewParagraphSized(e.Title, fyne.TextStyle{Bold: true}, theme.SizeNameSubHeadingText))

	objs = append(objs, wrapLabel(e.ShownDates(), fyne.TextStyle{Bold: true}))

	cat := ds.Category(e.Channel)
	kind := cat.Label
	if cat.Meaning != "" {
		kind += " — " + cat.Meaning
	}
	channel := wrapLabel(kind, fyne.TextStyle{})
	objs = append(objs, container.NewBorder(nil, nil, container.NewCenter(ChannelIcon(e.Channel, th, 18)), nil, channel))

	objs = append(objs, eventFacts(ds, e))

	objs = append(objs, widget.NewSeparator(), wrapLabel(e.Summary, fyne.TextStyle{}))
	if e.Media != "" {
		// A link the reader may follow; nothing is fetched until then.
		if u, err := url.Parse(e.Media); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			link := widget.NewHyperlink("Media: "+e.Media, u)
			link.Truncation = fyne.TextTruncateEllipsis
			objs = append(objs, link)
		}
	}
	if e.Outcome != "" {
		objs = append(objs, wrapLabel("Outcome: "+e.Outcome, fyne.TextStyle{Italic: true}))
	}
	if len(e.Accounts) > 0 {
		objs = append(objs, widget.NewSeparator(), headingLabel("Accounts"))
		for _, a := range e.Accounts {
			objs = append(objs, wrapLabel(ds.AccountLine(a), fyne.TextStyle{}))
		}
	}
	if e.Notes != "" { // the lecturer's own: here and in the presenter view only
		objs = append(objs, widget.NewSeparator(), headingLabel("Notes"), wrapLabel(e.Notes, fyne.TextStyle{}))
	}
	objs = append(objs, widget.NewSeparator(), headingLabel("Sources"))
	for _, id := range e.Sources {
		objs = append(objs, wrapLabel("• "+ds.Source(id).Citation(), fyne.TextStyle{}))
	}
	p.body.Objects, p.overviewDue = objs, false
	p.body.Refresh()
	p.scroll.ScrollToTop()
	setEnabled(p.previous, !first)
	setEnabled(p.next, !last)
}

// eventFacts is the form of an event's facts: who was in office on both
// sides, who took part, where, and its topics; empty facts are left out.
func eventFacts(ds *data.Dataset, e data.Event) *fyne.Container {
	form := container.New(layout.NewFormLayout())
	field := func(name, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		key := widget.NewLabelWithStyle(name, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		form.Add(key)
		form.Add(wrapLabel(value, fyne.TextStyle{}))
	}
	if era, ok := ds.AdministrationOf(e); ok {
		field("U.S. president", era.Name)
	}
	if era, ok := ds.EraAt(data.BandIranPresident, e.Start); ok {
		field("Iran's president", era.Name)
	}
	if era, ok := ds.EraAt(data.BandIranLeader, e.Start); ok {
		field("Supreme Leader", era.Name)
	}
	field("Participants", strings.Join(e.Participants, ", "))
	field("Intermediaries", strings.Join(e.Intermediaries, ", "))
	field("Location", e.Location)
	field("Topics", strings.Join(ds.TopicLabels(e), ", "))
	return form
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
