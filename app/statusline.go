package app

import "fyne.io/fyne/v2/widget"

// statusLine is the window's status line: a label whose every text is
// also announced (in a browser, to screen readers through the page; see
// announce).
type statusLine struct{ widget.Label }

// newStatusLine is a status line reading text.
func newStatusLine(text string) *statusLine {
	s := &statusLine{}
	s.Text = text
	s.ExtendBaseWidget(s)
	announce(text)
	return s
}

// SetText shows text, and announces it.
func (s *statusLine) SetText(text string) {
	s.Label.SetText(text)
	announce(text)
}
