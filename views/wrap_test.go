package views

import (
	"slices"
	"testing"
)

// TestWrapMeasuresOnlyLinesNearTheEdge: a line the estimate puts well
// within the width is kept unmeasured (kerning cannot take it past the
// edge); one near the edge is measured, and gives back its last word
// where it is drawn wider than the width.
func TestWrapMeasuresOnlyLinesNearTheEdge(t *testing.T) {
	var measured []string
	estimate := func(s string) float32 { return float32(len(s)) }
	exact := func(s string) float32 { measured = append(measured, s); return float32(len(s)) }
	if lines := wrapLines("aa bb\ncc", 100, estimate, exact); !slices.Equal(lines, []string{"aa bb", "cc"}) || len(measured) != 0 {
		t.Errorf("short lines: %q, measured %q, want none measured", lines, measured)
	}
	measured = nil
	if lines := wrapLines("aaaa bbbb cccc", 9.2, estimate, exact); !slices.Equal(lines, []string{"aaaa bbbb", "cccc"}) || !slices.Equal(measured, []string{"aaaa bbbb"}) {
		t.Errorf("a line near the edge: %q, measured %q, want only %q", lines, measured, "aaaa bbbb")
	}
	wider := func(s string) float32 { measured = append(measured, s); return float32(len(s)) + 1 } // drawn wider than estimated
	measured = nil
	if lines := wrapLines("aaaa bbbb cccc", 9.2, estimate, wider); !slices.Equal(lines, []string{"aaaa", "bbbb", "cccc"}) {
		t.Errorf("a line drawn past the edge was kept: %q (measured %q)", lines, measured)
	}
}
