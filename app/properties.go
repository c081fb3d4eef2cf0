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

// propertiesForm edits what the timeline says of itself: its title,
// introduction and coverage, and its own categories' names and roles (a
// new one too); a saved form is one change.
type propertiesForm struct {
	w            *Window
	title, intro *widget.Entry
	from, to     *widget.Entry
	labels       []*widget.Entry
	roles        []*widget.Select
	added        *widget.Entry
	eras         []*eraRow // each era's, then the new era's
	form         *widget.Form
	dialog       dialog.Dialog
}

// roleNames are the roles as the form offers them.
var roleNames = []string{"Dialogue", "Pressure"}

// showProperties shows the timeline's properties to edit; it returns the
// form.
func (w *Window) showProperties() *propertiesForm {
	p := w.Dataset.PropertiesOf()
	pf := &propertiesForm{w: w, title: widget.NewEntry(), intro: widget.NewMultiLineEntry(), from: widget.NewEntry(), to: widget.NewEntry(), added: widget.NewEntry()}
	pf.title.SetText(p.Title)
	pf.title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a timeline needs a title")
		}
		return nil
	}
	pf.intro.SetText(p.Intro)
	pf.intro.Wrapping = fyne.TextWrapWord
	pf.from.SetText(p.Coverage.From.ISOOrNone())
	pf.to.SetText(p.Coverage.To.ISOOrNone())
	pf.from.Validator, pf.to.Validator = pf.coverageCheck("from"), pf.coverageCheck("to")
	pf.from.OnChanged = func(string) { pf.to.Validate() }
	pf.to.OnChanged = func(string) { pf.from.Validate() }
	items := []*widget.FormItem{widget.NewFormItem("Title", pf.title), widget.NewFormItem("Introduction", pf.intro),
		{Text: "Covers from", Widget: pf.from, HintText: "the first date the record documents, e.g. 1979"},
		{Text: "Covers to", Widget: pf.to, HintText: "the last month it documents, e.g. 2026-06; empty for no stated end"}}
	for _, c := range p.Categories {
		label := widget.NewEntry()
		label.SetText(c.Name())
		role := widget.NewSelect(roleNames, nil)
		role.SetSelected(roleNames[boolIndex(c.IsPressure())])
		pf.labels, pf.roles = append(pf.labels, label), append(pf.roles, role)
		items = append(items, widget.NewFormItem("Category “"+c.ID+"”", container.NewBorder(nil, nil, nil, role, label)))
	}
	if w.Dataset.UsesChannels() {
		items = append(items, widget.NewFormItem("Channels", widget.NewLabel("the six channels: coercion is pressure, the others dialogue")))
	} else {
		pf.added.SetPlaceHolder("a new category's name, or nothing")
		items = append(items, widget.NewFormItem("New category", pf.added))
	}
	for _, e := range append(p.Eras, data.Era{}) {
		r := newEraRow(e)
		pf.eras = append(pf.eras, r)
		label := "Era"
		if e.ID == "" {
			label = "New era"
		}
		items = append(items, widget.NewFormItem(label, r.widget()))
	}
	pf.form = &widget.Form{Items: items, SubmitText: "Save", CancelText: "Cancel", OnSubmit: pf.save, OnCancel: func() { pf.dialog.Hide() }}
	pf.dialog = dialog.NewCustomWithoutButtons("Timeline properties", container.NewVScroll(pf.form), w.Win)
	w.showDialog(pf.dialog, fyne.NewSize(640, 560), pf.title, nil)
	return pf
}

// coverageCheck says what is wrong with the coverage, at field.
func (pf *propertiesForm) coverageCheck(field string) func(string) error {
	return func(string) error {
		if pf.from == nil || pf.to == nil {
			return nil
		}
		_, problems := pf.w.Dataset.CheckCoverage(pf.from.Text, pf.to.Text)
		if m := problems[field]; m != "" {
			return errors.New(m)
		}
		return nil
	}
}

// save makes the properties as the form has them, as one change.
func (pf *propertiesForm) save() {
	w := pf.w
	p := w.Dataset.PropertiesOf()
	p.Title, p.Intro = strings.TrimSpace(pf.title.Text), strings.TrimSpace(pf.intro.Text)
	cov, problems := w.Dataset.CheckCoverage(pf.from.Text, pf.to.Text)
	if len(problems) > 0 {
		return
	}
	p.Coverage = cov
	for i := range p.Categories {
		p.Categories[i].Label = strings.TrimSpace(pf.labels[i].Text)
		p.Categories[i].Role = map[string]string{"Pressure": data.RolePressure}[pf.roles[i].Selected]
	}
	if name := strings.TrimSpace(pf.added.Text); name != "" && !w.Dataset.UsesChannels() {
		taken := func(id string) bool {
			return slices.ContainsFunc(p.Categories, func(c data.Category) bool { return c.ID == id })
		}
		p.Categories = append(p.Categories, data.Category{ID: data.UniqueID(name, "category", taken), Label: name})
	}
	eras, err := erasOf(pf.eras)
	if err != nil {
		w.showError(fmt.Errorf("the eras: %v", err))
		return
	}
	p.Eras = eras
	if err := w.Dataset.ProblemsWith(p); err != nil {
		w.showError(fmt.Errorf("not saved, since the timeline would not open again: %s", problemMessages(err)))
		return
	}
	c, err := data.SetProperties(w.Dataset, p)
	if err != nil {
		w.showError(err)
		return
	}
	pf.dialog.Hide()
	w.doChange(c)
}

// boolIndex is 1 for true, 0 for false.
func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
