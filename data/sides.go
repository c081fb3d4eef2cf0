package data

// Dialogue and pressure: a tally whose categories declare the pressure
// role is read as two sides, the talks above and the pressure below.

// Diverges reports whether the tally is read as dialogue against
// pressure: some of its categories are pressure and some dialogue.
func (t Tally) Diverges() bool {
	pressure, dialogue := false, false
	for _, c := range t.Categories {
		pressure = pressure || c.IsPressure()
		dialogue = dialogue || !c.IsPressure()
	}
	return pressure && dialogue
}

// Sides returns row r's dialogue and its pressure: the events of the
// categories of each role.
func (t Tally) Sides(r int) (dialogue, pressure int) {
	for i, n := range t.Counts[r] {
		if t.Categories[i].IsPressure() {
			pressure += n
		} else {
			dialogue += n
		}
	}
	return dialogue, pressure
}

// MaxSides returns the largest dialogue and the largest pressure of any
// row.
func (t Tally) MaxSides() (dialogue, pressure int) {
	for r := range t.Rows {
		d, p := t.Sides(r)
		dialogue, pressure = max(dialogue, d), max(pressure, p)
	}
	return dialogue, pressure
}

// HasRoles reports whether any of the dataset's categories is pressure.
func (d *Dataset) HasRoles() bool {
	for _, c := range d.Categories() {
		if c.IsPressure() {
			return true
		}
	}
	return false
}
