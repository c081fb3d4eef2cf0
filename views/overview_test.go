package views

import (
	"backchannel/data"
	"fmt"
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
	ds := bundledData(t)
	p := shownDetailPane(t, ds)
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
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject
		for _, tx := range all {
			if tx != h && strings.HasPrefix(tx.Text, first) && at(tx).Y <= at(h).Y {
				t.Errorf("%q starts at y=%.0f, not below its heading %q at y=%.0f", tx.Text, at(tx).Y, head, at(h).Y)
			}
		}
	}
}

// TestOverviewKeepsWhatAnEditLeft shows the overview, deletes an event
// and shows it again: the counts are the new ones, and the paragraphs
// are the ones shown before, given their new text.
func TestOverviewKeepsWhatAnEditLeft(t *testing.T) {
	ds := bundledData(t)
	p := shownDetailPane(t, ds)
	p.Clear()
	before := p.overview.paras
	n := len(ds.Events)
	if !strings.Contains(p.Text(), fmt.Sprintf("%d events", n)) {
		t.Fatalf("the overview does not count %d events:\n%s", n, p.Text())
	}
	c, err := data.DeleteEvent(ds, ds.Events[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var h data.History
	h.Do(ds, c)
	p.Clear()
	if !strings.Contains(p.Text(), fmt.Sprintf("%d events", n-1)) {
		t.Errorf("after the delete the overview does not count %d events:\n%s", n-1, p.Text())
	}
	if len(p.overview.paras) != len(before) || p.overview.paras[0] != before[0] {
		t.Errorf("the overview was made again: %d paragraphs, first kept %v", len(p.overview.paras), p.overview.paras[0] == before[0])
	}
}

// shownDetailPane is a detail pane of ds in a 420×900 window, showing the
// overview.
func shownDetailPane(t *testing.T, ds *data.Dataset) *DetailPane {
	test.NewTempApp(t)
	p := NewDetailPane(ds)
	w := test.NewWindow(p)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(420, 900))
	return p
}
