package views

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
)

// searchMinWidth is the least width of the search field: where the chips
// leave less on their line, it takes a line of its own. (At 1280 pixels
// in the Projector theme they leave 118, and a third line of filters
// would not leave the timeline its room on a 720-pixel projector.)
const searchMinWidth = 110

// allAdministrations and allTopics are the pickers' "no filter" choices.
const (
	allAdministrations = "All administrations"
	allTopics          = "All topics"
)

// FilterBar holds the filters: a chip per category (channel) with its count, an
// administration and a topic picker, a search box, the years a chart
// click chose, and a button that clears them all.
type FilterBar struct {
	widget.BaseWidget

	// OnChanged, when set, is called with the new filter after each change
	// the user makes.
	OnChanged func(data.Filter)

	cats     []data.Category // the dataset's categories, one chip each
	chips    []*widget.Check
	icons    []*fyne.Container
	admin    *widget.Select
	topic    *widget.Select
	Search   *Field
	years    *widget.Button // the years a chart click chose; a click clears them
	clear    *widget.Button
	count    *widget.Label
	adminIDs []string // era ids in the admin picker's order, after "All"
	topicIDs []string
	filter   data.Filter
	silent   bool // set while the bar updates itself, so no change is reported
	content  fyne.CanvasObject
	adminBox *fyne.Container
	topicBox *fyne.Container
}

// NewFilterBar returns a filter bar for the administrations and topics of ds.
func NewFilterBar(ds *data.Dataset, th charts.Theme) *FilterBar {
	b := &FilterBar{silent: true} // quiet until built
	var top []fyne.CanvasObject   // the chips, then the search field
	b.cats = ds.Categories()
	for i, cat := range b.cats {
		ch := data.Channel(i)
		c := widget.NewCheck(cat.Label, func(on bool) { b.toggle(ch, on) })
		c.Checked = true
		b.chips = append(b.chips, c)
		b.icons = append(b.icons, container.NewCenter(ChannelIcon(ch, th, 14)))
		top = append(top, container.NewHBox(b.icons[i], c))
	}
	b.admin = widget.NewSelect(nil, func(string) { b.pickersChanged() })
	b.setAdministrations(ds)
	topics := []string{allTopics}
	for _, id := range ds.TopicIDs() {
		topics = append(topics, ds.Topics[id])
		b.topicIDs = append(b.topicIDs, id)
	}
	b.topic = widget.NewSelect(topics, func(string) { b.pickersChanged() })
	b.topic.SetSelectedIndex(0)
	if len(b.topicIDs) == 0 {
		b.topic.Disable()
	}
	b.Search = NewField()
	b.Search.SetPlaceHolder("Search titles, summaries, people, places…")
	b.Search.OnChanged = func(string) { b.pickersChanged() }
	b.years = widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		b.filter = b.filter.WithoutTime()
		b.sync()
		b.report()
	})
	b.years.Importance = widget.HighImportance
	b.clear = widget.NewButtonWithIcon("Clear filters", theme.ContentClearIcon(), func() { b.Clear() })
	b.count = widget.NewLabel("")
	b.adminBox = container.NewGridWrap(fyne.NewSize(0, 0), b.admin)
	b.topicBox = container.NewGridWrap(fyne.NewSize(0, 0), b.topic)
	b.sizePickers()
	b.showAdministrations()
	if len(b.topicIDs) == 0 {
		b.topicBox.Hide() // a timeline without topics
	}
	top = append(top, b.Search)
	pickers := container.New(&flowRow{}, b.adminBox, b.topicBox, b.years, b.clear, b.count)
	b.content = container.NewVBox(container.New(&flowRow{stretchLast: true, lastMin: searchMinWidth}, top...), pickers)
	b.sync()
	b.silent = false
	b.ExtendBaseWidget(b)
	return b
}

// Filter returns the filter the bar shows.
func (b *FilterBar) Filter() data.Filter { return b.filter }

// SetFilter shows f without reporting it as a change.
func (b *FilterBar) SetFilter(f data.Filter) {
	b.filter = f
	b.sync()
}

// Clear removes every filter and reports the change.
func (b *FilterBar) Clear() {
	b.filter = data.Filter{}
	b.sync()
	b.report()
}

// SetCounts shows how many events each channel chip would add under the
// other filters, and how many of all the events are shown.
func (b *FilterBar) SetCounts(perChannel []int, shown, total int) {
	for i, c := range b.chips {
		n := 0
		if i < len(perChannel) {
			n = perChannel[i]
		}
		if text := fmt.Sprintf("%s (%d)", b.cats[i].Label, n); text != c.Text {
			c.Text = text // a chip redrawn draws its box again: only those whose count moved
			c.Refresh()
		}
	}
	b.count.SetText(fmt.Sprintf("%s of %s events", strconv.Itoa(shown), strconv.Itoa(total)))
}

// SetTheme redraws the channel icons in theme th and resizes the pickers
// for its type.
func (b *FilterBar) SetTheme(th charts.Theme) {
	b.sizePickers()
	for i, box := range b.icons {
		box.Objects = []fyne.CanvasObject{ChannelIcon(data.Channel(i), th, 14)}
		box.Refresh()
	}
}

// Chip returns the check box of one category, for tests and shortcuts.
func (b *FilterBar) Chip(ch data.Channel) *widget.Check { return b.chips[ch] }

// CountText returns the "N of M events" line.
func (b *FilterBar) CountText() string { return b.count.Text }

func (b *FilterBar) toggle(ch data.Channel, on bool) {
	if b.silent {
		return
	}
	// A fresh map: the old one may be held by whoever received the last filter.
	channels := map[data.Channel]bool{}
	for i := range b.chips {
		c := data.Channel(i)
		channels[c] = b.filter.Channels == nil || b.filter.Channels[c]
	}
	channels[ch] = on
	b.filter.Channels = channels
	all := true
	for i := range b.chips {
		all = all && b.filter.Channels[data.Channel(i)]
	}
	if all {
		b.filter.Channels = nil
	}
	b.report()
}

func (b *FilterBar) pickersChanged() {
	if b.silent {
		return
	}
	b.filter.Administration = ""
	if i := b.admin.SelectedIndex(); i > 0 {
		b.filter.Administration = b.adminIDs[i-1]
	}
	b.filter.Topic = ""
	if i := b.topic.SelectedIndex(); i > 0 {
		b.filter.Topic = b.topicIDs[i-1]
	}
	b.filter.Text = b.Search.Text
	b.report()
}

// sync makes the widgets show b.filter.
func (b *FilterBar) sync() {
	was := b.silent
	b.silent = true
	defer func() { b.silent = was }()
	for i, c := range b.chips {
		c.SetChecked(b.filter.Channels == nil || b.filter.Channels[data.Channel(i)])
	}
	b.admin.SetSelectedIndex(0)
	for i, id := range b.adminIDs {
		if id == b.filter.Administration {
			b.admin.SetSelectedIndex(i + 1)
		}
	}
	b.topic.SetSelectedIndex(0)
	for i, id := range b.topicIDs {
		if id == b.filter.Topic {
			b.topic.SetSelectedIndex(i + 1)
		}
	}
	if b.Search.Text != b.filter.Text {
		b.Search.SetText(b.filter.Text)
	}
	if t := b.filter.TimeText(); t != "" {
		b.years.SetText(t)
		b.years.Show()
	} else {
		b.years.Hide()
	}
	if b.filter.IsZero() {
		b.clear.Disable()
	} else {
		b.clear.Enable()
	}
}

func (b *FilterBar) report() {
	if b.filter.IsZero() {
		b.clear.Disable()
	} else {
		b.clear.Enable()
	}
	if b.OnChanged != nil {
		b.OnChanged(b.filter)
	}
}

// CreateRenderer implements fyne.Widget.
func (b *FilterBar) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.content) }

// picker is a choice list and the box that gives it its width.
type picker struct {
	box *fyne.Container
	sel *widget.Select
}

// pickers are the administration and topic pickers.
func (b *FilterBar) pickers() []picker {
	return []picker{{b.adminBox, b.admin}, {b.topicBox, b.topic}}
}

// sizePickers makes each picker wide enough for its longest choice in the
// current theme's type, estimated from letter widths rather than by
// shaping every choice.
func (b *FilterBar) sizePickers() {
	for _, p := range b.pickers() {
		w := float32(0)
		for _, o := range p.sel.Options {
			w = max(w, estimatedWidth(o, fyne.TextStyle{}, theme.TextSize()))
		}
		extra := theme.IconInlineSize() + 6*theme.Padding()
		p.box.Layout = layout.NewGridWrapLayout(fyne.NewSize(w+extra, p.sel.MinSize().Height))
		p.box.Refresh()
	}
}

// setAdministrations makes the administration picker's choices those of
// ds's eras, "All administrations" chosen.
func (b *FilterBar) setAdministrations(ds *data.Dataset) {
	admins, ids := []string{allAdministrations}, []string(nil)
	for _, era := range ds.ErasIn(data.BandUSPresident) {
		admins = append(admins, era.Name)
		ids = append(ids, era.ID)
	}
	b.admin.Options, b.adminIDs = admins, ids
	b.admin.SetSelectedIndex(0)
}

// showAdministrations shows the administration picker where there are
// administrations to choose (a timeline may have no presidencies).
func (b *FilterBar) showAdministrations() {
	if len(b.adminIDs) == 0 {
		b.adminBox.Hide()
	} else {
		b.adminBox.Show()
	}
}

// SetEras offers ds's eras, as they now are, in the administration
// picker; an administration filtered on that is gone is no longer
// filtered on (the change reported).
func (b *FilterBar) SetEras(ds *data.Dataset) {
	was := b.silent
	b.silent = true
	b.setAdministrations(ds)
	b.sizePickers()
	b.showAdministrations()
	_, kept := ds.Era(b.filter.Administration)
	gone := b.filter.Administration != "" && !kept
	if gone {
		b.filter.Administration = ""
	}
	b.sync()
	b.silent = was
	if gone {
		b.report()
	}
}
