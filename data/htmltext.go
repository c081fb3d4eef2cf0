package data

import (
	"html"
	"strings"
)

// blockTags end a line of text when they open or close.
var blockTags = map[string]bool{"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true,
	"blockquote": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "cite": true}

// PlainText turns the HTML of an imported timeline into readable plain
// text: tags go, paragraphs and line breaks become line ends, entities are
// decoded, a link keeps its address in brackets after its words, and the
// contents of script and style elements are dropped. Nothing is fetched.
func PlainText(s string) string {
	var b strings.Builder
	var href string // the address of the link being read
	skip := ""      // the element whose contents are being dropped
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			if skip == "" {
				b.WriteString(spaceNewlines(s))
			}
			break
		}
		if skip == "" {
			b.WriteString(spaceNewlines(s[:lt]))
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 { // a lone "<": keep it as text
			if skip == "" {
				b.WriteString(spaceNewlines(s[lt:]))
			}
			break
		}
		tag := s[lt+1 : lt+gt]
		s = s[lt+gt+1:]
		closing := strings.HasPrefix(tag, "/")
		name := ""
		if f := strings.Fields(strings.TrimPrefix(tag, "/")); len(f) > 0 {
			name = strings.ToLower(strings.TrimSuffix(f[0], "/"))
		}
		switch {
		case skip != "":
			if closing && name == skip {
				skip = ""
			}
		case name == "script" || name == "style":
			if !closing {
				skip = name
			}
		case name == "a" && !closing:
			href = attr(tag, "href")
		case name == "a" && closing:
			if href != "" && !strings.HasSuffix(b.String(), html.UnescapeString(href)) {
				b.WriteString(" (" + href + ")")
			}
			href = ""
		case blockTags[name]:
			b.WriteString("\n")
		}
	}
	return tidyLines(html.UnescapeString(b.String()))
}

// PlainLine is PlainText on one line, for titles and names: the lines
// it would have are joined with spaces.
func PlainLine(s string) string { return strings.ReplaceAll(PlainText(s), "\n", " ") }

// attr reads one attribute's value from the inside of a tag.
func attr(tag, name string) string {
	lower := strings.ToLower(tag)
	i := strings.Index(lower, name+"=")
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+1:]
	if v == "" {
		return ""
	}
	if q := v[0]; q == '"' || q == '\'' {
		if end := strings.IndexByte(v[1:], q); end >= 0 {
			return v[1 : end+1]
		}
		return v[1:]
	}
	if end := strings.IndexAny(v, " \t\n"); end >= 0 {
		return v[:end]
	}
	return v
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

// spaceNewlines makes the line ends of HTML source the white space they are.
func spaceNewlines(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}
