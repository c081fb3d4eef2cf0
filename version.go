package main

import (
	_ "embed"
	"fmt"

	"github.com/BurntSushi/toml"
)

// fyneAppTOML is the app's metadata; its version is the one version of Backchannel.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

// version returns the version FyneApp.toml declares.
func version() string {
	var meta struct {
		Details struct{ Version string }
	}
	if _, err := toml.Decode(string(fyneAppTOML), &meta); err != nil || meta.Details.Version == "" {
		return "unknown"
	}
	return meta.Details.Version
}

// versionLine is what -version prints.
func versionLine() string { return fmt.Sprintf("backchannel %s", version()) }
