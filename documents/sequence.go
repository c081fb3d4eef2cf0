package documents

import (
	"backchannel/charts"
	"backchannel/data"
)

// A presentation's slides come in the order of the events it is given:
// time order for a filter's events, a lecture's own for its steps. The
// timeline of every slide is the same, its events in time order; each
// slide selects its event there and glides to the step's own stretch of
// time, or to the event among its neighbours.

// slideSteps are where each of events, in their order, stands in ix, and
// the view its slide shows: the step's own where steps gives one (steps
// is nil, or one an event), else the event in context within whole.
func slideSteps(ix *charts.TimelineIndex, events []*data.Event, steps []data.TourStep, whole charts.TimeView) (at []int, views []charts.TimeView) {
	place := make(map[string]int, ix.Len())
	for i, e := range ix.Events {
		place[e.ID] = i
	}
	for k, e := range events {
		i := k
		if k >= ix.Len() || ix.Events[k].ID != e.ID {
			i = place[e.ID]
		}
		v := whole.InContext(ix.Events, i)
		if k < len(steps) && steps[k].ViewEnd > steps[k].ViewStart {
			v.Start, v.End = steps[k].ViewStart, steps[k].ViewEnd
		}
		at, views = append(at, i), append(views, v)
	}
	return at, views
}
