package pen

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"html"
)

// Text alternatives in the files themselves: an SVG's title and desc
// elements, a PNG's Title and Description text chunks.

// svgAltText gives an SVG document its title and description: role="img"
// and aria-labelledby on the root, then <title> and <desc> as its first
// children, so that screen readers and image viewers announce them.
func svgAltText(doc []byte, s Scene, id string) []byte {
	if s.Title == "" && s.Description == "" {
		return doc
	}
	end := bytes.IndexByte(doc, '>')
	if end < 0 || !bytes.HasPrefix(doc, []byte("<svg ")) {
		return doc
	}
	var b bytes.Buffer
	b.Write(doc[:end])
	fmt.Fprintf(&b, ` role="img" aria-labelledby="%s-title %s-desc">`, id, id)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, id, html.EscapeString(s.Title), id, html.EscapeString(s.Description))
	b.Write(doc[end+1:])
	return b.Bytes()
}

// writeITXt writes one uncompressed iTXt chunk (international text,
// UTF-8): keyword, no compression, no language tag, no translated
// keyword, then the text. The picture's title and description go in two.
func writeITXt(b *bytes.Buffer, keyword, text string) {
	body := append([]byte(keyword), 0, 0, 0, 0, 0)
	writeChunk(b, "iTXt", append(body, text...))
}

// PNGText reads a PNG's iTXt and tEXt chunks, keyword to text.
func PNGText(png []byte) map[string]string {
	out := map[string]string{}
	for i := 8; i+8 <= len(png); {
		n := int(binary.BigEndian.Uint32(png[i:]))
		kind := string(png[i+4 : i+8])
		if i+12+n > len(png) {
			break
		}
		data := png[i+8 : i+8+n]
		switch kind {
		case "tEXt":
			if k, v, ok := bytes.Cut(data, []byte{0}); ok {
				out[string(k)] = string(v)
			}
		case "iTXt":
			if k, rest, ok := bytes.Cut(data, []byte{0}); ok && len(rest) >= 2 && rest[0] == 0 {
				rest = rest[2:]                                   // compression flag and method
				if _, rest, ok = bytes.Cut(rest, []byte{0}); ok { // language tag
					if _, text, ok := bytes.Cut(rest, []byte{0}); ok { // translated keyword
						out[string(k)] = string(text)
					}
				}
			}
		}
		i += 12 + n
	}
	return out
}
