package charts

import (
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
	benchmarkExport(b, ExportRequest{Kind: Decades, Format: PNG, Width: 1920, Height: 1080, Scale: 2, Theme: Light})
}

// BenchmarkExportDecadesSVG renders the decades chart as SVG.
func BenchmarkExportDecadesSVG(b *testing.B) {
	benchmarkExport(b, ExportRequest{Kind: Decades, Format: SVG, Width: 1920, Height: 1080, Scale: 1, Theme: Light})
}

// BenchmarkRenderWindowChart paints the channels chart at a window's size, as the screen does.
func BenchmarkRenderWindowChart(b *testing.B) {
	ds := bundled(b)
	bc := NewBarChart(Channels, ds, ds.Events, "")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderImage(bc.Layout(640, 600, Light).Scene, 1); err != nil {
			b.Fatal(err)
		}
	}
}
