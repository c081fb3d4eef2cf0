// Package files reads and writes the files the app keeps (its tours, its
// recovery journal) and the ones the user opens, saves and exports. On a
// desktop they are the system's files (files_os.go). In a web browser
// (files_js.go) a page cannot reach the system's files: the files the user
// opens are kept in the page, a save or an export is a download, and what
// the app keeps under StorageRoot goes to the browser's local storage,
// which outlives the page.
package files

import (
	"path/filepath"
	"strings"
)

// InBrowser says the app runs in a web browser.
const InBrowser = inBrowser

// StorageRoot is where, in a browser, the app keeps its own files: the
// folder its storage holds (the browser's local storage).
const StorageRoot = "/backchannel-storage"

// kept says whether path is one of the app's own files in a browser.
func kept(path string) bool {
	return strings.HasPrefix(filepath.ToSlash(path), StorageRoot+"/")
}
