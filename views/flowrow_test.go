package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestAFlowRowWrapsAndTheLastTakesTheRest: three boxes 100 wide and a
// last one of at least 120: in 500 they share a line, the last taking
// what is left; in 250 the third begins a second line, which the last
// shares, taking its rest; in 200 the last has a line of its own. None
// reaches past the width, the row asks for its lines' height, and it may
// be as narrow as its widest box.
func TestAFlowRowWrapsAndTheLastTakesTheRest(t *testing.T) {
	test.NewTempApp(t)
	box := func(w, h float32) *canvas.Rectangle {
		r := canvas.NewRectangle(nil)
		r.SetMinSize(fyne.NewSize(w, h))
		return r
	}
	a, b, c, last := box(100, 20), box(100, 30), box(100, 20), box(10, 20)
	row := container.New(&flowRow{stretchLast: true, lastMin: 120}, a, b, c, last)
	pad := theme.Padding()

	row.Resize(fyne.NewSize(500, 100))
	if last.Position().Y != a.Position().Y || last.Size().Width != 500-3*(100+pad) {
		t.Errorf("at 500 the last box is at %v, %v wide, want on the first line taking the rest", last.Position(), last.Size().Width)
	}
	if b.Position().Y != 0 || a.Position().Y != 5 {
		t.Errorf("the line's boxes are not centred on it: %v %v", a.Position(), b.Position())
	}
	if h := row.MinSize().Height; h != 30 {
		t.Errorf("one line asks for %v, want 30", h)
	}

	row.Resize(fyne.NewSize(250, 100))
	for _, o := range row.Objects {
		if right := o.Position().X + o.Size().Width; right > 250 {
			t.Errorf("a box reaches %v, past 250", right)
		}
	}
	if c.Position() != fyne.NewPos(0, 30+pad) || last.Position() != fyne.NewPos(100+pad, 30+pad) || last.Size().Width != 250-(100+pad) {
		t.Errorf("at 250: c at %v, last at %v %v wide; want both on a second line, the last taking its rest", c.Position(), last.Position(), last.Size().Width)
	}
	if m := row.MinSize(); m != fyne.NewSize(120, 30+pad+20) {
		t.Errorf("at 250 the row asks for %v, want 120 × two lines", m)
	}

	row.Resize(fyne.NewSize(200, 100))
	if b.Position().X != 0 || last.Position().X != 0 || last.Size().Width != 200 {
		t.Errorf("at 200: b at %v, last at %v %v wide; want each on a line of its own", b.Position(), last.Position(), last.Size().Width)
	}
	if m := row.MinSize(); m != fyne.NewSize(120, 20+30+20+20+3*pad) {
		t.Errorf("at 200 the row asks for %v, want 120 × four lines", m)
	}
}
