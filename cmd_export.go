package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"backchannel/charts"
	"backchannel/data"
)

// runExport writes a chart or the timeline to a file or standard output.
// It needs no display.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("backchannel export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataPath := fs.String("data", "", "dataset `FILE` (default: the bundled dataset)")
	chart := fs.String("chart", "", "what to export: decades, channels, timeline, dataset, page, tour, slides or handout (required)")
	format := fs.String("format", "", "png, svg, csv, html, gif or pdf (default: from -o's extension, else png)")
	width := fs.Int("width", 1280, "width in logical `PX`")
	height := fs.Int("height", 720, "height in logical `PX`")
	scale := fs.Float64("scale", 1, "pixels per logical pixel: 2 doubles pixels, type and strokes alike")
	themeName := fs.String("theme", "light", "light, dark, projector or contrast")
	from := fs.String("from", "", "first `YEAR` of events to include")
	to := fs.String("to", "", "last `YEAR` of events to include")
	channels := fs.String("channel", "", "comma-separated channels to include, e.g. secret,direct")
	out := fs.String("o", "", "output `FILE`, or - for standard output (default: backchannel-CHART.FORMAT)")
	perEvent := fs.Float64("seconds-per-event", 4, "how long the tour film holds each event, in `SECONDS`")
	paperName := fs.String("paper", "a4", "the handout's paper: a4 or letter")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "backchannel export: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q", fs.Arg(0))
	}
	if *chart == "" {
		return fail("-chart is required: decades, channels, timeline, dataset, page, tour, slides or handout")
	}
	kind, err := charts.ParseKind(*chart)
	if err != nil {
		return fail("-chart: %v", err)
	}
	if *format == "" {
		*format = "png"
		if ext := strings.TrimPrefix(filepath.Ext(*out), "."); ext != "" && *out != "-" {
			*format = ext
		}
	}
	f, err := charts.ParseFormat(*format)
	if err != nil {
		return fail("-format: %v", err)
	}
	if *perEvent <= 0 || *perEvent > 600 {
		return fail("-seconds-per-event %g: want a number of seconds above 0 and at most 600", *perEvent)
	}
	th, err := charts.ThemeNamed(*themeName)
	if err != nil {
		return fail("-theme: %v", err)
	}
	paper, err := charts.PaperNamed(*paperName)
	if err != nil {
		return fail("-paper: %v", err)
	}
	ds, err := loadDataset(*dataPath)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	filter, err := parseFilter(ds, *from, *to, *channels)
	if err != nil {
		return fail("%v", err)
	}
	req := charts.ExportRequest{Kind: kind, Format: f, Width: *width, Height: *height, Scale: *scale,
		Theme: th, Filter: filter, FilterText: filter.Describe(ds), Today: data.DecimalYear(time.Now()), SecondsPerEvent: *perEvent, Paper: paper}
	var buf bytes.Buffer
	if err := charts.Export(&buf, ds, req); err != nil {
		fmt.Fprintf(stderr, "backchannel export: %v\n", err)
		return 1
	}
	if *out == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "backchannel export: writing standard output: %v\n", err)
			return 1
		}
		return 0
	}
	path := *out
	if path == "" {
		path = fmt.Sprintf("backchannel-%s.%s", kind, f)
	}
	err = charts.WriteFileAtomic(path, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
	if err != nil {
		fmt.Fprintf(stderr, "backchannel export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", path, buf.Len())
	return 0
}

// parseFilter reads -from, -to and -channel (categories of ds) into a filter.
func parseFilter(ds *data.Dataset, from, to, channels string) (data.Filter, error) {
	var f data.Filter
	year := func(flagName, s string) (*int64, error) {
		if s == "" {
			return nil, nil
		}
		d, err := data.ParseDate(s)
		if err != nil || d.Precision != data.PrecisionYear {
			return nil, fmt.Errorf("-%s: %q is not a year", flagName, s)
		}
		return &d.Year, nil
	}
	var err error
	if f.From, err = year("from", from); err != nil {
		return f, err
	}
	if f.To, err = year("to", to); err != nil {
		return f, err
	}
	if f.From != nil && f.To != nil && *f.To < *f.From {
		return f, fmt.Errorf("-to %d is before -from %d", *f.To, *f.From)
	}
	if channels != "" {
		f.Channels = map[data.Channel]bool{}
		for _, name := range strings.Split(channels, ",") {
			name = strings.TrimSpace(name)
			ch, ok := ds.CategoryIndex(name)
			if !ok {
				var ids []string
				for _, c := range ds.Categories() {
					ids = append(ids, c.ID)
				}
				return f, fmt.Errorf("-channel: unknown channel %q (want one of %s)", name, strings.Join(ids, ", "))
			}
			f.Channels[ch] = true
		}
	}
	return f, nil
}
