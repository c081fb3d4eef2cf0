package data

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkLoadBundled loads and validates the bundled dataset.
func BenchmarkLoadBundled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bundled(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCountByAdministration tallies the bundled dataset for the
// channels chart, counting afresh (a list other than the dataset's own,
// whose counts are kept).
func BenchmarkCountByAdministration(b *testing.B) {
	ds, err := Bundled()
	if err != nil {
		b.Fatal(err)
	}
	events := make([]*Event, len(ds.Events)) // the same events, not the same list
	for i, e := range ds.Events {
		events[i] = e.clone()
	}
	b.ReportAllocs()
	for b.Loop() {
		ds.CountByAdministration(events)
	}
}

// BenchmarkSave100000 writes 100,000 events (the record's, repeated) as
// Save does, in Backchannel JSON and in CSV.
func BenchmarkSave100000(b *testing.B) {
	ds, err := Bundled()
	if err != nil {
		b.Fatal(err)
	}
	record := ds.Events
	ds.Events = make([]*Event, 0, 100000)
	for i := 0; len(ds.Events) < 100000; i++ {
		e := *record[i%len(record)]
		e.ID, e.After = fmt.Sprintf("%s-%d", e.ID, i/len(record)), ""
		ds.Events = append(ds.Events, &e)
	}
	SortEvents(ds.Events)
	for _, format := range []Format{FormatJSON, FormatCSV} {
		b.Run(string(format), func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := WriteDataset(&buf, ds, format); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len())/1e6, "MB")
		})
	}
}
