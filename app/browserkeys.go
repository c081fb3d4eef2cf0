package app

import "fyne.io/fyne/v2"

// reservedInBrowsers are the keys (with Ctrl) a browser acts on before a
// page sees them: new window, new tab, close tab, switch to tab 1 to 9.
var reservedInBrowsers = map[fyne.KeyName]bool{
	fyne.KeyN: true, fyne.KeyT: true, fyne.KeyW: true,
	fyne.Key1: true, fyne.Key2: true, fyne.Key3: true, fyne.Key4: true, fyne.Key5: true,
	fyne.Key6: true, fyne.Key7: true, fyne.Key8: true, fyne.Key9: true,
}

// reservedKey says whether key with mod is one a browser keeps.
func reservedKey(key fyne.KeyName, mod fyne.KeyModifier) bool {
	return mod == fyne.KeyModifierControl && reservedInBrowsers[key]
}
