//go:build js

package app

import (
	"sync/atomic"
	"syscall/js"
	"time"

	"fyne.io/fyne/v2"
)

// Typing on a tablet with no keyboard: a browser shows its on-screen
// keyboard only for a text field of the page's own, focused in answer to
// a touch, and Fyne draws its entries on a canvas. So the page keeps one
// text area out of sight. A finger lifted over one of the window's text
// entries focuses it (the keyboard comes up; Fyne's own handling of the
// tap focuses the entry); a finger lifted anywhere else lets it go (the
// keyboard goes down). Keys the keyboard sends as keys reach Fyne as a
// real keyboard's do; text it sends as input (a phone keyboard's words,
// its corrections, dictation) is typed into the entry Fyne has focused,
// as the difference between what the area held and what it holds.

// typingArea is the page's hidden text area and what it last held.
type typingArea struct {
	el       js.Value
	held     string
	watching atomic.Bool // whether keepTypingWhileEntryFocused runs
}

// watchTyping makes the text area and follows touches and its input.
func (w *Window) watchTyping() {
	doc := js.Global().Get("document")
	area := &typingArea{el: doc.Call("createElement", "textarea")}
	area.el.Set("id", "typing")
	// Named for a screen reader, which announces it when it takes the
	// focus; out of the Tab order, which Fyne keeps.
	for name, value := range map[string]string{"autocapitalize": "off", "autocomplete": "off", "autocorrect": "off",
		"spellcheck": "false", "aria-label": "Typing into the app's text field", "tabindex": "-1"} {
		area.el.Call("setAttribute", name, value)
	}
	// In the viewport (a browser scrolls to a field out of it), too small
	// and clear to be seen; 16px type, or a phone zooms in on it.
	area.el.Set("style", "position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;border:0;padding:0;font-size:16px;resize:none")
	doc.Get("body").Call("appendChild", area.el)
	doc.Call("addEventListener", "touchend", js.FuncOf(func(_ js.Value, args []js.Value) any {
		touches := args[0].Get("changedTouches")
		if touches.Length() == 1 {
			t := touches.Index(0)
			w.fingerLifted(area, fyne.NewPos(float32(t.Get("clientX").Float()), float32(t.Get("clientY").Float())))
		}
		return nil
	}))
	area.el.Call("addEventListener", "input", js.FuncOf(func(js.Value, []js.Value) any {
		w.typeFromArea(area)
		return nil
	}))
}

// fingerLifted focuses the text area when the finger was over a text
// entry, and lets it go when not: at once, while the touch is being
// handled, as a browser allows its keyboard to come up only then.
func (w *Window) fingerLifted(area *typingArea, at fyne.Position) {
	if textEntryAt(w.Win.Canvas(), at) == nil {
		area.el.Call("blur")
		return
	}
	area.el.Set("value", "")
	area.held = ""
	area.el.Call("focus", map[string]any{"preventScroll": true})
	if area.watching.CompareAndSwap(false, true) {
		go w.keepTypingWhileEntryFocused(area)
	}
}

// keepTypingWhileEntryFocused lets the keyboard go once Fyne's focus has
// left text entries (Escape, a form saved by Enter) while the area holds
// the page's focus.
func (w *Window) keepTypingWhileEntryFocused(area *typingArea) {
	defer area.watching.Store(false)
	for {
		time.Sleep(500 * time.Millisecond)
		if !area.el.Equal(js.Global().Get("document").Get("activeElement")) {
			return
		}
		entryFocused := false
		fyne.DoAndWait(func() { _, entryFocused = w.Win.Canvas().Focused().(textEntry) })
		if !entryFocused {
			area.el.Call("blur")
			return
		}
	}
}

// typeFromArea types what the area's input changed into the focused
// entry: a Backspace for each character taken from the end of what it
// held, then the characters added.
func (w *Window) typeFromArea(area *typingArea) {
	now := area.el.Get("value").String()
	erased, added := typedChange(area.held, now)
	area.held = now
	fyne.Do(func() {
		if target, ok := w.Win.Canvas().Focused().(textEntry); ok {
			typeInto(target, erased, added)
		}
	})
}
