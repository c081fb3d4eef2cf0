package charts

import (
	"backchannel/data"
	"strings"
	"testing"
)

// TestDescribingAndPackingAgreeOnWhatIsInView: for views of every size,
// edges falling on event dates among them, the description counts the
// events the packer was offered ("in view"), no more and no fewer.
func TestDescribingAndPackingAgreeOnWhatIsInView(t *testing.T) {
	tl, _ := bundledTimeline(t)
	views := []TimeView{FitEvents(tl.Index.Events)}
	for i, e := range tl.Index.Events {
		if i%7 != 0 {
			continue
		}
		// Views that start or end exactly on an event, on its year, inside a span.
		views = append(views, NewTimeView(e.Start.Begin(), e.Start.Begin()+3), NewTimeView(e.Start.Begin()-2, e.Start.Begin()),
			NewTimeView(e.Start.Finish(), e.Start.Finish()+1), NewTimeView(float64(e.Start.Year)+0.5, float64(e.Start.Year)+0.75))
	}
	for _, v := range views {
		tl.View = v
		l := tl.Layout(1280, 560, Light)
		desc := tl.Describe()
		want := data.EventsCount(l.InView) + " in view"
		if !strings.Contains(desc, ": "+want) {
			t.Errorf("view %.4f–%.4f: packed %d in view, the description says %q", v.Start, v.End, l.InView, desc[:min(len(desc), 120)])
		}
	}
}
