//go:build !js

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// On a desktop the window is the whole app: files are chosen in Fyne's
// dialogs, and there is no page around it (page_js.go is the browser's).

// showOpenDialog asks for a dataset file and opens it.
func (w *Window) showOpenDialog() {
	open := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		w.openFileInBackground(path, nil)
	}, w.Win)
	open.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".csv"}))
	open.Show()
}

// askWhereToSave asks where to write a file, suggesting name, in a dialog
// that setup (if any) prepares, and hands the path chosen to chosen;
// nothing when the user cancels.
func (w *Window) askWhereToSave(name string, setup func(*dialog.FileDialog), chosen func(path string)) {
	d := w.fileSaveDialog(name, chosen)
	if setup != nil {
		setup(d)
	}
	d.Show()
}

// watchPage is for a browser: a desktop window has no page around it.
func (w *Window) watchPage() {}

// markFirstFrame is for a browser: the page learns when the app is shown.
func markFirstFrame() {}

// announce is for a browser: on a desktop screen readers read the window.
func announce(string) {}

// withGLContext runs f: a window's own driver keeps its context.
func withGLContext(f func()) { f() }

// browserKeeps says whether a browser keeps key with mod for itself: in a
// window, none.
func browserKeeps(fyne.KeyName, fyne.KeyModifier) bool { return false }

// MarkStartup is for a browser, where the page learns how long each stage
// of the start took.
func MarkStartup(string) {}
