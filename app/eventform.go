package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
)

// The event form: every field of an event, checked as typed with the
// rules validate applies, each message at its field; Save stays off while
// a field is wrong, and a saved form is one change, undone with Ctrl+Z.

// eventForm is the form editing one event, or a new one.
type eventForm struct {
	w         *Window
	replacing string // the id of the event edited; "" for a new one
	fields    data.EventFields
	entries   map[string]*widget.Entry
	approx    *widget.Check
	channel   *widget.Select
	form      *widget.Form
	dialog    dialog.Dialog
	added     []data.Source // sources added in the form, saved with the event
}

// editSelected edits the selected event.
func (w *Window) editSelected() {
	i := w.Timeline.Selected()
	if i < 0 {
		w.Status.SetText("Select the event to edit first: click it, or step to it with ← and →")
		return
	}
	e := w.Timeline.Events()[i]
	w.showEventForm(w.Dataset.FieldsOf(*e), e.ID)
}

// newEvent opens the form on a new event at the centre of the view.
func (w *Window) newEvent() {
	v := w.Timeline.View()
	d := data.DateAt((v.Start + v.End) / 2)
	f := data.EventFields{Start: data.Date{Year: d.Year, Month: d.Month, Day: d.Day, Precision: data.PrecisionDay}.ISO(),
		Channel: w.Dataset.Categories()[0].ID}
	if ids := w.Dataset.SourceIDs(); len(ids) == 1 {
		f.Sources = ids[0] // an imported timeline's one source, its file
	}
	w.showEventForm(f, "")
}

// showEventForm shows the form on fields; it returns the form.
func (w *Window) showEventForm(fields data.EventFields, replacing string) *eventForm {
	ef := &eventForm{w: w, replacing: replacing, fields: fields, entries: map[string]*widget.Entry{}}
	var items []*widget.FormItem
	add := func(label, field, value, hint string, multiLine bool) {
		e := widget.NewEntry()
		if multiLine {
			e = widget.NewMultiLineEntry()
			e.Wrapping = fyne.TextWrapWord
			e.SetMinRowsVisible(3)
		}
		e.SetText(value)
		if !multiLine {
			e.OnSubmitted = func(string) { ef.save() } // Enter saves, as Save does: not while a field is wrong
		}
		e.Validator = ef.validator(field)
		e.OnChanged = func(string) { ef.revalidate(field) }
		ef.entries[field] = e
		items = append(items, &widget.FormItem{Text: label, Widget: e, HintText: hint})
	}
	add("Title", "title", fields.Title, "", false)
	add("Start", "start", fields.Start, "1981-01-19, 1981-01 or 1981", false)
	add("End", "end", fields.End, "for a span; empty for a day, a month or a year", false)
	ef.approx = widget.NewCheck("Approximate: the date is about right", nil)
	ef.approx.SetChecked(fields.Approximate)
	items = append(items, widget.NewFormItem("", ef.approx))
	ef.channel = widget.NewSelect(ef.categoryNames(), func(string) { ef.revalidate("channel") })
	ef.channel.SetSelected(w.Dataset.Category(ef.categoryIndex(fields.Channel)).Name())
	items = append(items, widget.NewFormItem(ef.channelLabel(), ef.channel))
	add("Participants", "participants", fields.Participants, "names, separated by ;", false)
	add("Intermediaries", "intermediaries", fields.Intermediaries, "names, separated by ;", false)
	add("Place", "location", fields.Location, "", false)
	add("Topics", "topics", fields.Topics, ef.topicsHint(), false)
	add("Summary", "summary", fields.Summary, "", true)
	add("Outcome", "outcome", fields.Outcome, "", true)
	add("Sources", "sources", fields.Sources, "the ids of the dataset's sources (Help > Sources), separated by ;", false)
	items = append(items, widget.NewFormItem("", widget.NewButton("Add a Source…", ef.showAddSource)))
	add("Accounts", "accounts", data.AccountsText(fields.Accounts), "where the parties or sources tell it differently, one a line: whose account | what it says | the source it cites", true)
	add("After", "after", fields.After, "the id of an event this one answers, where the dates cannot say which came first", false)
	add("Notes", "notes", fields.Notes, "for the lecturer: in the presenter view, never to the audience", true)
	ef.form = &widget.Form{Items: items, SubmitText: "Save", CancelText: "Cancel", OnSubmit: ef.save, OnCancel: func() { ef.dialog.Hide() }}
	title := "New event"
	if replacing != "" {
		title = "Edit event"
	}
	ef.dialog = dialog.NewCustomWithoutButtons(title, container.NewVScroll(ef.form), w.Win)
	w.eventForm = ef
	w.showDialog(ef.dialog, fyne.NewSize(720, 640), ef.entries["title"], nil)
	ef.revalidate("")
	return ef
}

// current is the form's fields as they stand.
func (ef *eventForm) current() data.EventFields {
	f := ef.fields
	text := func(field string) string { return ef.entries[field].Text }
	f.Title, f.Start, f.End = text("title"), text("start"), text("end")
	f.Participants, f.Intermediaries, f.Location = text("participants"), text("intermediaries"), text("location")
	f.Topics, f.Summary, f.Outcome = text("topics"), text("summary"), text("outcome")
	f.Sources, f.After, f.Notes = text("sources"), text("after"), text("notes")
	f.Accounts, f.AccountsProblem = data.ReadAccounts(text("accounts"))
	f.Approximate = ef.approx.Checked
	f.Channel = ef.w.Dataset.Category(ef.categoryIndex(ef.channelID())).ID
	if f.ID == "" {
		f.ID = data.NewEventID(ef.w.Dataset, f.Title)
	}
	return f
}

// validator says what is wrong with field, as the whole form stands.
func (ef *eventForm) validator(field string) func(string) error {
	return func(string) error {
		if ef.form == nil {
			return nil // the form is still being made
		}
		_, problems := ef.sourcesRoom().CheckEvent(ef.current(), ef.replacing)
		if m := problems[field]; m != "" {
			return errors.New(m)
		}
		return nil
	}
}

// revalidate checks every field again after one changed: an end that was
// before the start is right again once the start moves.
func (ef *eventForm) revalidate(changed string) {
	if ef.form == nil {
		return // the form is still being made
	}
	for field, e := range ef.entries {
		if field != changed {
			e.Validate()
		}
	}
	ef.form.Refresh()
}

// save puts the event in the dataset, as one change.
func (ef *eventForm) save() {
	e, problems := ef.sourcesRoom().CheckEvent(ef.current(), ef.replacing)
	if len(problems) > 0 {
		for field, m := range problems {
			ef.w.Status.SetText(fmt.Sprintf("Not saved: %s: %s", field, m))
		}
		return
	}
	ef.dialog.Hide()
	put := data.PutEventNear(ef.w.Dataset, e, ef.replacing, max(ef.w.Timeline.Selected(), 0))
	steps := []data.Change{}
	for _, s := range ef.added {
		steps = append(steps, data.AddSource(s))
	}
	ef.w.doChange(data.Steps(put.Label, append(steps, put)...))
	// The event is shown where the change put it, or near (a filter leaves
	// out only events before it).
	if i := data.IndexNear(ef.w.Timeline.Events(), e.ID, put.PutAt()); i >= 0 {
		ef.w.Timeline.Select(i)
	}
}

// categoryNames are the names the channel list offers.
func (ef *eventForm) categoryNames() []string {
	var names []string
	for _, c := range ef.w.Dataset.Categories() {
		names = append(names, c.Name())
	}
	return names
}

// categoryIndex is the category with id, the first when there is none.
func (ef *eventForm) categoryIndex(id string) data.Channel {
	ch, _ := ef.w.Dataset.CategoryIndex(id)
	return ch
}

// channelID is the id of the category chosen.
func (ef *eventForm) channelID() string {
	for _, c := range ef.w.Dataset.Categories() {
		if c.Name() == ef.channel.Selected {
			return c.ID
		}
	}
	return ""
}

// channelLabel names the channel field: Channel, or Category for an
// imported timeline.
func (ef *eventForm) channelLabel() string {
	if ef.w.Dataset.UsesChannels() {
		return "Channel"
	}
	return "Category"
}

// topicsHint lists the dataset's topics, where it has its own.
func (ef *eventForm) topicsHint() string {
	if len(ef.w.Dataset.Topics) == 0 {
		return "words, separated by ;"
	}
	var ids []string
	for id := range ef.w.Dataset.Topics {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return "of " + strings.Join(ids, ", ")
}
