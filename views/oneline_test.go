package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestOneLineCutsWhatDoesNotFit shows the record's titles in lines of
// three widths: a title that fits is shown whole, one that does not is
// cut to its start and an ellipsis that fits, as long as the width
// allows; widened, the line shows the whole text again.
func TestOneLineCutsWhatDoesNotFit(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.InnerPadding()
	cut := 0
	for _, width := range []float32{150, 300, 600} {
		for _, text := range recordTexts(t) {
			o := NewOneLine(text)
			o.Resize(fyne.NewSize(width, 30))
			shown := o.Shown()
			w := fyne.MeasureText(shown, theme.TextSize(), fyne.TextStyle{}).Width
			whole := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width
			switch {
			case whole <= width-2*pad && shown != text:
				t.Errorf("%q fits %v but shows %q", text, width, shown)
			case shown != text && (w > width-2*pad || !strings.HasSuffix(shown, "…") || !strings.HasPrefix(text, strings.TrimSuffix(shown, "…"))):
				t.Errorf("%q at %v shows %q (%v wide)", text, width, shown, w)
			case shown != text:
				cut++
				longer := []rune(strings.TrimSuffix(shown, "…"))
				more := len(longer) + 1
				if strings.TrimRight(string([]rune(text)[:more]), " ") == string(longer) {
					more++ // past the space the cut left out
				}
				next := string([]rune(text)[:more]) + "…"
				if fyne.MeasureText(next, theme.TextSize(), fyne.TextStyle{}).Width <= width-2*pad {
					t.Errorf("%q at %v cut early: %q would fit", text, width, next)
				}
			}
			o.Resize(fyne.NewSize(20000, 30))
			if o.Shown() != text {
				t.Errorf("widened, %q shows %q", text, o.Shown())
			}
		}
	}
	if cut == 0 {
		t.Fatal("no text was wider than its line: the test cuts nothing")
	}
}
