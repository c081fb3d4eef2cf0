package main

import (
	"errors"
	"fmt"
	"io"

	"backchannel/data"
)

// runValidate checks each file and prints its problems as FILE:LINE:COL:
// message, or one summary line for a clean file. It returns 1 when any
// file has a problem, 2 for a usage error.
func runValidate(files []string, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		fmt.Fprint(stderr, "backchannel validate: name at least one FILE\n")
		return 2
	}
	status := 0
	for _, f := range files {
		ds, err := data.LoadFile(f)
		var ps data.Problems
		switch {
		case errors.As(err, &ps):
			for _, p := range ps {
				fmt.Fprintln(stdout, p)
			}
			status = 1
		case err != nil:
			fmt.Fprintf(stdout, "%s: %v\n", f, err)
			status = 1
		default:
			for _, w := range ds.Warnings {
				w.Message = "warning: " + w.Message
				fmt.Fprintln(stdout, w)
			}
			fmt.Fprintf(stdout, "%s: ok: %d events, %d eras, %d sources\n", f, len(ds.Events), len(ds.Eras), len(ds.Sources))
		}
	}
	return status
}
