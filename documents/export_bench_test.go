package documents

import (
	"backchannel/charts"
	"io"
	"testing"
)

func benchmarkExport(b *testing.B, req ExportRequest) {
	ds := bundled(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Export(io.Discard, ds, req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportDecadesPNG4K renders the decades chart as a 3840×2160 PNG.
func BenchmarkExportDecadesPNG4K(b *testing.B) {
	benchmarkExport(b, ExportRequest{Kind: charts.Decades, Format: PNG, Width: 1920, Height: 1080, Scale: 2, Theme: charts.Light})
}

// BenchmarkExportDecadesSVG renders the decades chart as SVG.
func BenchmarkExportDecadesSVG(b *testing.B) {
	benchmarkExport(b, ExportRequest{Kind: charts.Decades, Format: SVG, Width: 1920, Height: 1080, Scale: 1, Theme: charts.Light})
}
