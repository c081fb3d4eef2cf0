package charts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
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

// pngAltText adds international text chunks (iTXt, UTF-8) named Title and
// Description after a PNG's header chunk.
func pngAltText(png []byte, s Scene) []byte {
	const headerEnd = 8 + 4 + 4 + 13 + 4 // signature, then IHDR's length, type, data and CRC
	if len(png) < headerEnd || (s.Title == "" && s.Description == "") {
		return png
	}
	var b bytes.Buffer
	b.Write(png[:headerEnd])
	for _, kv := range [][2]string{{"Title", s.Title}, {"Description", s.Description}} {
		if kv[1] != "" {
			writeITXt(&b, kv[0], kv[1])
		}
	}
	b.Write(png[headerEnd:])
	return b.Bytes()
}

// writeITXt writes one uncompressed iTXt chunk: keyword, no compression,
// no language tag, no translated keyword, then the UTF-8 text.
func writeITXt(b *bytes.Buffer, keyword, text string) {
	var body bytes.Buffer
	body.WriteString("iTXt")
	body.WriteString(keyword)
	body.Write([]byte{0, 0, 0, 0, 0})
	body.WriteString(text)
	binary.Write(b, binary.BigEndian, uint32(body.Len()-4))
	b.Write(body.Bytes())
	binary.Write(b, binary.BigEndian, crc32.ChecksumIEEE(body.Bytes()))
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
