package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
)

// eraRow is one era in the properties form: its fields, and whether it is
// to go.
type eraRow struct {
	id                string // "" for the new era's row
	name, start, end  *widget.Entry
	band              *widget.Select
	ongoing, removing *widget.Check
}

// bandNames are the bands as the form offers them, in data.Bands' order.
var bandNames = map[data.Band]string{data.BandGeneral: "Era", data.BandUSPresident: "U.S. president",
	data.BandIranPresident: "Iranian president", data.BandIranLeader: "Supreme Leader"}

// newEraRow makes the row of era e (the new era's row when e.ID is "").
func newEraRow(e data.Era) *eraRow {
	var names []string
	for _, b := range data.Bands() {
		names = append(names, bandNames[b])
	}
	r := &eraRow{id: e.ID, name: widget.NewEntry(), start: widget.NewEntry(), end: widget.NewEntry(),
		band: widget.NewSelect(names, nil), ongoing: widget.NewCheck("still running", nil), removing: widget.NewCheck("remove", nil)}
	r.name.SetText(e.Name)
	r.name.SetPlaceHolder("name")
	r.start.SetPlaceHolder("start, e.g. 1989-06-04")
	r.end.SetPlaceHolder("end; empty: open to today")
	r.band.SetSelected(bandNames[data.BandGeneral])
	if e.ID != "" {
		r.start.SetText(e.Start.ISO())
		r.end.SetText(e.End.ISOOrNone())
		r.band.SetSelected(bandNames[e.Band])
		r.ongoing.SetChecked(e.Ongoing)
	}
	return r
}

// widget lays the row out: name and band, then dates and checks.
func (r *eraRow) widget() fyne.CanvasObject {
	checks := container.NewHBox(r.ongoing)
	if r.id != "" {
		checks.Add(r.removing)
	}
	return container.NewVBox(container.NewBorder(nil, nil, nil, r.band, r.name),
		container.NewBorder(nil, nil, nil, checks, container.NewGridWithColumns(2, r.start, r.end)))
}

// era reads the row's era; ok is false for the new era's row left empty,
// or a row to remove.
func (r *eraRow) era(taken func(string) bool) (e data.Era, ok bool, err error) {
	if r.removing.Checked || r.id == "" && strings.TrimSpace(r.name.Text) == "" {
		return data.Era{}, false, nil
	}
	band := data.BandGeneral
	for b, name := range bandNames {
		if name == r.band.Selected {
			band = b
		}
	}
	id := r.id
	if id == "" {
		id = data.UniqueID(r.name.Text, "era", taken)
	}
	e, err = data.EraOf(id, r.name.Text, band, r.start.Text, r.end.Text, r.ongoing.Checked)
	return e, true, err
}

// erasOf reads every row's era, in the rows' order.
func erasOf(rows []*eraRow) ([]data.Era, error) {
	var eras []data.Era
	taken := func(id string) bool {
		for _, r := range rows {
			if r.id == id {
				return true
			}
		}
		return false
	}
	for _, r := range rows {
		e, ok, err := r.era(taken)
		if err != nil {
			return nil, err
		}
		if ok {
			eras = append(eras, e)
		}
	}
	return eras, nil
}

// problemMessages are the messages of the problems err lists, without the
// places in a file that was never written.
func problemMessages(err error) string {
	var ps data.Problems
	if !errors.As(err, &ps) {
		return err.Error()
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.Message)
	}
	return strings.Join(out, "; ")
}
