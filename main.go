// Command backchannel shows U.S.–Iran official contacts since 1979 as a
// timeline and charts, and exports them; `backchannel -h` lists the
// command line, and the README says more.
package main

import (
	"os"

	// Initialised before Fyne reads the locale: Go initialises a package's
	// imports in the order of their paths, once their own imports are, and
	// backchannel/… sorts before fyne.io/….
	_ "backchannel/internal/sanelocale"

	fyneapp "fyne.io/fyne/v2/app"

	"backchannel/app"
)

// AppID is the application's unique identifier, as in FyneApp.toml.
const AppID = "org.backchannel.app"

func main() {
	if code, handled := runCommand(os.Args[1:], os.Stdout, os.Stderr); handled {
		os.Exit(code)
	}
	app.MarkStartup("program started")
	a := fyneapp.NewWithID(AppID)
	app.MarkStartup("app made")
	// Fyne's type is read on the other core while the dataset loads.
	app.PrepareText()
	ds, start, code := loadForWindow(os.Args[1:], os.Stderr)
	if ds == nil {
		os.Exit(code)
	}
	app.MarkStartup("record read")
	app.Version = version()
	app.Run(a, ds, start)
}
