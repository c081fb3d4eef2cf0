// Command langcheck prints what Fyne's lang package gives for a few
// strings, an app's own translations added first: the test of
// web/webmodules runs it against the web build's Fyne.
package main

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

func main() {
	err := lang.AddTranslationsForLocale([]byte(`{"Cancel": "Abbrechen"}`), fyne.Locale("de"))
	fmt.Println(err)
	fmt.Println(lang.L("Cancel"))
	fmt.Println(lang.X("key", "{{.Count}} events", map[string]int{"Count": 3}))
	fmt.Println(lang.N("{{.Count}} event", 1, struct{ Count int }{1}))
}
