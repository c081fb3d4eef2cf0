package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"backchannel/charts"
)

// PrefTheme is the preference key holding the theme's name.
const PrefTheme = "theme"

// chartTheme returns the theme the user last chose, light by default.
func chartTheme(a fyne.App) charts.Theme {
	th, err := charts.ThemeNamed(a.Preferences().StringWithFallback(PrefTheme, charts.Light.Name))
	if err != nil {
		return charts.Light
	}
	return th
}

// fixedTheme is Fyne's default theme held to one variant, with the text
// size of the chart theme, so the window and its charts match.
type fixedTheme struct {
	fyne.Theme
	variant  fyne.ThemeVariant
	textSize float32
}

func appTheme(th charts.Theme) fyne.Theme {
	v := theme.VariantLight
	if th.Name == charts.Dark.Name {
		v = theme.VariantDark
	}
	return fixedTheme{Theme: theme.DefaultTheme(), variant: v, textSize: float32(th.LabelSize + 1)}
}

// Color implements fyne.Theme, ignoring the system's variant.
func (t fixedTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// Size implements fyne.Theme, scaling text with the chart theme.
func (t fixedTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return t.textSize
	}
	return t.Theme.Size(n)
}
