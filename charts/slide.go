package charts

import (
	"backchannel/pen"
	"fmt"

	"backchannel/data"
)

// SlideTimelineShare is how much of a presentation slide's height the
// timeline takes above the caption card; SlideProgressBar is the height of
// the progress bar along its bottom.
const (
	SlideTimelineShare = 0.56
	SlideProgressBar   = 8
)

// CardFor is the caption card a presentation shows for event e of ds: its
// title, dates, channel and administration, summary and first source.
func CardFor(ds *data.Dataset, e data.Event) Card {
	meta := ds.Category(e.Channel).Label
	if era, ok := ds.AdministrationOf(e); ok {
		meta += " · " + era.AdministrationName()
	}
	src := ""
	if len(e.Sources) > 0 {
		src = "Source: " + ds.Source(e.Sources[0]).Citation()
		if n := len(e.Sources) - 1; n > 0 {
			src += fmt.Sprintf(" (+%d more)", n)
		}
	}
	return Card{Title: e.Title, Date: e.ShownDates(), Channel: e.Channel, Meta: meta, Summary: e.Summary, Source: src}
}

// SlideScene is one presentation slide as one picture, as the screen
// shows it: the timeline over the caption card, and the progress bar,
// progress (0 to 1) of the way along.
func SlideScene(tl TimelineChart, card Card, width, height, progress float64, th Theme) pen.Scene {
	top := height * SlideTimelineShare
	bottom := height - SlideProgressBar
	sc := pen.Scene{Width: width, Height: height, Background: th.Background}
	sc.Add(tl.Layout(width, top, th).Scene, 0, 0)
	sc.Add(card.Layout(width, bottom-top, th), 0, top)
	sc.Boxes = append(sc.Boxes,
		pen.Box{Rect: pen.Rect{X: 0, Y: bottom, W: width, H: SlideProgressBar}, Fill: pen.Blend(th.Grid, th.Background, 0.6)},
		pen.Box{Rect: pen.Rect{X: 0, Y: bottom, W: width * progress, H: SlideProgressBar}, Fill: th.Text})
	return sc
}
