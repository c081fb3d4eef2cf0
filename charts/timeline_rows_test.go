package charts

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"backchannel/data"
	"backchannel/pen"
)

// TestRowsByChannelHoldTheirOwnEvents lays out random views of the record
// and of 3,000 random events a row per channel, and wants every event
// drawn in its own channel's row, the rows one under another without a
// gap or overlap, no label over another or over a row's name, every event
// in view shown, in a cluster or counted by its row's name, and the rows
// with nothing in view folded away.
func TestRowsByChannelHoldTheirOwnEvents(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	bundledTL, _ := bundledTimeline(t)
	synth := NewTimelineIndex(syntheticEvents(3000, 50))
	for i := 0; i < 300; i++ {
		tl := bundledTL
		if i%2 == 1 {
			tl = TimelineChart{Index: synth, View: FitEvents(synth.Events), Whole: FitEvents(synth.Events), Selected: -1, Hover: -1}
		}
		tl.Rows = RowsByCategory
		// from about four days to 100 years, in every theme
		tl, th, w, h, name := randomView(rng, tl, viewRange{themes: 4, minW: 500, dW: 1500, minH: 400, dH: 700, lo: -2, decades: 4}, i)
		l := tl.Layout(w, h, th)
		if l.Sections == nil && l.InView > 0 {
			t.Errorf("%s: packed, not by channel", name)
			continue
		}
		checkNoOverlap(t, name, l)
		checkSections(t, name, tl, l)
		if sel := tl.Selected; sel >= 0 && tl.Index.inView(sel, tl.View.Start, tl.View.End) {
			found := false
			for _, it := range l.Items {
				found = found || it.Event == sel
			}
			if !found {
				t.Errorf("%s: the selection, %q, is not shown", name, tl.Index.Events[sel].Title)
			}
		}
	}
}

// checkSections checks the rows of a layout by category.
func checkSections(t *testing.T, name string, tl TimelineChart, l TimelineLayout) {
	t.Helper()
	next, counted := 0, 0
	sectionOf := map[int]LaneSection{}
	for _, s := range l.Sections {
		if s.First != next || s.Lanes < 1 {
			t.Errorf("%s: row %s has lanes %d+%d, want from %d", name, s.Category, s.First, s.Lanes, next)
		}
		next = s.First + s.Lanes
		for r := s.First; r < next; r++ {
			sectionOf[r] = s
		}
		if _, plus, ok := strings.Cut(textAt(l, s.Label), " +"); ok {
			n, _ := strconv.Atoi(strings.ReplaceAll(plus, ",", ""))
			counted += n
		}
	}
	shown := 0
	inRows := map[data.Channel]int{}
	for _, it := range l.Items {
		shown += it.Count
		s, ok := sectionOf[it.Row]
		if !ok {
			t.Errorf("%s: an item on lane %d, in no row", name, it.Row)
			continue
		}
		inRows[s.Category] += it.Count
		if it.Event >= 0 && tl.Index.Events[it.Event].Channel != s.Category {
			t.Errorf("%s: %q (%s) drawn in the row of %s", name, tl.Index.Events[it.Event].Title, tl.Index.Events[it.Event].Channel, s.Category)
		}
		for _, o := range l.Sections {
			if overlaps(it.Marker, o.Label) || it.Text != "" && overlaps(it.Label, o.Label) {
				t.Errorf("%s: %q lies over the name of the row of %s", name, it.Text, o.Category)
			}
		}
	}
	for _, s := range l.Sections {
		if inRows[s.Category] == 0 && !strings.Contains(textAt(l, s.Label), "+") {
			t.Errorf("%s: the row of %s shows nothing: it should be folded away", name, s.Category)
		}
	}
	if shown+l.Overflow != l.InView || counted != l.Overflow {
		t.Errorf("%s: %d shown + %d without room != %d in view, or the rows' names count %d", name, shown, l.Overflow, l.InView, counted)
	}
}

// textAt is the text drawn in the bounds r.
func textAt(l TimelineLayout, r pen.Rect) string {
	for _, tx := range l.Scene.Texts {
		if tx.Bounds() == r {
			return tx.Body
		}
	}
	return ""
}

// TestShareLanes: a lane for each row with something in view, then the
// rest to the rows still lacking, the smallest first; none when there are
// not lanes enough for every row.
func TestShareLanes(t *testing.T) {
	tests := []struct {
		demand []int
		lanes  int
		want   []int
	}{
		{[]int{3, 0, 10, 2}, 8, []int{3, 0, 3, 2}},
		{[]int{3, 0, 10, 2}, 20, []int{3, 0, 10, 2}},
		{[]int{1, 1, 1}, 3, []int{1, 1, 1}},
		{[]int{5, 5}, 5, []int{3, 2}},
	}
	for _, tt := range tests {
		if got := shareLanes(tt.demand, tt.lanes); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("shareLanes(%v, %d) = %v, want %v", tt.demand, tt.lanes, got, tt.want)
		}
	}
	if got := shareLanes([]int{1, 1, 1}, 2); got != nil {
		t.Errorf("three rows on two lanes: %v, want none", got)
	}
}
