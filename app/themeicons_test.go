package app

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
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

// Every icon coloured from its stand-in is what Fyne's colouring makes,
// in the light theme and the dark; the table is in order for searching.
func TestIconsColouredFromTheStandInAreFynes(t *testing.T) {
	a := test.NewTempApp(t)
	for i := 1; i < len(standInIcons); i++ {
		if standInIcons[i-1].name >= standInIcons[i].name {
			t.Fatalf("standInIcons out of order at %q", standInIcons[i].name)
		}
	}
	for _, th := range []charts.Theme{charts.Light, charts.Dark} {
		fixed := appTheme(th)
		a.Settings().SetTheme(fixed)
		for _, icon := range standInIcons {
			name := fyne.ThemeIconName(icon.name)
			kept, ok := fixed.Icon(name).(*keptIcon)
			if !ok || kept.standIn == "" {
				t.Fatalf("%s: not coloured from its stand-in", name)
			}
			if got, want := kept.Content(), theme.DefaultTheme().Icon(name).Content(); !bytes.Equal(got, want) {
				t.Errorf("%s theme, %s: coloured from the stand-in\n%s\nFyne colours it (run go generate ./app if Fyne changed)\n%s", th.Name, name, got, want)
			}
		}
	}
}
