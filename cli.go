package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"backchannel/app"
	"backchannel/data"
)

const usage = `usage:
  backchannel [-data FILE]          open the window on FILE or the bundled dataset
  backchannel -present [-presenter] [-tour NAME] [-auto SECONDS]
                                    open it presenting (a saved tour), with the
                                    presenter view in a second window, advancing
                                    by itself every SECONDS, looping: a kiosk
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

// quickLoad is how long the window waits for its -data file before it
// opens on the bundled dataset and shows the file once it is read.
const quickLoad = 150 * time.Millisecond

// slowFileSize is the size from which a file is not waited for at all: it
// takes longer than quickLoad to read (4 MB, about 22,000 TimelineJS
// events, read in about 130 ms on two cores), so the window opens at once.
const slowFileSize = 4 << 20

// loadForWindow parses the window's flags and loads its dataset. It returns
// nil and an exit status when the window should not open. A -data file
// that takes longer than quickLoad to read comes back as a load under
// way, with the bundled dataset to show meanwhile.
func loadForWindow(args []string, stderr io.Writer) (*data.Dataset, app.Start, int) {
	fs := flag.NewFlagSet("backchannel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	path := fs.String("data", "", "dataset `FILE` to open instead of the bundled one")
	var start app.Start
	fs.BoolVar(&start.Present, "present", false, "open presenting")
	fs.StringVar(&start.Tour, "tour", "", "present the saved tour `NAME`")
	fs.IntVar(&start.AutoSeconds, "auto", 0, "advance by itself every `SECONDS`, looping")
	fs.BoolVar(&start.Presenter, "presenter", false, "with -present: the presenter view (notes, next, time) in a second window")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, start, 0
		}
		return nil, start, 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "backchannel: unknown command %q\n%s", fs.Arg(0), usage)
		return nil, start, 2
	}
	if start.AutoSeconds < 0 || start.AutoSeconds > 3600 {
		fmt.Fprintf(stderr, "backchannel: -auto %d: want a number of seconds from 1 to 3600\n", start.AutoSeconds)
		return nil, start, 2
	}
	// A tour or an interval means presenting.
	start.Present = start.Present || start.Tour != "" || start.AutoSeconds > 0 || start.Presenter
	var ds *data.Dataset
	var err error
	if *path == "" {
		ds, err = data.Bundled()
	} else {
		pending := app.StartLoading(*path)
		wait := quickLoad
		if fi, statErr := os.Stat(*path); statErr == nil && fi.Size() >= slowFileSize {
			wait = 0
		}
		var ready bool
		if ds, err, ready = pending.Wait(wait); !ready {
			start.Open = pending
			ds, err = data.Bundled()
		} else if abs, absErr := filepath.Abs(*path); absErr == nil {
			start.Source = abs
		} else {
			start.Source = *path
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, start, 1
	}
	return ds, start, 0
}

// loadDataset loads the file at path, or the bundled dataset when path is empty.
func loadDataset(path string) (*data.Dataset, error) {
	if path == "" {
		return data.Bundled()
	}
	return data.LoadFile(path)
}
