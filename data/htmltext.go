package data

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags end a line of text when they open or close.
var blockTags = map[string]bool{"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true,
	"blockquote": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "cite": true}

// PlainText turns the HTML of an imported timeline into readable plain
// text, read as a browser reads it (golang.org/x/net/html's tokenizer):
// tags and comments go, paragraphs and line breaks become line ends,
// entities are decoded, a link keeps its address in brackets after its
// words, and the contents of script and style elements are dropped.
// Nothing is fetched.
func PlainText(s string) string {
	if !strings.ContainsAny(s, markupBytes) {
		// Text with neither tags nor entities reads as it is written: most
		// of a large timeline's titles and summaries need no tokenizer.
		if isTidyLine(s) {
			return s
		}
		return tidyLines(spaceNewlines(s))
	}
	return plainTextOfHTML(s)
}

// markupBytes are the bytes that make a tokenizer read text differently
// from how it is written: a tag, an entity, a NUL.
const markupBytes = "<&\x00"

// plainTextOfHTML is PlainText read through the tokenizer.
func plainTextOfHTML(s string) string {
	var b strings.Builder
	var href string // the address of the link being read
	skip := ""      // the element whose contents are being dropped
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		name := tok.Data
		switch {
		case skip != "":
			if tt == html.EndTagToken && name == skip {
				skip = ""
			}
		case tt == html.TextToken:
			b.WriteString(spaceNewlines(tok.Data))
		case tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken:
			// comments and doctypes say nothing to a reader
		case (name == "script" || name == "style") && tt == html.StartTagToken:
			skip = name
		case name == "a" && tt == html.StartTagToken:
			href = attr(tok, "href")
		case name == "a" && tt == html.EndTagToken:
			if href != "" && !strings.HasSuffix(b.String(), href) {
				b.WriteString(" (" + href + ")")
			}
			href = ""
		case blockTags[name]:
			b.WriteString("\n")
		}
	}
	return tidyLines(b.String())
}

// attr is the value of a tag's attribute, "" when it has none.
func attr(tok html.Token, name string) string {
	for _, a := range tok.Attr {
		if a.Namespace == "" && a.Key == name {
			return a.Val
		}
	}
	return ""
}

// PlainLine is PlainText on one line, for titles and names: the lines
// it would have are joined with spaces.
func PlainLine(s string) string { return strings.ReplaceAll(PlainText(s), "\n", " ") }

// isTidyLine reports whether s is one line as tidyLines leaves it: ASCII
// without control characters, single spaces between words, none at
// either end. (Text beyond ASCII may hold other spaces: it is tidied.)
func isTidyLine(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// tidyLines folds runs of white space inside lines and drops empty lines.
func tidyLines(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// newlineSpacer makes the line ends of HTML source the white space they are.
var newlineSpacer = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func spaceNewlines(s string) string { return newlineSpacer.Replace(s) }
