package data

import "testing"

// BenchmarkLoadBundled loads and validates the bundled dataset.
func BenchmarkLoadBundled(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Bundled(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCountByAdministration tallies the bundled dataset for the channels chart.
func BenchmarkCountByAdministration(b *testing.B) {
	ds, err := Bundled()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ds.CountByAdministration(ds.Events)
	}
}
