//go:build js

package app

import (
	"syscall/js"

	"fyne.io/fyne/v2"
)

// updateReady is what the status line says when a new build of the app
// has been kept while this one runs.
const updateReady = "A new version of Backchannel is ready: reload the page to use it"

// watchForUpdate says so on the status line when the site's service
// worker (web/serviceworker.js) has kept a new build while this page
// runs an older one: the page's next visit opens it. On a first visit the
// worker that starts keeping the app is no update, and says nothing.
func (w *Window) watchForUpdate() {
	workers := js.Global().Get("navigator").Get("serviceWorker")
	if !workers.Truthy() || !workers.Get("controller").Truthy() {
		return
	}
	workers.Call("addEventListener", "controllerchange", js.FuncOf(func(js.Value, []js.Value) any {
		fyne.Do(func() { w.Status.SetText(updateReady) })
		return nil
	}))
}
