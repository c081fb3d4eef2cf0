package pen

import (
	"image/color"
	"math"
	"testing"
)

func TestContrastRatioMatchesWCAG(t *testing.T) {
	black, white := color.RGBA{0, 0, 0, 255}, color.RGBA{255, 255, 255, 255}
	tests := []struct {
		a, b color.RGBA
		want float64
	}{
		{black, white, 21},
		{white, white, 1},
		{color.RGBA{0x76, 0x76, 0x76, 255}, white, 4.54}, // the lightest grey that passes on white
		{color.RGBA{0xD5, 0x5E, 0x00, 255}, white, 3.87}, // vermilion, the coercive colour
	}
	for _, tt := range tests {
		if got := ContrastRatio(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("ContrastRatio(%v, %v) = %.2f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
	for v := 0; v < 256; v += 5 { // ContrastText picks the better of black and white
		fill := color.RGBA{uint8(v), uint8(255 - v/2), uint8(v / 3), 255}
		if r := ContrastRatio(ContrastText(fill), fill); r < 4.5 {
			t.Errorf("text on %v reaches %.2f:1", fill, r)
		}
	}
}
