package app

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"backchannel/charts"
	"backchannel/data"
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

// fixedTheme is Fyne's default theme held to one variant, with its text
// and icons scaled to the chart theme's type, so the window and its
// pictures match: the projector theme enlarges everything.
type fixedTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	factor  float32
	icons   *keptIcons
}

// fyneTextSize is Fyne's default body text size, which the light theme keeps.
const fyneTextSize = 14

func appTheme(th charts.Theme) fyne.Theme {
	v := theme.VariantLight
	if th.IsDark() {
		v = theme.VariantDark
	}
	return fixedTheme{Theme: theme.DefaultTheme(), variant: v, factor: float32(th.LabelSize+1) / fyneTextSize, icons: &keptIcons{}}
}

// Icon implements fyne.Theme: Fyne's icon, coloured once for the theme.
func (t fixedTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.icons.icon(n, t.Theme.Icon) }

// Color implements fyne.Theme, ignoring the system's variant.
func (t fixedTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// Size implements fyne.Theme, scaling type and icons together.
func (t fixedTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return t.Theme.Size(n) * t.factor
	}
	return t.Theme.Size(n)
}

// setTheme switches the window, its charts and timeline to th and
// remembers the choice.
func (w *Window) setTheme(th charts.Theme) {
	w.Theme = th
	withGLContext(func() { w.App.Settings().SetTheme(appTheme(th)) }) // in a page, see pagegl_js.go
	w.App.Preferences().SetString(PrefTheme, th.Name)
	w.Timeline.SetTheme(th)
	w.Decades.SetTheme(th)
	w.Channels.SetTheme(th)
	w.Filters.SetTheme(th)
	w.Win.Content().Refresh() // minimum sizes follow the type
	if i := w.Timeline.Selected(); i >= 0 {
		w.showSelection(i, *w.Timeline.Events()[i])
	}
	w.refreshMenu()
}

// nextTheme moves to the next theme in menu order.
func (w *Window) nextTheme() {
	all := charts.Themes()
	for i, th := range all {
		if th.Name == w.Theme.Name {
			w.setTheme(all[(i+1)%len(all)])
			return
		}
	}
	w.setTheme(charts.Light)
}

// todayYear is now in decimal years.
func todayYear() float64 { return data.DecimalYear(time.Now()) }
