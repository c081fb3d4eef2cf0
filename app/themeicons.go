package app

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne colours an icon for the theme each time a picture of it is made:
// its SVG is read and written again at every resize and refresh of every
// icon on the screen, a few hundred times while the window is first laid
// out (in a browser, a tenth of its start). keptIcons colours each icon
// once per colour and keeps the result.

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
		res = &keptIcon{themed: themed}
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
		k.content, k.colour = k.themed.Content(), colour
	}
	return k.content
}
