package charts

import (
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
func SlideScene(tl TimelineChart, card Card, width, height, progress float64, th Theme) Scene {
	top := height * SlideTimelineShare
	bottom := height - SlideProgressBar
	sc := Scene{Width: width, Height: height, Background: th.Background}
	sc.add(tl.Layout(width, top, th).Scene, 0, 0)
	sc.add(card.Layout(width, bottom-top, th), 0, top)
	sc.Boxes = append(sc.Boxes,
		Box{Rect: Rect{0, bottom, width, SlideProgressBar}, Fill: Blend(th.Grid, th.Background, 0.6)},
		Box{Rect: Rect{0, bottom, width * progress, SlideProgressBar}, Fill: th.Text})
	return sc
}

// add paints o into s with its top left corner at (dx, dy), each of its
// layers onto s's, so that the order of painting holds; a background other
// than s's becomes a box (over s's grid, then).
func (s *Scene) add(o Scene, dx, dy float64) {
	box := func(b Box) Box { b.X, b.Y = b.X+dx, b.Y+dy; return b }
	line := func(l Line) Line { l.X1, l.Y1, l.X2, l.Y2 = l.X1+dx, l.Y1+dy, l.X2+dx, l.Y2+dy; return l }
	text := func(t Text) Text { t.X, t.Y = t.X+dx, t.Y+dy; return t }
	if o.Background != s.Background {
		s.Boxes = append(s.Boxes, Box{Rect: Rect{dx, dy, o.Width, o.Height}, Fill: o.Background})
	}
	for _, l := range o.Grid {
		s.Grid = append(s.Grid, line(l))
	}
	for _, b := range o.Boxes {
		s.Boxes = append(s.Boxes, box(b))
	}
	for _, sh := range o.Shapes {
		pts := make([]Point, len(sh.Points))
		for i, p := range sh.Points {
			pts[i] = Point{p.X + dx, p.Y + dy}
		}
		sh.Points = pts
		s.Shapes = append(s.Shapes, sh)
	}
	for _, l := range o.Lines {
		s.Lines = append(s.Lines, line(l))
	}
	for _, t := range o.Texts {
		s.Texts = append(s.Texts, text(t))
	}
	for _, b := range o.OverlayBoxes {
		s.OverlayBoxes = append(s.OverlayBoxes, box(b))
	}
	for _, l := range o.OverlayLines {
		s.OverlayLines = append(s.OverlayLines, line(l))
	}
	for _, t := range o.OverlayTexts {
		s.OverlayTexts = append(s.OverlayTexts, text(t))
	}
}
