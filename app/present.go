package app

import (
	"fmt"
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/views"
)

// stepDuration is how long the timeline takes to glide to the next event.
const stepDuration = 300 * time.Millisecond

// chartSlides are the slides after the events: the two charts.
var chartSlides = []charts.Kind{charts.Decades, charts.Channels}

// Blank is what covers the screen when the lecturer blanks it.
type Blank uint8

// The blank states: none, black, white.
const (
	NotBlank Blank = iota
	BlankBlack
	BlankWhite
)

// Presentation is the full-screen mode for teaching: the timeline and a
// large caption card for the current event, stepped through with the keys
// a presentation clicker sends, then the two charts as slides.
type Presentation struct {
	w      *Window
	events []data.Event // the sequence: the filtered events, in time order
	index  int          // the slide: events first, then the chart slides
	back   int          // the event to return to from the charts with C
	blank  Blank
	digits string // a slide number being typed
	clock  bool
	theme  charts.Theme

	timeline *views.TimelineView
	card     *views.SceneView
	chart    *views.SceneView
	track    *canvas.Rectangle
	fill     *canvas.Rectangle
	corner   *canvas.Text
	cover    *canvas.Rectangle
	root     *fyne.Container
	layout   *presentLayout
	anim     *fyne.Animation
	stop     chan struct{}

	savedContent fyne.CanvasObject
	savedMenu    *fyne.MainMenu
	savedTheme   charts.Theme
}

// Present enters presentation mode on the events the filters show,
// starting at the selected event or the first.
func (w *Window) Present() {
	if w.presenting != nil {
		return
	}
	if len(w.Shown) == 0 {
		dialog.ShowInformation("Nothing to present", "No event passes the filters. Clear them (Ctrl+R) and try again.", w.Win)
		return
	}
	start := 0
	if i := w.Timeline.Selected(); i >= 0 {
		start = i
	}
	w.startPresentation(start)
}

func (w *Window) startPresentation(start int) {
	p := &Presentation{w: w, events: w.Shown, theme: charts.Projector, stop: make(chan struct{})}
	w.presenting = p
	p.savedContent, p.savedMenu, p.savedTheme = w.Win.Content(), w.Win.MainMenu(), w.Theme
	w.App.Settings().SetTheme(appTheme(p.theme))

	p.timeline = views.NewTimelineView(p.events, w.Dataset.Eras, p.theme)
	p.timeline.SetCategories(w.Dataset.Categories())
	p.timeline.NoFocus = true
	p.timeline.SetToday(todayYear())
	p.card = views.NewSceneView(p.cardScene)
	p.chart = views.NewSceneView(p.chartScene)
	p.track = canvas.NewRectangle(charts.Blend(p.theme.Grid, p.theme.Background, 0.6))
	p.fill = canvas.NewRectangle(p.theme.Text)
	p.corner = canvas.NewText("", p.theme.Muted)
	p.corner.TextSize = 22
	p.corner.Alignment = fyne.TextAlignTrailing
	p.cover = canvas.NewRectangle(color.Black)
	p.cover.Hide()
	p.corner.Hide()
	p.layout = &presentLayout{}
	p.root = container.New(p.layout, p.timeline, p.card, p.chart, p.track, p.fill, p.corner, p.cover)

	w.Win.SetMainMenu(nil)
	w.Win.SetContent(p.root)
	w.Win.SetFullScreen(true)
	c := w.Win.Canvas()
	c.Unfocus()
	c.SetOnTypedKey(p.Key)
	c.SetOnTypedRune(p.Rune)
	go p.tickClock()

	p.index = min(max(start, 0), len(p.events)-1)
	p.timeline.SetView(p.timeline.View().InContext(p.events, p.index))
	p.show(false)
}

// Leave returns to the window as it was, with the current event selected.
func (p *Presentation) Leave() {
	w := p.w
	if p.anim != nil {
		p.anim.Stop()
	}
	close(p.stop)
	w.presenting = nil
	w.Win.SetFullScreen(false)
	w.Win.SetContent(p.savedContent)
	w.Win.SetMainMenu(p.savedMenu)
	w.App.Settings().SetTheme(appTheme(p.savedTheme))
	c := w.Win.Canvas()
	c.SetOnTypedKey(w.otherKey)
	c.SetOnTypedRune(nil)
	if p.index < len(p.events) {
		id := p.events[p.index].ID
		for i, e := range w.Timeline.Events() {
			if e.ID == id {
				w.Timeline.Select(i)
			}
		}
	}
	c.Focus(w.Timeline)
}

// Index is the current slide: 0 to len(events)-1 for events, then the charts.
func (p *Presentation) Index() int { return p.index }

// Events is the sequence being presented.
func (p *Presentation) Events() []data.Event { return p.events }

// Blanked says what covers the screen.
func (p *Presentation) Blanked() Blank { return p.blank }

// Slides is the number of slides: the events and the charts.
func (p *Presentation) Slides() int { return len(p.events) + len(chartSlides) }

// Key handles the keys of a keyboard or a presentation clicker.
func (p *Presentation) Key(ev *fyne.KeyEvent) {
	if p.blank != NotBlank {
		p.setBlank(NotBlank) // any key brings the screen back
		return
	}
	switch ev.Name {
	case fyne.KeyRight, fyne.KeyDown, fyne.KeyPageDown, fyne.KeySpace:
		p.Go(p.index + 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		if p.digits != "" {
			n, _ := strconv.Atoi(p.digits)
			p.digits = ""
			p.Go(n - 1)
		} else {
			p.Go(p.index + 1)
		}
	case fyne.KeyLeft, fyne.KeyUp, fyne.KeyPageUp:
		p.Go(p.index - 1)
	case fyne.KeyBackspace:
		if p.digits != "" {
			p.digits = p.digits[:len(p.digits)-1]
			p.updateCorner()
		} else {
			p.Go(p.index - 1)
		}
	case fyne.KeyHome:
		p.Go(0)
	case fyne.KeyEnd:
		p.Go(len(p.events) - 1)
	case fyne.KeyEscape:
		if p.digits != "" {
			p.digits = ""
			p.updateCorner()
			return
		}
		p.Leave()
	}
}

// Rune handles typed characters: digits for a slide number, B or . for a
// black screen, W for white, C for the charts, T for the clock.
func (p *Presentation) Rune(r rune) {
	if p.blank != NotBlank {
		return // the key that unblanked has been handled
	}
	switch {
	case r >= '0' && r <= '9':
		if len(p.digits) < 6 {
			p.digits += string(r)
		}
		p.updateCorner()
	case r == 'b' || r == 'B' || r == '.':
		p.setBlank(BlankBlack)
	case r == 'w' || r == 'W':
		p.setBlank(BlankWhite)
	case r == 'c' || r == 'C':
		if p.index < len(p.events) {
			p.back = p.index
			p.Go(len(p.events))
		} else {
			p.Go(p.back)
		}
	case r == 't' || r == 'T':
		p.clock = !p.clock
		p.updateCorner()
	}
}

// Go moves to slide i, gliding the timeline there.
func (p *Presentation) Go(i int) {
	i = min(max(i, 0), p.Slides()-1)
	if i == p.index {
		return
	}
	p.index = i
	p.show(true)
}

// show draws the current slide, animating the timeline when glide is set.
func (p *Presentation) show(glide bool) {
	onEvent := p.index < len(p.events)
	if onEvent {
		p.chart.Hide()
		p.timeline.Show()
		p.card.Show()
		p.timeline.SetSelected(p.index)
		target := p.timeline.View().InContext(p.events, p.index)
		if glide {
			p.glide(target)
		} else {
			p.timeline.SetView(target)
		}
		p.card.Refresh()
	} else {
		p.timeline.Hide()
		p.card.Hide()
		p.chart.Show()
		p.chart.Refresh()
	}
	p.root.Refresh()
	p.updateCorner()
}

// glide animates the timeline from where it is to target.
func (p *Presentation) glide(target charts.TimeView) {
	if p.anim != nil {
		p.anim.Stop()
	}
	if p.w.ReducedMotion() {
		p.timeline.SetView(target) // a cut, not a glide
		return
	}
	p.anim = fyne.NewAnimation(stepDuration, p.glideStep(p.timeline.View(), target))
	p.anim.Curve = fyne.AnimationLinear // Toward eases by itself
	p.anim.Start()
}

// glideStep is one frame of a glide: a fraction f of the way from from to
// target, and exactly target at the end.
func (p *Presentation) glideStep(from, target charts.TimeView) func(float32) {
	return func(f float32) {
		p.timeline.SetView(from.Toward(target, float64(f)))
	}
}

func (p *Presentation) setBlank(b Blank) {
	p.blank = b
	switch b {
	case BlankBlack:
		p.cover.FillColor = color.Black
		p.cover.Show()
	case BlankWhite:
		p.cover.FillColor = color.White
		p.cover.Show()
	default:
		p.cover.Hide()
	}
	// A shown or hidden object is repainted with its container.
	p.root.Refresh()
}

// Card is the caption of the current event.
func (p *Presentation) Card() charts.Card {
	if p.index >= len(p.events) {
		return charts.Card{}
	}
	ds := p.w.Dataset
	e := p.events[p.index]
	meta := ds.Category(e.Channel).Label
	if era, ok := ds.AdministrationOf(e); ok {
		meta += " · " + era.Name + " administration"
	}
	src := ""
	if len(e.Sources) > 0 {
		id := e.Sources[0]
		src = "Source: " + ds.Source(id).Citation()
		if n := len(e.Sources) - 1; n > 0 {
			src += fmt.Sprintf(" (+%d more)", n)
		}
	}
	return charts.Card{Title: e.Title, Date: views.EventDates(e), Channel: e.Channel, Meta: meta, Summary: e.Summary, Source: src}
}

func (p *Presentation) cardScene(w, h float64) charts.Scene { return p.Card().Layout(w, h, p.theme) }

func (p *Presentation) chartScene(w, h float64) charts.Scene {
	k := chartSlides[0]
	if s := p.index - len(p.events); s >= 0 && s < len(chartSlides) {
		k = chartSlides[s]
	}
	bc := charts.NewBarChart(k, p.w.Dataset, p.events, p.w.Filter.Describe(p.w.Dataset))
	return bc.Layout(w, h, p.theme).Scene
}

// updateCorner shows the typed slide number, or the clock and counter
// when the lecturer turned them on, and moves the progress bar.
func (p *Presentation) updateCorner() {
	switch {
	case p.digits != "":
		p.corner.Text = "Go to " + p.digits + " ⏎"
		p.corner.Show()
	case p.clock:
		p.corner.Text = fmt.Sprintf("%s   %d / %d", time.Now().Format("15:04"), p.index+1, p.Slides())
		p.corner.Show()
	default:
		p.corner.Hide()
	}
	p.layout.progress = float32(p.index+1) / float32(p.Slides())
	p.corner.Refresh()
	p.root.Refresh()
}

// Progress is the fraction of the slides shown so far, as the bar draws it.
func (p *Presentation) Progress() float32 { return p.layout.progress }

// CornerText is what the corner shows, "" when hidden.
func (p *Presentation) CornerText() string {
	if !p.corner.Visible() {
		return ""
	}
	return p.corner.Text
}

// tickClock keeps the presenter's clock current until the mode ends.
func (p *Presentation) tickClock() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			fyne.Do(func() {
				if p.clock && p.digits == "" {
					p.updateCorner()
				}
			})
		}
	}
}

// presentLayout puts the timeline over the caption card, a thin progress
// bar along the bottom, the clock in the top right corner, and the chart
// slide or the blank cover over everything.
type presentLayout struct {
	progress float32 // how far through the slides, for the bar
}

// Layout implements fyne.Layout; objects come in the order startPresentation adds them.
func (l *presentLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	const bar = 8
	timeline, card, chart, track, fill, corner, cover := objs[0], objs[1], objs[2], objs[3], objs[4], objs[5], objs[6]
	top := size.Height * 0.56
	timeline.Move(fyne.NewPos(0, 0))
	timeline.Resize(fyne.NewSize(size.Width, top))
	card.Move(fyne.NewPos(0, top))
	card.Resize(fyne.NewSize(size.Width, size.Height-top-bar))
	chart.Move(fyne.NewPos(0, 0))
	chart.Resize(fyne.NewSize(size.Width, size.Height-bar))
	track.Move(fyne.NewPos(0, size.Height-bar))
	track.Resize(fyne.NewSize(size.Width, bar))
	fill.Move(fyne.NewPos(0, size.Height-bar))
	fill.Resize(fyne.NewSize(size.Width*l.progress, bar))
	cs := corner.MinSize()
	corner.Move(fyne.NewPos(size.Width-cs.Width-24, 16))
	corner.Resize(cs)
	cover.Move(fyne.NewPos(0, 0))
	cover.Resize(size)
}

// MinSize implements fyne.Layout.
func (l *presentLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(640, 400) }
