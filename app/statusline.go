package app

import "backchannel/views"

// statusLine is the window's status line: one line, cut with an ellipsis
// where the window is too narrow, whose every text is also announced (in
// a browser, to screen readers through the page; see announce).
type statusLine struct{ views.OneLine }

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
	s.OneLine.SetText(text)
	announce(text)
}
