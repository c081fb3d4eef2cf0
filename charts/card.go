package charts

import (
	"backchannel/pen"
	"math"
	"strings"

	"backchannel/data"
)

// Card is the caption a presentation shows for the current event, in type
// large enough to read from the back of a lecture hall.
type Card struct {
	Title   string
	Date    string
	Channel data.Channel
	Meta    string // the channel and administration, after the date
	Summary string
	Source  string
}

// Layout places the card in a width×height picture: title, a line with
// the channel's marker, date and meta, the summary's first sentences, and
// the source, each shortened to fit rather than overflow.
func (c Card) Layout(width, height float64, th Theme) pen.Scene {
	sc := pen.Scene{Width: width, Height: height, Background: th.Background}
	u := math.Min(width/1600, height/420) // 1 at full HD with the card in its usual place
	u = math.Max(u, 0.45)
	titleSize, metaSize, bodySize, srcSize := 46*u, 30*u, 30*u, 22*u
	pad := 36 * u
	textW := width - 2*pad
	y := pad
	lines := WrapLines(c.Title, titleSize, textW, 2)
	for _, l := range lines {
		y += titleSize * 1.15
		sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: y, Body: l, Size: titleSize, Color: th.Text})
	}
	y += metaSize * 0.9
	r := metaSize * 0.42
	sc.Shapes = append(sc.Shapes, th.Mark(MarkerShape(c.Channel, pad+r, y+metaSize*0.5-pen.CapHeight(metaSize)/2, r), th.ChannelColor(c.Channel)))
	meta := c.Date
	if c.Meta != "" {
		meta += " · " + c.Meta
	}
	y += metaSize * 0.5
	sc.Texts = append(sc.Texts, pen.Text{X: pad + 2*r + metaSize*0.4, Y: y, Body: pen.Ellipsize(meta, metaSize, textW-2*r-metaSize*0.4), Size: metaSize, Color: th.Text})
	y += metaSize * 0.6
	// The summary takes what room is left above the source line.
	srcY := height - pad*0.8
	room := int((srcY - srcSize*1.6 - y) / (bodySize * 1.3))
	for _, l := range WrapLines(FirstSentences(c.Summary, 3), bodySize, textW, min(max(room, 0), 4)) {
		y += bodySize * 1.3
		sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: y, Body: l, Size: bodySize, Color: th.Text})
	}
	if c.Source != "" {
		sc.Texts = append(sc.Texts, pen.Text{X: pad, Y: srcY, Body: pen.Ellipsize(c.Source, srcSize, textW), Size: srcSize, Color: th.Muted})
	}
	return sc
}

// WrapLines breaks s at spaces into at most maxLines lines of width,
// ending the last with "…" when the text does not all fit.
func WrapLines(s string, size, width float64, maxLines int) []string {
	if maxLines <= 0 {
		return nil
	}
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for i, w := range words {
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if pen.TextWidth(next, size) <= width || cur == "" {
			cur = next
			continue
		}
		if len(lines) == maxLines-1 {
			return append(lines, pen.Ellipsize(strings.Join(append([]string{cur}, words[i:]...), " "), size, width))
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" {
		lines = append(lines, pen.Ellipsize(cur, size, width))
	}
	return lines
}

// FirstSentences returns the first n sentences of s.
func FirstSentences(s string, n int) string {
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ') {
			// Not the dot of an abbreviation such as "U.S." before a capital.
			if i >= 2 && s[i-2] == '.' {
				continue
			}
			count++
			if count == n {
				return s[:i+1]
			}
		}
	}
	return s
}
