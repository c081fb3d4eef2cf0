package main

import (
	_ "embed"
	"fmt"
	"strings"
)

// fyneAppTOML is the app's metadata; its version is the one version of Backchannel.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

// version returns the version FyneApp.toml declares: the Version key of
// its [Details] table. The file is read line by line rather than by a
// TOML decoder: in a browser the version is wanted before the first frame,
// and a decoder's first use costs tens of milliseconds there.
func version() string { return versionIn(string(fyneAppTOML)) }

// versionIn is the Version of the [Details] table of the TOML text meta
// (a basic string, perhaps followed by a comment), or "unknown".
func versionIn(meta string) string {
	table := ""
	for _, line := range strings.Split(meta, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] ")
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok || table != "Details" || strings.TrimSpace(key) != "Version" {
			continue
		}
		value = strings.TrimSpace(value)
		if end := strings.IndexByte(value[min(1, len(value)):], '"'); strings.HasPrefix(value, `"`) && end > 0 {
			return value[1 : 1+end]
		}
	}
	return "unknown"
}

// versionLine is what -version prints.
func versionLine() string { return fmt.Sprintf("backchannel %s", version()) }
