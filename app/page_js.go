//go:build js

package app

import (
	"fmt"
	"net/url"
	"path"
	"syscall/js"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"backchannel/internal/files"
)

// In a web browser the window is drawn in a page, which does what a
// window cannot: it picks files (its file input, a file dropped on it, a
// link's ?data=URL), takes saves and exports as downloads, and tells
// screen readers what the status line says.

// showOpenDialog asks the page's file picker for a dataset file.
func (w *Window) showOpenDialog() {
	input := js.Global().Get("document").Call("getElementById", "open-file")
	if input.Truthy() {
		input.Set("value", "")
		input.Call("click")
	}
}

// askWhereToSave hands name on at once: in a browser a save is a
// download, and the browser says where it goes.
func (w *Window) askWhereToSave(name string, _ func(*dialog.FileDialog), chosen func(path string)) {
	chosen(name)
}

// watchPage joins the window to its page: the file input and drops open
// files, ?data=URL opens the timeline at URL, and a live region carries
// the status line to screen readers.
func (w *Window) watchPage() {
	doc := js.Global().Get("document")
	body := doc.Get("body")
	input := doc.Call("createElement", "input")
	input.Set("type", "file")
	input.Set("id", "open-file")
	input.Set("accept", ".json,.csv")
	input.Get("style").Set("display", "none")
	input.Call("addEventListener", "change", js.FuncOf(func(this js.Value, _ []js.Value) any {
		if list := this.Get("files"); list.Length() > 0 {
			w.readPicked(list.Index(0))
		}
		return nil
	}))
	body.Call("appendChild", input)
	doc.Call("addEventListener", "dragover", js.FuncOf(func(_ js.Value, args []js.Value) any {
		args[0].Call("preventDefault")
		return nil
	}))
	doc.Call("addEventListener", "drop", js.FuncOf(func(_ js.Value, args []js.Value) any {
		args[0].Call("preventDefault")
		if list := args[0].Get("dataTransfer").Get("files"); list.Length() > 0 {
			w.readPicked(list.Index(0))
		}
		return nil
	}))
	w.addFrameTimer()
	w.watchTouches()
	w.watchTyping()
	w.watchForUpdate()
	if link := dataLink(); link != "" {
		go w.fetchLinked(link)
	}
}

// readPicked reads a file the page was given, then opens it on the
// window's goroutine.
func (w *Window) readPicked(file js.Value) {
	name := file.Get("name").String()
	var then js.Func
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		then.Release()
		array := js.Global().Get("Uint8Array").New(args[0])
		raw := make([]byte, array.Length())
		js.CopyBytesToGo(raw, array)
		fyne.Do(func() { w.askToSave(func() { w.openPageFile(name, raw) }) })
		return nil
	})
	file.Call("arrayBuffer").Call("then", then)
}

// openPageFile keeps raw in the page as the file called name, and opens it.
func (w *Window) openPageFile(name string, raw []byte) {
	files.Keep(name, raw)
	w.openFileInBackground(name, nil)
}

// dataLink is the page's ?data=URL, resolved against the page's address;
// "" for none.
func dataLink() string {
	page, err := url.Parse(js.Global().Get("location").Get("href").String())
	if err != nil {
		return ""
	}
	link := page.Query().Get("data")
	if link == "" {
		return ""
	}
	to, err := page.Parse(link)
	if err != nil {
		return ""
	}
	return to.String()
}

// fetchLinked fetches the timeline at link and opens it.
func (w *Window) fetchLinked(link string) {
	raw, err := fetch(link)
	fyne.Do(func() {
		if err != nil {
			w.Status.SetText(fmt.Sprintf("The timeline at %s could not be fetched: %v. The bundled record is shown.", link, err))
			return
		}
		u, _ := url.Parse(link)
		w.openPageFile(path.Base(u.Path), raw)
	})
}

// markFirstFrame notes on the page when the timeline was first painted,
// in the page's time (performance.now), as its body's data-shown, and
// takes away the page's loading screen, which stays until the app is
// there to be seen.
func markFirstFrame() {
	MarkStartup("first frame")
	doc := js.Global().Get("document")
	now := js.Global().Get("performance").Call("now").Float()
	doc.Get("body").Get("dataset").Set("shown", fmt.Sprintf("%.0f", now))
	if start := doc.Call("getElementById", "start"); start.Truthy() {
		start.Get("style").Set("display", "none")
	}
}

// announce puts text in the page's live region, which screen readers read.
func announce(text string) {
	doc := js.Global().Get("document")
	region := doc.Call("getElementById", "status")
	if !region.Truthy() {
		region = doc.Call("createElement", "div")
		region.Set("id", "status")
		region.Call("setAttribute", "role", "status")
		region.Call("setAttribute", "aria-live", "polite")
		region.Set("style", "position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden")
		doc.Get("body").Call("appendChild", region)
	}
	region.Set("textContent", text)
}

// browserKeeps says whether the browser keeps key with mod for itself
// (Ctrl+N, T, W and 1 to 9): such keys are not shown in the menus.
func browserKeeps(key fyne.KeyName, mod fyne.KeyModifier) bool { return reservedKey(key, mod) }

// MarkStartup marks a stage of the app's start on the page's timeline
// (performance.mark), where a browser's tools and the browser test read
// how long each took.
func MarkStartup(stage string) { js.Global().Get("performance").Call("mark", stage) }
