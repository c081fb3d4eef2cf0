package views

import (
	"image/color"
	"net/url"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
)

// An event's view in the detail pane is a list of items (what each line
// says, and how), made into widgets. Two views with the same items look
// the same, so a view shown a moment ago (the event an undo brings back,
// the one Previous returns to) is shown again as it was, lines and all,
// without laying out its text again.

// itemKind is what an item of the view is.
type itemKind int

const (
	itemTitle     itemKind = iota // the event's title, as a heading
	itemText                      // a wrapped paragraph in Style
	itemChannel                   // the channel's icon (in Icon) and words
	itemFact                      // Label: Text, in the facts' form
	itemSeparator                 // a rule between parts
	itemHeading                   // a part's bold heading
	itemLink                      // a link to Text, opened only if followed
)

// detailItem is one line of an event's view.
type detailItem struct {
	kind    itemKind
	text    string
	label   string // a fact's name
	style   fyne.TextStyle
	channel data.Channel
	icon    color.RGBA // the channel icon's colour in the theme
	theme   string     // and the theme's name
}

// eventItems is the view of event e of ds in theme th.
func eventItems(ds *data.Dataset, e data.Event, th charts.Theme) []detailItem {
	items := []detailItem{{kind: itemTitle, text: e.Title}, {kind: itemText, text: e.ShownDates(), style: fyne.TextStyle{Bold: true}}}
	cat := ds.Category(e.Channel)
	kind := cat.Label
	if cat.Meaning != "" {
		kind += " — " + cat.Meaning
	}
	items = append(items, detailItem{kind: itemChannel, text: kind, channel: e.Channel, icon: th.ChannelColor(e.Channel), theme: th.Name})
	items = append(items, eventFactItems(ds, e)...)
	if e.Summary != "" || e.Media != "" || e.Outcome != "" {
		items = append(items, detailItem{kind: itemSeparator})
	}
	if e.Summary != "" { // an event just added may have none yet: no empty gap
		items = append(items, detailItem{kind: itemText, text: e.Summary})
	}
	if e.Media != "" {
		items = append(items, detailItem{kind: itemLink, text: e.Media})
	}
	if e.Outcome != "" {
		items = append(items, detailItem{kind: itemText, text: "Outcome: " + e.Outcome, style: fyne.TextStyle{Italic: true}})
	}
	if len(e.Accounts) > 0 {
		items = append(items, detailItem{kind: itemSeparator}, detailItem{kind: itemHeading, text: "Accounts"})
		for _, a := range e.Accounts {
			items = append(items, detailItem{kind: itemText, text: ds.AccountLine(a)})
		}
	}
	if e.Notes != "" { // the lecturer's own: here and in the presenter view only
		items = append(items, detailItem{kind: itemSeparator}, detailItem{kind: itemHeading, text: "Notes"}, detailItem{kind: itemText, text: e.Notes})
	}
	items = append(items, detailItem{kind: itemSeparator}, detailItem{kind: itemHeading, text: "Sources"})
	for _, id := range e.Sources {
		items = append(items, detailItem{kind: itemText, text: "• " + ds.Source(id).Citation()})
	}
	return items
}

// eventFactItems are an event's facts: who was in office on both sides,
// who took part, where, and its topics; empty facts are left out.
func eventFactItems(ds *data.Dataset, e data.Event) []detailItem {
	var items []detailItem
	field := func(name, value string) {
		if strings.TrimSpace(value) != "" {
			items = append(items, detailItem{kind: itemFact, label: name, text: value})
		}
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
	return items
}

// detailWidgets makes the widgets that draw items, in theme th.
func detailWidgets(items []detailItem, th charts.Theme) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	var form *fyne.Container
	for _, it := range items {
		if it.kind == itemFact {
			if form == nil {
				form = container.New(layout.NewFormLayout())
				objs = append(objs, form)
			}
			key := widget.NewLabelWithStyle(it.label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			form.Add(key)
			form.Add(wrapLabel(it.text, fyne.TextStyle{}))
			continue
		}
		form = nil
		if o := detailWidget(it, th); o != nil {
			objs = append(objs, o)
		}
	}
	return objs
}

// detailWidget is the widget of an item other than a fact.
func detailWidget(it detailItem, th charts.Theme) fyne.CanvasObject {
	switch it.kind {
	case itemTitle:
		return NewParagraphSized(it.text, fyne.TextStyle{Bold: true}, theme.SizeNameSubHeadingText)
	case itemChannel:
		return container.NewBorder(nil, nil, container.NewCenter(ChannelIcon(it.channel, th, 18)), nil, wrapLabel(it.text, fyne.TextStyle{}))
	case itemSeparator:
		return widget.NewSeparator()
	case itemHeading:
		return headingLabel(it.text)
	case itemLink:
		// A link the reader may follow; nothing is fetched until then.
		if u, err := url.Parse(it.text); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			link := widget.NewHyperlink("Media: "+it.text, u)
			link.Truncation = fyne.TextTruncateEllipsis
			return link
		}
		return nil
	default:
		return wrapLabel(it.text, it.style)
	}
}

// shownViews keeps the views of the last few events shown, with the
// items they were made from.
type shownViews struct {
	items [][]detailItem
	objs  [][]fyne.CanvasObject
}

// keptViews is how many recent event views are kept.
const keptViews = 2

// view returns the widgets of items: those made for the same items last
// time, or new ones.
func (s *shownViews) view(items []detailItem, th charts.Theme) []fyne.CanvasObject {
	for i := range s.items {
		if slices.Equal(s.items[i], items) {
			return s.objs[i]
		}
	}
	objs := detailWidgets(items, th)
	s.items = append([][]detailItem{items}, s.items[:min(len(s.items), keptViews-1)]...)
	s.objs = append([][]fyne.CanvasObject{objs}, s.objs[:min(len(s.objs), keptViews-1)]...)
	return objs
}
