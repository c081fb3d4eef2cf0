package main

// iconsKept: Fyne colours a themed icon by parsing its SVG as XML and
// writing it again, at every call for its content (three or four times
// each time an icon's image is refreshed), then parses the result again
// to draw it, at every resize of every image: a fifth of the work before
// the first frame in a browser, for the same few icons in a few colours.
// The copy keeps what each colouring and each parse made.
var iconsKept = fileChange{file: "internal/svg/svg.go", why: "icons are coloured and parsed once", replace: [][2]string{
	{"func Colorize(src []byte, clr color.Color) ([]byte, error) {", "func colorizeAnew(src []byte, clr color.Color) ([]byte, error) {"},
	{"func NewDecoder(stream io.Reader) (*Decoder, error) {", "func decoderAnew(stream io.Reader) (*Decoder, error) {"},
	{"func (d *Decoder) Draw(width, height int) (*image.NRGBA, error) {", "func (d *Decoder) drawAnew(width, height int) (*image.NRGBA, error) {"},
}}

// iconsKeptFile holds the functions iconsKept gives the names of.
var iconsKeptFile = fileChange{file: "internal/svg/kept_web.go", content: `package svg

// Fyne's go.mod says go 1.19: nothing newer may be used here.

import (
	"bytes"
	"image"
	"image/color"
	"io"
	"sync"
)

// keptMost is how many colourings, and how many parsed icons, are kept;
// past it they are forgotten and kept again as they are asked for.
const keptMost = 1024

type colorized struct {
	src        string
	r, g, b, a uint32
}

type colorizedResult struct {
	out []byte
	err error
}

var (
	keptMu      sync.Mutex
	keptColored = map[colorized]colorizedResult{}
	keptIcons   = map[string]*Decoder{}
)

// Colorize creates a new SVG from a given one by replacing all fill colors
// by the given color, once for each SVG and colour.
func Colorize(src []byte, clr color.Color) ([]byte, error) {
	r, g, b, a := clr.RGBA()
	key := colorized{string(src), r, g, b, a}
	keptMu.Lock()
	kept, ok := keptColored[key]
	keptMu.Unlock()
	if ok {
		return kept.out, kept.err
	}
	out, err := colorizeAnew(src, clr)
	keptMu.Lock()
	if len(keptColored) >= keptMost {
		keptColored = map[colorized]colorizedResult{}
	}
	keptColored[key] = colorizedResult{out, err}
	keptMu.Unlock()
	return out, err
}

// NewDecoder parses the SVG stream gives, once for each SVG.
func NewDecoder(stream io.Reader) (*Decoder, error) {
	src, err := io.ReadAll(stream)
	if err != nil {
		return nil, err
	}
	keptMu.Lock()
	d, ok := keptIcons[string(src)]
	keptMu.Unlock()
	if ok {
		return d, nil
	}
	d, err = decoderAnew(bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	keptMu.Lock()
	if len(keptIcons) >= keptMost {
		keptIcons = map[string]*Decoder{}
	}
	keptIcons[string(src)] = d
	keptMu.Unlock()
	return d, nil
}

// Draw draws the icon at a size; a parsed icon is shared, so one is drawn
// at a time.
func (d *Decoder) Draw(width, height int) (*image.NRGBA, error) {
	keptMu.Lock()
	defer keptMu.Unlock()
	return d.drawAnew(width, height)
}
`}
