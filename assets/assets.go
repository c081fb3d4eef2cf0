// Package assets holds the files bundled into Backchannel's binary.
package assets

import _ "embed"

// IconPNG is the application icon, 512×512; regenerate it with
// `go run ./assets/gen_icon.go`.
//
//go:embed icon.png
var IconPNG []byte
