package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"backchannel/data"
)

const usage = `usage:
  backchannel [-data FILE]          open the window on FILE or the bundled dataset
  backchannel validate FILE...      check datasets; print FILE:LINE:COL: message per problem
  backchannel export [flags]        write a chart or the timeline as png, svg or csv,
                                    or the dataset itself as csv (-chart dataset)
                                    (backchannel export -h lists the flags)
  backchannel -version              print the version
`

// runCommand runs a subcommand named by args[0]. It reports whether args
// named one, and the exit status.
func runCommand(args []string, stdout, stderr io.Writer) (int, bool) {
	if len(args) == 0 {
		return 0, false
	}
	switch args[0] {
	case "validate":
		return runValidate(args[1:], stdout, stderr), true
	case "export":
		return runExport(args[1:], stdout, stderr), true
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0, true
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, versionLine())
		return 0, true
	}
	return 0, false
}

// loadForWindow parses the window's flags and loads its dataset. It returns
// nil and an exit status when the window should not open.
func loadForWindow(args []string, stderr io.Writer) (*data.Dataset, int) {
	fs := flag.NewFlagSet("backchannel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	path := fs.String("data", "", "dataset `FILE` to open instead of the bundled one")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0
		}
		return nil, 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "backchannel: unknown command %q\n%s", fs.Arg(0), usage)
		return nil, 2
	}
	ds, err := loadDataset(*path)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, 1
	}
	return ds, 0
}

// loadDataset loads the file at path, or the bundled dataset when path is empty.
func loadDataset(path string) (*data.Dataset, error) {
	if path == "" {
		return data.Bundled()
	}
	return data.LoadFile(path)
}
