package app

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne colours an icon for the theme each time a picture of it is made,
// by reading its SVG as XML and writing it again: at every resize and
// refresh of every icon on the screen, a few hundred times while the
// window is first laid out. keptIcons colours each icon once per colour
// and keeps the result; and it colours without XML: standInIcons (made by
// go generate; the generator keeps its own copy of the stand-in colour
// below) holds each of Fyne's icons as Fyne colours it, in a stand-in
// colour, and the theme's colour is put in place of that one.
//
//go:generate go run ./internal/colouredicons -o themeicons_standin.go

// The stand-in colour, as Fyne writes a fill and its opacity in an SVG.
const (
	standInHex     = "#010203"
	standInOpacity = "0.003922"
)

// standInIcon is the icon called name coloured in the stand-in colour, if
// standInIcons has it.
func standInIcon(name fyne.ThemeIconName) (string, bool) {
	i := sort.Search(len(standInIcons), func(i int) bool { return standInIcons[i].name >= string(name) })
	if i < len(standInIcons) && standInIcons[i].name == string(name) {
		return standInIcons[i].svg, true
	}
	return "", false
}

// svgColour is c as Fyne writes it in an SVG: a fill and its opacity.
func svgColour(c color.Color) (fill, opacity string) {
	n, ok := c.(color.NRGBA)
	if !ok {
		n = color.NRGBAModel.Convert(c).(color.NRGBA)
	}
	return fmt.Sprintf("#%02x%02x%02x", n.R, n.G, n.B), strconv.FormatFloat(float64(n.A)/0xff, 'f', 6, 64)
}

// keptIcons are a theme's icons, each coloured at its first use.
type keptIcons struct {
	mu    sync.Mutex
	icons map[fyne.ThemeIconName]fyne.Resource
}

// icon is the theme's icon called name, as from, kept once coloured.
func (k *keptIcons) icon(name fyne.ThemeIconName, from func(fyne.ThemeIconName) fyne.Resource) fyne.Resource {
	k.mu.Lock()
	defer k.mu.Unlock()
	if res, ok := k.icons[name]; ok {
		return res
	}
	res := from(name)
	if themed, ok := res.(fyne.ThemedResource); ok {
		standIn, _ := standInIcon(name)
		res = &keptIcon{themed: themed, standIn: standIn}
	}
	if k.icons == nil {
		k.icons = map[fyne.ThemeIconName]fyne.Resource{}
	}
	k.icons[name] = res
	return res
}

// keptIcon is a themed icon whose coloured SVG is kept until the colour
// it is drawn in changes.
type keptIcon struct {
	themed  fyne.ThemedResource
	standIn string // the icon in the stand-in colour; empty if not known
	mu      sync.Mutex
	colour  color.Color
	content []byte
}

// Name implements fyne.Resource.
func (k *keptIcon) Name() string { return k.themed.Name() }

// ThemeColorName implements fyne.ThemedResource: the colour it is drawn in.
func (k *keptIcon) ThemeColorName() fyne.ThemeColorName { return k.themed.ThemeColorName() }

// Content implements fyne.Resource: the icon's SVG in the current theme's
// colour, coloured again only when that colour has changed.
func (k *keptIcon) Content() []byte {
	colour := theme.Color(k.themed.ThemeColorName())
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.content == nil || k.colour != colour {
		k.content, k.colour = k.coloured(colour), colour
	}
	return k.content
}

// coloured is the icon's SVG in colour: the stand-in colour replaced, or
// where the icon is not known in it, coloured by Fyne.
func (k *keptIcon) coloured(colour color.Color) []byte {
	if k.standIn == "" {
		return k.themed.Content()
	}
	fill, opacity := svgColour(colour)
	return []byte(strings.NewReplacer(standInHex, fill, standInOpacity, opacity).Replace(k.standIn))
}
