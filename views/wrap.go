package views

import "strings"

// wrapLines breaks text into lines no wider than width, as a wrapping
// label does: each of its own lines kept, broken again at spaces, and a
// word wider than a whole line broken where it stops fitting. estimate
// is a piece's width found quickly; exact is the width it is drawn at,
// asked about once a line: a line the estimate let grow too wide gives
// back its last words.
func wrapLines(text string, width float32, estimate, exact func(string) float32) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = wrapParagraph(lines, para, width, estimate, exact)
	}
	return lines
}

// kerningSlack is how much wider than the width, as a share of it, an
// estimated line may be and still fit once kerned: such a line is
// measured exactly.
const kerningSlack = 0.03

// wrapParagraph appends the lines of para, which holds no line break.
func wrapParagraph(lines []string, para string, width float32, estimate, exact func(string) float32) []string {
	words := strings.Split(para, " ")
	space := estimate(" ")
	slack := width * kerningSlack
	for len(words) > 0 {
		n, used := 1, estimate(words[0])
		for n < len(words) {
			next := used + space + estimate(words[n])
			if next > width && (next > width+slack || exact(strings.Join(words[:n+1], " ")) > width) {
				break
			}
			n, used = n+1, next
		}
		line := strings.Join(words[:n], " ")
		// A line the estimate puts well within the width fits however
		// it is kerned: only one near the edge is measured.
		for n > 1 && used > width*(1-kerningSlack) && exact(line) > width {
			n--
			line = strings.Join(words[:n], " ")
			used = width // measured from here on
		}
		if n == 1 && len(words[0]) > 1 && used > width*(1-kerningSlack) && exact(line) > width {
			head, tail := breakWord(words[0], width, exact)
			lines = append(lines, head)
			words[0] = tail
			continue
		}
		lines = append(lines, line)
		words = words[n:]
	}
	return lines
}

// breakWord splits word, wider than width, after the most letters that
// fit (at least one).
func breakWord(word string, width float32, exact func(string) float32) (head, tail string) {
	runes := []rune(word)
	lo, hi := 1, len(runes)-1 // the letters kept: lo fit, or must be kept
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if exact(string(runes[:mid])) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]), string(runes[lo:])
}

// fitLine is text where it fits width, or else as many of its letters as
// fit with "…" after them. estimate and exact are as for wrapLines.
func fitLine(text string, width float32, estimate, exact func(string) float32) string {
	if estimate(text) <= width*(1-kerningSlack) || exact(text) <= width {
		return text
	}
	runes := []rune(text)
	room := width - estimate("…")
	n, used := 0, float32(0)
	for n < len(runes) {
		next := used + estimate(string(runes[n]))
		if next > room {
			break
		}
		n, used = n+1, next
	}
	cut := func(n int) (string, bool) {
		s := strings.TrimRight(string(runes[:n]), " ") + "…"
		return s, exact(s) <= width
	}
	for n < len(runes) { // the estimate leaves out kerning: more may fit
		if _, ok := cut(n + 1); !ok {
			break
		}
		n++
	}
	for ; n > 0; n-- {
		if s, ok := cut(n); ok {
			return s
		}
	}
	return "…"
}
