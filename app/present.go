package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/pen"
	"backchannel/views"
)

// stepDuration is how long the timeline takes to glide to the next event.
const stepDuration = 300 * time.Millisecond

// chartSlides are the slides after the events: the two charts.
var chartSlides = []charts.Kind{charts.Decades, charts.Channels}

// Presentation is the full-screen mode for teaching: the timeline and a
// large caption card for the current event, stepped through with the keys
// a presentation clicker sends, then the two charts as slides. The deck
// decides; the presentation shows.
type Presentation struct {
	w      *Window
	events []*data.Event // the sequence: the filtered events in time order, or a lecture's in its order
	steps  []TourStep    // a lecture's steps, one an event; nil when presenting a filter
	deck   *Deck
	theme  charts.Theme

	view     *presentView
	timeline *views.TimelineView
	card     *views.SceneView
	chart    *views.SceneView
	glider   glider
	stop     chan struct{}

	autoEvery time.Duration // how long a slide shows when the deck advances by itself
	autoTimer *time.Timer   // the next such step, nil when none is due

	started   time.Time      // when the presentation began
	presenter *presenterView // the lecturer's window, nil when not open

	savedStatus  string // the status line before the slides were named on it
	savedContent fyne.CanvasObject
	savedMenu    *fyne.MainMenu
	savedTheme   charts.Theme
}

// deckKeys are the keys a keyboard or a presentation clicker sends, and
// what each asks of the deck.
var deckKeys = map[fyne.KeyName]DeckKey{
	fyne.KeyRight: DeckNext, fyne.KeyDown: DeckNext, fyne.KeyPageDown: DeckNext, fyne.KeySpace: DeckNext,
	fyne.KeyLeft: DeckBack, fyne.KeyUp: DeckBack, fyne.KeyPageUp: DeckBack,
	fyne.KeyReturn: DeckConfirm, fyne.KeyEnter: DeckConfirm, fyne.KeyBackspace: DeckErase,
	fyne.KeyHome: DeckFirst, fyne.KeyEnd: DeckLast, fyne.KeyEscape: DeckLeave,
}

// Present enters presentation mode on the events the filters show,
// starting at the selected event or the first.
func (w *Window) Present() {
	if w.presenting != nil {
		return
	}
	if len(w.Shown) == 0 {
		w.showInformation("Nothing to present", "No event passes the filters. Clear them (Ctrl+R) and try again.")
		return
	}
	w.startPresentation(max(w.Timeline.Selected(), 0))
}

// startPresentation presents the events the filters show, from start.
func (w *Window) startPresentation(start int) { w.startPresenting(w.Shown, nil, start) }

// startPresenting takes the window over to present events in their order,
// the steps of a lecture when steps is not nil: full screen, no menu, no
// window shortcuts, the projector theme, every key to the deck.
func (w *Window) startPresenting(events []*data.Event, steps []TourStep, start int) {
	p := &Presentation{w: w, events: events, steps: steps, theme: charts.Projector, stop: make(chan struct{}),
		deck: NewDeck(len(events), len(chartSlides), start), autoEvery: w.AutoInterval(), started: time.Now()}
	w.presenting = p
	p.savedContent, p.savedMenu, p.savedTheme, p.savedStatus = w.Win.Content(), w.Win.MainMenu(), w.Theme, w.Status.Text
	withGLContext(func() { w.App.Settings().SetTheme(appTheme(p.theme)) })

	p.timeline = views.NewTimelineView(p.events, w.Dataset.Eras, p.theme)
	p.timeline.SetCategories(w.Dataset.Categories())
	p.timeline.SetRows(w.Timeline.Rows())
	p.timeline.NoFocus = true
	p.timeline.SetToday(todayYear())
	p.card = views.NewSceneView(p.cardScene)
	p.chart = views.NewSceneView(p.chartScene)
	p.view = newPresentView(p.timeline, p.card, p.chart, p.theme, p.Tap)

	w.Win.SetMainMenu(nil)
	w.Win.SetContent(p.view)
	w.Win.SetFullScreen(true)
	c := w.Win.Canvas()
	c.Unfocus()
	w.removeShortcuts()
	c.SetOnTypedKey(p.Key)
	c.SetOnTypedRune(p.Rune)
	go p.tickClock()

	p.timeline.SetView(p.stepView(p.deck.Index()))
	p.show(false)
}

// Leave returns to the window as it was, with the current event selected.
func (p *Presentation) Leave() {
	w := p.w
	p.glider.stop()
	close(p.stop)
	w.presenting = nil
	if p.presenter != nil {
		p.presenter.close()
		p.presenter = nil
	}
	p.scheduleAuto() // stops the timer: the presentation is over
	w.Win.SetFullScreen(false)
	w.Win.SetContent(p.savedContent)
	w.Win.SetMainMenu(p.savedMenu)
	w.Status.SetText(p.savedStatus) // until the event presented last is selected
	withGLContext(func() { w.App.Settings().SetTheme(appTheme(p.savedTheme)) })
	w.addShortcuts()
	c := w.Win.Canvas()
	c.SetOnTypedRune(nil)
	if i := p.deck.Index(); i < len(p.events) {
		id := p.events[i].ID
		for j, e := range w.Timeline.Events() {
			if e.ID == id {
				w.Timeline.Select(j)
			}
		}
	}
	c.Focus(w.Timeline)
}

// Index is the current slide: 0 to len(events)-1 for events, then the charts.
func (p *Presentation) Index() int { return p.deck.Index() }

// Events is the sequence being presented.
func (p *Presentation) Events() []*data.Event { return p.events }

// Blanked says what covers the screen.
func (p *Presentation) Blanked() Blank { return p.deck.Blanked() }

// Slides is the number of slides: the events and the charts.
func (p *Presentation) Slides() int { return p.deck.Slides() }

// Key handles the keys of a keyboard or a presentation clicker.
func (p *Presentation) Key(ev *fyne.KeyEvent) {
	at, blank := p.deck.Index(), p.deck.Blanked()
	if p.deck.Key(deckKeys[ev.Name]) {
		p.Leave()
		return
	}
	p.showChanges(at, blank)
	p.scheduleAuto()
}

// Rune handles typed characters: digits for a slide number, B or . for a
// black screen, W for white, C for the charts, T for the clock.
func (p *Presentation) Rune(r rune) {
	at, blank := p.deck.Index(), p.deck.Blanked()
	p.deck.Rune(r)
	p.showChanges(at, blank)
	p.scheduleAuto()
}

// Go moves to slide i, gliding the timeline there.
func (p *Presentation) Go(i int) {
	at, blank := p.deck.Index(), p.deck.Blanked()
	p.deck.Go(i)
	p.showChanges(at, blank)
}

// showChanges shows what the deck changed since it stood at slide at with
// the screen blank as given: the cover, the slide, the corner.
func (p *Presentation) showChanges(at int, blank Blank) {
	if p.deck.Blanked() != blank {
		p.view.setBlank(p.deck.Blanked())
	}
	if p.deck.Index() != at {
		p.show(true)
	} else {
		p.updateCorner()
	}
}

// show draws the current slide, animating the timeline when glide is set.
func (p *Presentation) show(glide bool) {
	if p.deck.OnEvent() {
		i := p.deck.Index()
		p.timeline.SetSelected(p.onTimeline(i))
		target := p.stepView(i)
		if glide {
			p.glider.glide(p.timeline, target, p.w.ReducedMotion())
		} else {
			p.glider.stop()
			p.timeline.SetView(target)
		}
	}
	p.view.showSlide(p.deck.OnEvent())
	p.updateCorner()
	p.announceSlide()
}

// announceSlide names the slide shown on the status line, hidden while
// presenting but heard by screen readers in a page.
func (p *Presentation) announceSlide() {
	what := ""
	if p.deck.OnEvent() {
		what = p.events[p.deck.Index()].Title
	} else if s := p.deck.ChartSlide(); s >= 0 && s < len(chartSlides) {
		what = charts.ChartTitle(chartSlides[s], p.w.Dataset, charts.TallyFor(chartSlides[s], p.w.Dataset, p.events))
	}
	p.w.Status.SetText(fmt.Sprintf("Slide %d of %d: %s", p.deck.Index()+1, p.deck.Slides(), what))
}

// Card is the caption of the current event.
func (p *Presentation) Card() charts.Card {
	if !p.deck.OnEvent() {
		return charts.Card{}
	}
	return charts.CardFor(p.w.Dataset, *p.events[p.deck.Index()])
}

func (p *Presentation) cardScene(w, h float64) pen.Scene { return p.Card().Layout(w, h, p.theme) }

func (p *Presentation) chartScene(w, h float64) pen.Scene {
	k := chartSlides[0]
	if s := p.deck.ChartSlide(); s >= 0 && s < len(chartSlides) {
		k = chartSlides[s]
	}
	bc := charts.NewBarChart(k, p.w.Dataset, p.events, p.w.Filter().Describe(p.w.Dataset))
	return bc.Layout(w, h, p.theme).Scene
}

// updateCorner shows the typed slide number, or the clock and counter
// when the lecturer turned them on, and moves the progress bar.
func (p *Presentation) updateCorner() {
	p.view.setCorner(p.deck.Corner(time.Now().Format("15:04")))
	p.view.setProgress(p.deck.Progress())
	if p.presenter != nil {
		p.presenter.update()
	}
}

// Progress is the fraction of the slides shown so far, as the bar draws it.
func (p *Presentation) Progress() float32 { return p.view.progress }

// CornerText is what the corner shows, "" when hidden.
func (p *Presentation) CornerText() string {
	if !p.view.corner.Visible() {
		return ""
	}
	return p.view.corner.Text
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
				if p.deck.ShowsClock() {
					p.updateCorner()
				}
				if p.presenter != nil {
					p.presenter.updateTimes()
				}
			})
		}
	}
}

// onTimeline is where slide i's event stands among the timeline's, which
// are in time order whatever the order of a lecture.
func (p *Presentation) onTimeline(i int) int {
	if p.steps == nil {
		return i
	}
	for j, e := range p.timeline.Events() {
		if e.ID == p.events[i].ID {
			return j
		}
	}
	return -1
}

// stepView is the stretch of time slide i glides to: the step's own, or
// its event among its neighbours.
func (p *Presentation) stepView(i int) charts.TimeView {
	v := p.timeline.View()
	if i < len(p.steps) && p.steps[i].ViewEnd > p.steps[i].ViewStart {
		v.Start, v.End = p.steps[i].ViewStart, p.steps[i].ViewEnd
		return v
	}
	if j := p.onTimeline(i); j >= 0 {
		return v.InContext(p.timeline.Events(), j)
	}
	return v
}
