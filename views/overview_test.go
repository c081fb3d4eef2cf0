package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// TestOverviewHeadingsStandOnTheirOwnLines lays the detail pane out and
// checks each overview heading is drawn on a line of its own, above its
// text, not run into it ("By channelDirect 9").
func TestOverviewHeadingsStandOnTheirOwnLines(t *testing.T) {
	test.NewTempApp(t)
	ds := bundledData(t)
	p := NewDetailPane(ds)
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(420, 900))
	texts := map[string]*canvas.Text{}
	var all []*canvas.Text
	for _, o := range test.LaidOutObjects(p) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			all = append(all, tx)
			texts[tx.Text] = tx
		}
	}
	for _, part := range OverviewParts(ds) {
		head := part[0]
		if head == "" {
			continue
		}
		h, ok := texts[head]
		if !ok {
			var drawn []string
			for _, tx := range all {
				drawn = append(drawn, tx.Text)
			}
			t.Fatalf("heading %q is not drawn on its own; drawn: %q", head, drawn)
		}
		first := strings.Fields(part[1])[0]
		for _, tx := range all {
			if tx != h && strings.HasPrefix(tx.Text, first) && tx.Position().Y <= h.Position().Y {
				t.Errorf("%q starts at y=%.0f, not below its heading %q at y=%.0f", tx.Text, tx.Position().Y, head, h.Position().Y)
			}
		}
	}
}
