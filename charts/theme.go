package charts

import (
	"backchannel/pen"
	"fmt"
	"image/color"
	"strings"

	"backchannel/data"
)

// Theme is the look of a picture: colours and type sizes in logical pixels.
type Theme struct {
	Name       string // as the command line and preferences name it
	Label      string // as the menus name it
	Background color.RGBA
	Text       color.RGBA
	Muted      color.RGBA // secondary text: ticks, captions
	Grid       color.RGBA
	Axis       color.RGBA
	Highlight  color.RGBA // behind the selected event's label
	Today      color.RGBA // the today marker
	TitleSize  float64
	LabelSize  float64
	TickSize   float64
	Stroke     float64      // width of axis and grid lines
	Channels   []color.RGBA // the palette of categories, the six channels first
	// StrongBands deepens the era bands, for screens that wash colour out.
	StrongBands bool
}

// A palette distinguishable with the common colour-vision deficiencies
// (after Okabe and Ito), in channel order.
var channelPalette = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xFF}, // direct: blue
	{0xCC, 0x79, 0xA7, 0xFF}, // secret: reddish purple
	{0xE6, 0x9F, 0x00, 0xFF}, // intermediary: orange
	{0x00, 0x9E, 0x73, 0xFF}, // multilateral: bluish green
	{0x56, 0xB4, 0xE9, 0xFF}, // public: sky blue
	{0xD5, 0x5E, 0x00, 0xFF}, // coercive: vermilion
}

// Light is the default theme: dark text on white.
var Light = Theme{
	Name:       "light",
	Label:      "Light",
	Background: color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Text:       color.RGBA{0x1F, 0x23, 0x28, 0xFF},
	Muted:      color.RGBA{0x5A, 0x62, 0x6B, 0xFF},
	Grid:       color.RGBA{0xE3, 0xE6, 0xEA, 0xFF},
	Axis:       color.RGBA{0x8A, 0x92, 0x9B, 0xFF},
	Highlight:  color.RGBA{0xFF, 0xE5, 0x8F, 0xFF},
	Today:      color.RGBA{0xC0, 0x1C, 0x28, 0xFF},
	TitleSize:  18, LabelSize: 13, TickSize: 12, Stroke: 1,
	Channels: channelPalette,
}

// Dark is light text on a dark grey.
var Dark = Theme{
	Name:       "dark",
	Label:      "Dark",
	Background: color.RGBA{0x1E, 0x20, 0x24, 0xFF},
	Text:       color.RGBA{0xEC, 0xEE, 0xF1, 0xFF},
	Muted:      color.RGBA{0xA8, 0xAF, 0xB7, 0xFF},
	Grid:       color.RGBA{0x36, 0x3A, 0x40, 0xFF},
	Axis:       color.RGBA{0x78, 0x80, 0x89, 0xFF},
	Highlight:  color.RGBA{0x6B, 0x55, 0x12, 0xFF},
	Today:      color.RGBA{0xFF, 0x6B, 0x6B, 0xFF},
	TitleSize:  18, LabelSize: 13, TickSize: 12, Stroke: 1,
	Channels: []color.RGBA{
		{0x3A, 0x9A, 0xE0, 0xFF},
		{0xE0, 0x8F, 0xBF, 0xFF},
		{0xF0, 0xB4, 0x30, 0xFF},
		{0x2C, 0xC2, 0x96, 0xFF},
		{0x8C, 0xD0, 0xF5, 0xFF},
		{0xF0, 0x7A, 0x2A, 0xFF},
	},
}

// Projector is for a lecture hall: black on white, large type, heavy lines.
var Projector = Theme{
	Name:       "projector",
	Label:      "Projector",
	Background: color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Text:       color.RGBA{0x00, 0x00, 0x00, 0xFF},
	Muted:      color.RGBA{0x20, 0x20, 0x20, 0xFF},
	Grid:       color.RGBA{0xC8, 0xC8, 0xC8, 0xFF},
	Axis:       color.RGBA{0x00, 0x00, 0x00, 0xFF},
	Highlight:  color.RGBA{0xFF, 0xD8, 0x4D, 0xFF},
	Today:      color.RGBA{0xB0, 0x00, 0x00, 0xFF},
	TitleSize:  28, LabelSize: 20, TickSize: 18, Stroke: 2,
	Channels: channelPalette, StrongBands: true,
}

// Contrast is high contrast: white and bright colours on black, heavier
// type and lines, for low vision and for washed-out projectors.
var Contrast = Theme{
	Name:       "contrast",
	Label:      "High Contrast",
	Background: color.RGBA{0x00, 0x00, 0x00, 0xFF},
	Text:       color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Muted:      color.RGBA{0xE6, 0xE6, 0xE6, 0xFF},
	Grid:       color.RGBA{0x4D, 0x4D, 0x4D, 0xFF},
	Axis:       color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Highlight:  color.RGBA{0x1F, 0x3F, 0x9F, 0xFF},
	Today:      color.RGBA{0xFF, 0x80, 0x80, 0xFF},
	TitleSize:  20, LabelSize: 15, TickSize: 14, Stroke: 2,
	Channels: []color.RGBA{
		{0x4D, 0xB3, 0xFF, 0xFF}, // direct: blue
		{0xFF, 0x8C, 0xD9, 0xFF}, // secret: pink
		{0xFF, 0xD0, 0x00, 0xFF}, // intermediary: yellow
		{0x00, 0xE0, 0xA0, 0xFF}, // multilateral: green
		{0xA6, 0xE8, 0xFF, 0xFF}, // public: pale blue
		{0xFF, 0x7A, 0x33, 0xFF}, // coercive: orange
	},
}

// Themes lists the themes, in menu order.
func Themes() []Theme { return []Theme{Light, Dark, Projector, Contrast} }

// ThemeNamed returns the theme called name: light, dark, projector or contrast.
func ThemeNamed(name string) (Theme, error) {
	var names []string
	for _, t := range Themes() {
		if t.Name == name {
			return t, nil
		}
		names = append(names, t.Name)
	}
	return Theme{}, fmt.Errorf("unknown theme %q (want %s)", name, strings.Join(names, ", "))
}

// IsDark reports whether the theme draws light on dark.
func (t Theme) IsDark() bool { return pen.Luminance(t.Background) < 0.5 }

// extraPalette continues the palette for datasets with more than six
// categories: further colours that stay apart for most viewers.
var extraPalette = []color.RGBA{
	{0x88, 0x66, 0xAA, 0xFF}, // purple
	{0x44, 0x99, 0x44, 0xFF}, // green
	{0xBB, 0x55, 0x66, 0xFF}, // rose
	{0x66, 0x99, 0xCC, 0xFF}, // steel blue
	{0x99, 0x77, 0x33, 0xFF}, // ochre
	{0x55, 0x55, 0x55, 0xFF}, // grey
}

// ChannelColor returns the colour of a category (a channel, for the
// U.S.–Iran dataset) in this theme; past the palette, colours repeat.
func (t Theme) ChannelColor(c data.Channel) color.RGBA {
	if c < 0 {
		return t.Muted
	}
	if int(c) < len(t.Channels) {
		return t.Channels[c]
	}
	return extraPalette[(int(c)-len(t.Channels))%len(extraPalette)]
}
