package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/internal/files"
	"backchannel/pen"
	"backchannel/views"
)

// PrefPresenterSize is the presenter window's size when it last closed,
// "W×H": it comes back at that size (Fyne cannot place a window on a
// chosen screen or at a chosen spot).
const PrefPresenterSize = "presenterSize"

// presenterKeys are the keys the presenter window lists.
const presenterKeys = "→ Space Page Down next · ← Page Up back · Home End · digits Enter jump · B . black · W white · C charts · Escape ends"

// presenterView is the lecturer's window while presenting: the slide the
// audience sees, small; what comes next; the lecturer's notes for the
// slide; the time since the presentation began, the clock and "Slide N of
// M"; and the keys. Every presentation key works here as on the
// audience's screen, and both follow.
type presenterView struct {
	p       *Presentation
	win     fyne.Window
	slide   *views.SceneView
	counter *widget.Label
	times   *widget.Label
	next    *widget.Label
	notes   *widget.Label
	blank   *widget.Label
}

// PresentWithPresenter presents as Present does, with the presenter view
// in a second window; while presenting, it opens that window.
func (w *Window) PresentWithPresenter() {
	if files.InBrowser {
		w.showInformation("No presenter view in a browser", "The presenter view needs a second window, which a web page cannot open. Present with F5; the notes are in the detail pane, and the desktop app has the presenter view.")
		return
	}
	if w.presenting == nil {
		w.Present()
	}
	if p := w.presenting; p != nil && p.presenter == nil {
		p.openPresenter()
	}
}

// openPresenter opens the presenter window at its last size.
func (p *Presentation) openPresenter() {
	w := p.w
	v := &presenterView{p: p, win: w.App.NewWindow("Backchannel — Presenter View")}
	v.slide = views.NewSceneView(v.slideScene)
	v.counter = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.times = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true})
	v.next = widget.NewLabel("")
	v.next.Wrapping = fyne.TextWrapWord
	v.notes = widget.NewLabel("")
	v.notes.Wrapping = fyne.TextWrapWord
	v.blank = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	keys := widget.NewLabel(presenterKeys)
	keys.Wrapping = fyne.TextWrapWord
	side := container.NewBorder(container.NewVBox(widget.NewLabelWithStyle("Next", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.next,
		widget.NewSeparator(), widget.NewLabelWithStyle("Notes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})), nil, nil, nil,
		container.NewVScroll(v.notes))
	split := container.NewHSplit(container.NewBorder(nil, v.blank, nil, nil, v.slide), side)
	split.Offset = 0.58
	v.win.SetContent(container.NewBorder(container.NewBorder(nil, nil, v.counter, v.times), keys, nil, nil, split))
	v.win.Resize(presenterSize(w.App.Preferences().StringWithFallback(PrefPresenterSize, "")))
	c := v.win.Canvas()
	c.SetOnTypedKey(p.Key)
	c.SetOnTypedRune(p.Rune)
	v.win.SetCloseIntercept(func() {
		// Closed by the lecturer: the audience's presentation goes on.
		if p.presenter == v {
			p.presenter = nil
		}
		v.close()
	})
	p.presenter = v
	v.update()
	v.win.Show()
}

// presenterSize reads a remembered size, "W×H", or gives the default.
func presenterSize(s string) fyne.Size {
	if ws, hs, ok := strings.Cut(s, "×"); ok {
		w, errW := strconv.ParseFloat(ws, 32)
		h, errH := strconv.ParseFloat(hs, 32)
		if errW == nil && errH == nil && w >= 400 && h >= 300 {
			return fyne.NewSize(float32(w), float32(h))
		}
	}
	return fyne.NewSize(1100, 700)
}

// close closes the window, remembering its size.
func (v *presenterView) close() {
	s := v.win.Canvas().Size()
	v.p.w.App.Preferences().SetString(PrefPresenterSize, fmt.Sprintf("%.0f×%.0f", s.Width, s.Height))
	v.win.Close()
}

// update shows the slide the audience sees and what goes with it.
func (v *presenterView) update() {
	p := v.p
	i, n := p.deck.Index(), p.deck.Slides()
	v.counter.SetText(fmt.Sprintf("Slide %d of %d", i+1, n))
	v.updateTimes()
	v.next.SetText(p.nextText())
	v.notes.SetText(p.notesText())
	switch p.deck.Blanked() {
	case BlankBlack:
		v.blank.SetText("The audience sees a black screen: any key brings the slide back")
	case BlankWhite:
		v.blank.SetText("The audience sees a white screen: any key brings the slide back")
	default:
		v.blank.SetText("")
	}
	v.slide.Refresh()
}

// updateTimes shows how long the presentation has run, and the clock.
func (v *presenterView) updateTimes() {
	d := time.Since(v.p.started).Round(time.Second)
	v.times.SetText(fmt.Sprintf("%d:%02d:%02d · %s", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60, time.Now().Format("15:04")))
}

// slideScene draws the current slide as the audience's screen shows it
// once the timeline has glided there.
func (v *presenterView) slideScene(width, height float64) pen.Scene {
	p := v.p
	if !p.deck.OnEvent() {
		return p.chartScene(width, height)
	}
	i := p.deck.Index()
	tl := p.timeline.Chart()
	tl.Selected, tl.View, tl.Focused = p.onTimeline(i), p.stepView(i), false
	return charts.SlideScene(tl, p.Card(), width, height, float64(p.deck.Progress()), p.theme)
}

// nextText names what comes after the current slide.
func (p *Presentation) nextText() string {
	i := p.deck.Index() + 1
	switch {
	case i < len(p.events):
		e := p.events[i]
		return e.Title + "\n" + e.DateText()
	case i < p.deck.Slides():
		return "The charts"
	}
	return "The end: Escape leaves"
}

// notesText is the lecturer's notes for the current slide.
func (p *Presentation) notesText() string {
	if !p.deck.OnEvent() {
		return ""
	}
	i := p.deck.Index()
	notes := []string{}
	if i < len(p.steps) && strings.TrimSpace(p.steps[i].Notes) != "" {
		notes = append(notes, strings.TrimSpace(p.steps[i].Notes))
	}
	if n := strings.TrimSpace(p.events[i].Notes); n != "" {
		notes = append(notes, n)
	}
	if len(notes) == 0 {
		return "No notes for this event."
	}
	return strings.Join(notes, "\n\n")
}
