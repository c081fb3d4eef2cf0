package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
)

// sourcesRoom is the dataset the form checks against: its own sources and
// those added in the form, not yet saved.
func (ef *eventForm) sourcesRoom() *data.Dataset {
	return ef.w.Dataset.WithSources(ef.added)
}

// showAddSource asks for a new source (its issuer, title, date, number
// and address) and cites it in the form: it joins the dataset when the
// event is saved.
func (ef *eventForm) showAddSource() {
	w := ef.w
	title, issuer, date, number, address := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errMissing("a title")
		}
		return nil
	}
	date.SetPlaceHolder("2007-03-09, 2007-03 or 2007")
	items := []*widget.FormItem{widget.NewFormItem("Title", title), widget.NewFormItem("Issuer", issuer),
		widget.NewFormItem("Date", date), widget.NewFormItem("Number", number), widget.NewFormItem("Address", address)}
	d := dialog.NewForm("Add a source", "Add", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		room := ef.sourcesRoom()
		s := data.Source{ID: data.NewSourceID(room, title.Text), Title: strings.TrimSpace(title.Text), Publisher: strings.TrimSpace(issuer.Text),
			Date: strings.TrimSpace(date.Text), Identifier: strings.TrimSpace(number.Text), URL: strings.TrimSpace(address.Text)}
		ef.added = append(ef.added, s)
		cites := ef.entries["sources"]
		if strings.TrimSpace(cites.Text) == "" {
			cites.SetText(s.ID)
		} else {
			cites.SetText(strings.TrimRight(cites.Text, "; ") + "; " + s.ID)
		}
	}, w.Win)
	w.showDialog(d, fyne.NewSize(520, 0), title, nil)
}

// errMissing says a field needs something.
type errMissing string

func (e errMissing) Error() string { return "give " + string(e) }
