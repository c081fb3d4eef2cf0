package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
)

// recordTexts are the bundled record's summaries and accounts.
func recordTexts(t *testing.T) []string {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range ds.Events {
		texts = append(texts, e.Summary, e.Title)
		for _, a := range e.Accounts {
			texts = append(texts, ds.AccountLine(a))
		}
	}
	return texts
}

// TestParagraphLinesFitAndFill checks every line of the record's texts,
// wrapped at three widths: drawn no wider than the width, the next word
// would not have fitted, and the words are all there, in order.
func TestParagraphLinesFitAndFill(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.InnerPadding()
	for _, width := range []float32{220, 380, 640} {
		for _, text := range recordTexts(t) {
			p := NewParagraph(text, fyne.TextStyle{})
			p.Resize(fyne.NewSize(width, 100))
			lines := strings.Split(p.Lines(), "\n")
			if got := strings.Join(lines, " "); got != text {
				t.Fatalf("at %v the lines %q lose words of %q", width, lines, text)
			}
			for i, l := range lines {
				if w := fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width; w > width-2*pad {
					t.Errorf("at %v line %q is %v wide", width, l, w)
				}
				if i+1 < len(lines) {
					more := l + " " + strings.Fields(lines[i+1])[0]
					if w := fyne.MeasureText(more, theme.TextSize(), fyne.TextStyle{}).Width; w <= width-2*pad {
						t.Errorf("at %v line %q broke early: %q fits (%v)", width, l, more, w)
					}
				}
			}
		}
	}
}

// TestParagraphIsAsTallAsAWrappingLabel compares each of the record's
// texts with Fyne's own wrapping label at the same width: the same number
// of lines, so the same height.
func TestParagraphIsAsTallAsAWrappingLabel(t *testing.T) {
	test.NewTempApp(t)
	for _, text := range recordTexts(t)[:120] {
		p := NewParagraph(text, fyne.TextStyle{Italic: true})
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		l.Wrapping = fyne.TextWrapWord
		size := fyne.NewSize(300, 50)
		p.Resize(size)
		l.Resize(size)
		if p.MinSize().Height != l.MinSize().Height {
			t.Errorf("%q: %v tall, a wrapping label %v (lines %q)", text, p.MinSize().Height, l.MinSize().Height, p.Lines())
		}
	}
}

// TestParagraphBreaksAWordWiderThanALine keeps every letter of a word no
// line can hold, a line's worth at a time, and wraps again when resized.
func TestParagraphBreaksAWordWiderThanALine(t *testing.T) {
	test.NewTempApp(t)
	word := strings.Repeat("Khorramshahr", 8)
	p := NewParagraph("At "+word+" end", fyne.TextStyle{})
	p.Resize(fyne.NewSize(200, 40))
	lines := strings.Split(p.Lines(), "\n")
	if len(lines) < 4 || lines[0] != "At" || lines[len(lines)-1] == "" || strings.ReplaceAll(strings.Join(lines, ""), " ", "") != "At"+word+"end" {
		t.Fatalf("lines %q", lines)
	}
	narrow := p.MinSize().Height
	p.Resize(fyne.NewSize(2000, 40))
	if p.Lines() != "At "+word+" end" || p.MinSize().Height >= narrow {
		t.Errorf("wide: lines %q, %v tall (narrow %v)", p.Lines(), p.MinSize().Height, narrow)
	}
	p.SetText("Two\nlines")
	if p.Lines() != "Two\nlines" || p.Text() != "Two\nlines" {
		t.Errorf("after SetText: %q", p.Lines())
	}
}
