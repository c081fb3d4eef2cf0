//go:build js

package data

import "backchannel/internal/files"

// readFile reads the whole file at path: in a browser, one the page holds
// (see package files).
func readFile(path string) ([]byte, error) { return files.ReadFile(path) }
