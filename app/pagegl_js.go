//go:build js

package app

import (
	"syscall/js"

	gl "github.com/fyne-io/gl-js"
)

// withGLContext runs f with the page's WebGL context current for Fyne's
// drawing calls. Fyne's web driver makes the context current only while
// it paints a frame, but a new theme frees the textures of text drawn in
// the old one at once, between frames, through a context it has let go of:
// the app stopped with "call of Value.Call on null". The page has one
// canvas, and asking it for its WebGL context returns the one Fyne drew
// with.
func withGLContext(f func()) {
	canvas := js.Global().Get("document").Call("querySelector", "canvas")
	if !canvas.Truthy() {
		f()
		return
	}
	ctx := canvas.Call("getContext", "webgl")
	if !ctx.Truthy() {
		ctx = canvas.Call("getContext", "experimental-webgl")
	}
	if !ctx.Truthy() {
		f()
		return
	}
	gl.ContextWatcher.OnMakeCurrent(ctx)
	defer gl.ContextWatcher.OnDetach()
	f()
}
