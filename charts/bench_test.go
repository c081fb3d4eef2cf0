package charts

import (
	"backchannel/pen"
	"testing"
)

// BenchmarkRenderWindowChart paints the channels chart at a window's size, as the screen does.
func BenchmarkRenderWindowChart(b *testing.B) {
	ds := bundled(b)
	bc := NewBarChart(Channels, ds, ds.Events, "")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pen.RenderImage(bc.Layout(640, 600, Light).Scene, 1); err != nil {
			b.Fatal(err)
		}
	}
}
