package app

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"backchannel/charts"
)

// An icon is coloured once for the theme and kept: asked again it is the
// same SVG (not made again), in the theme's colour, as Fyne's would be; a
// change of theme colours it anew.
func TestIconsAreColouredOnceForTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	light := appTheme(charts.Light)
	a.Settings().SetTheme(light)
	icon := theme.MenuDropDownIcon()
	first := icon.Content()
	if again := icon.Content(); &again[0] != &first[0] {
		t.Error("the icon was coloured again for the same colour")
	}
	if theme.MenuDropDownIcon() != icon {
		t.Error("the theme made the icon anew")
	}
	want := theme.NewThemedResource(theme.DefaultTheme().Icon(theme.IconNameArrowDropDown)).Content()
	if !bytes.Equal(first, want) {
		t.Errorf("kept icon differs from Fyne's colouring:\n%s\n%s", first, want)
	}
	a.Settings().SetTheme(appTheme(charts.Dark))
	if after := icon.Content(); bytes.Equal(after, first) {
		t.Error("after a dark theme the icon kept the light theme's colour")
	}
}
