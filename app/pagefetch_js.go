//go:build js

package app

import (
	"fmt"
	"syscall/js"
)

// fetched is what fetch got: the file, or why not.
type fetched struct {
	raw []byte
	err error
}

// fetch reads the file at link with the browser's fetch: the web build
// has no HTTP client of Go's (web/webmodules says why). It waits for the
// browser, so it is called off the window's goroutine.
func fetch(link string) ([]byte, error) {
	done := make(chan fetched, 1)
	var onResponse, onBody, unreached, brokenOff js.Func
	unreached = rejected(done, "the site could not be reached")
	brokenOff = rejected(done, "the download broke off")
	onBody = js.FuncOf(func(_ js.Value, args []js.Value) any {
		array := js.Global().Get("Uint8Array").New(args[0])
		raw := make([]byte, array.Length())
		js.CopyBytesToGo(raw, array)
		done <- fetched{raw: raw}
		return nil
	})
	onResponse = js.FuncOf(func(_ js.Value, args []js.Value) any {
		response := args[0]
		if !response.Get("ok").Bool() {
			done <- fetched{err: fmt.Errorf("the site answered %d %s", response.Get("status").Int(), response.Get("statusText").String())}
			return nil
		}
		response.Call("arrayBuffer").Call("then", onBody, brokenOff)
		return nil
	})
	js.Global().Call("fetch", link).Call("then", onResponse, unreached)
	got := <-done
	for _, f := range []js.Func{onResponse, onBody, unreached, brokenOff} {
		f.Release()
	}
	return got.raw, got.err
}

// rejected is a promise's rejection handler that gives fetch an error
// saying what failed and the browser's reason.
func rejected(done chan<- fetched, what string) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- fetched{err: fmt.Errorf("%s (%s)", what, rejectionText(args))}
		return nil
	})
}

// rejectionText is what a rejected promise gave, as words: an error's
// message ("Failed to fetch"), or the value itself.
func rejectionText(args []js.Value) string {
	if len(args) == 0 {
		return "the browser gave no reason"
	}
	if message := args[0].Get("message"); message.Type() == js.TypeString {
		return message.String()
	}
	return args[0].String()
}
