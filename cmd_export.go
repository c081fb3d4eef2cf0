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
	"backchannel/documents"
)

// runExport writes a chart or the timeline to a file or standard output.
// It needs no display.
func runExport(args []string, stdout, stderr io.Writer) int {
	opts, code := parseExportFlags(args, stderr)
	if opts == nil {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "backchannel export: "+format+"\n", a...)
		return 2
	}
	kind, f, err := opts.kindAndFormat()
	if err != nil {
		return fail("%v", err)
	}
	ds, err := loadDataset(opts.dataPath)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	req, err := opts.request(ds, kind, f)
	if err != nil {
		return fail("%v", err)
	}
	return writeExport(ds, req, opts.out, stdout, stderr)
}

// exportFlags are the export subcommand's flags, as given.
type exportFlags struct {
	dataPath, chart, format, themeName, from, to, channels, out, paperName, rows, tour string
	width, height                                                                      int
	scale, perEvent                                                                    float64
	notes                                                                              bool
}

// parseExportFlags reads the export subcommand's flags; it returns nil and
// the exit code when they ask for help or cannot be read.
func parseExportFlags(args []string, stderr io.Writer) (*exportFlags, int) {
	o := &exportFlags{}
	fs := flag.NewFlagSet("backchannel export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.dataPath, "data", "", "dataset `FILE` (default: the bundled dataset)")
	fs.StringVar(&o.chart, "chart", "", "what to export: decades, channels, timeline, dataset, page, tour, slides or handout (required)")
	fs.StringVar(&o.format, "format", "", "png, svg, csv, html, gif or pdf (default: from -o's extension, else png)")
	fs.IntVar(&o.width, "width", 1280, "width in logical `PX`")
	fs.IntVar(&o.height, "height", 720, "height in logical `PX`")
	fs.Float64Var(&o.scale, "scale", 1, "pixels per logical pixel: 2 doubles pixels, type and strokes alike")
	fs.StringVar(&o.themeName, "theme", "light", "light, dark, projector or contrast")
	fs.StringVar(&o.from, "from", "", "first `YEAR` of events to include")
	fs.StringVar(&o.to, "to", "", "last `YEAR` of events to include")
	fs.StringVar(&o.channels, "channel", "", "comma-separated channels to include, e.g. secret,direct")
	fs.StringVar(&o.out, "o", "", "output `FILE`, or - for standard output (default: backchannel-CHART.FORMAT)")
	fs.Float64Var(&o.perEvent, "seconds-per-event", 4, "how long the tour film holds each event, in `SECONDS`")
	fs.StringVar(&o.paperName, "paper", "a4", "the handout's paper: a4 or letter")
	fs.BoolVar(&o.notes, "notes", false, "the handout: with the lecturer's notes, for their own copy")
	fs.StringVar(&o.tour, "tour", "", "the events of the tour or lecture `NAME` (the dataset's, or saved in the app), in its order, instead of -from, -to and -channel")
	fs.StringVar(&o.rows, "rows", "packed", "the timeline's lanes: packed, or channel (a row per channel, or per group of an imported timeline)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0
		}
		return nil, 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "backchannel export: unexpected argument %q\n", fs.Arg(0))
		return nil, 2
	}
	return o, 0
}

// kindAndFormat reads -chart and -format (from -o's extension when not given).
func (o *exportFlags) kindAndFormat() (charts.Kind, documents.Format, error) {
	if o.chart == "" {
		return "", "", fmt.Errorf("-chart is required: decades, channels, timeline, dataset, page, tour, slides or handout")
	}
	kind, err := charts.ParseKind(o.chart)
	if err != nil {
		return "", "", fmt.Errorf("-chart: %v", err)
	}
	format := o.format
	if format == "" {
		format = "png"
		if ext := strings.TrimPrefix(filepath.Ext(o.out), "."); ext != "" && o.out != "-" {
			format = ext
		}
	}
	f, err := documents.ParseFormat(format)
	if err != nil {
		return "", "", fmt.Errorf("-format: %v", err)
	}
	return kind, f, nil
}

// request is the export the flags ask for, of ds.
func (o *exportFlags) request(ds *data.Dataset, kind charts.Kind, f documents.Format) (documents.ExportRequest, error) {
	if o.perEvent <= 0 || o.perEvent > 600 {
		return documents.ExportRequest{}, fmt.Errorf("-seconds-per-event %g: want a number of seconds above 0 and at most 600", o.perEvent)
	}
	th, err := charts.ThemeNamed(o.themeName)
	if err != nil {
		return documents.ExportRequest{}, fmt.Errorf("-theme: %v", err)
	}
	paper, err := documents.PaperNamed(o.paperName)
	if err != nil {
		return documents.ExportRequest{}, fmt.Errorf("-paper: %v", err)
	}
	rows, err := charts.ParseRows(o.rows)
	if err != nil {
		return documents.ExportRequest{}, fmt.Errorf("-rows: %v", err)
	}
	filter, err := parseFilter(ds, o.from, o.to, o.channels)
	if err != nil {
		return documents.ExportRequest{}, err
	}
	req := documents.ExportRequest{Kind: kind, Format: f, Width: o.width, Height: o.height, Scale: o.scale,
		Theme: th, Filter: filter, FilterText: filter.Describe(ds), Today: data.DecimalYear(time.Now()),
		SecondsPerEvent: o.perEvent, Paper: paper, Rows: rows, Notes: o.notes}
	if o.tour != "" {
		t, err := tourNamed(ds, o.tour)
		if err != nil {
			return documents.ExportRequest{}, fmt.Errorf("-tour: %v", err)
		}
		req.Tour, req.Filter, req.FilterText = &t, data.Filter{}, "tour “"+t.Name+"”"
	}
	return req, nil
}

// writeExport makes the export whole, in memory, then writes it: to
// standard output, or to a file that appears whole or not at all (the
// export takes seconds; a file half made would be left behind by a kill).
func writeExport(ds *data.Dataset, req documents.ExportRequest, out string, stdout, stderr io.Writer) int {
	var buf bytes.Buffer
	if err := documents.Export(&buf, ds, req); err != nil {
		fmt.Fprintf(stderr, "backchannel export: %v\n", err)
		return 1
	}
	if out == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "backchannel export: writing standard output: %v\n", err)
			return 1
		}
		return 0
	}
	path := out
	if path == "" {
		path = fmt.Sprintf("backchannel-%s.%s", req.Kind, req.Format)
	}
	err := documents.WriteFileAtomic(path, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
	if err != nil {
		fmt.Fprintf(stderr, "backchannel export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "wrote %s (%d bytes)\n", path, buf.Len())
	if req.Format == documents.TimelineJS {
		if drops := data.TimelineJSDrops(ds); len(drops) > 0 {
			fmt.Fprintf(stderr, "TimelineJS cannot hold %s: they are not in %s\n", strings.Join(drops, ", "), path)
		}
	}
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
