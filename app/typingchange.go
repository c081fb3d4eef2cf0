package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// typedChange is how a text that held became now, as typing would make
// it: the characters erased from the end of held (Backspace), then the
// characters added. A phone keyboard that corrects a word replaces it
// whole: the word erased and the corrected one typed.
func typedChange(held, now string) (erased int, added string) {
	kept := 0
	for kept < len(held) && kept < len(now) {
		a, size := utf8.DecodeRuneInString(held[kept:])
		b, _ := utf8.DecodeRuneInString(now[kept:])
		if a != b {
			break
		}
		kept += size
	}
	return utf8.RuneCountInString(held[kept:]), now[kept:]
}

// typeInto types a change into an entry: Backspace erased times, then
// each character added, a new line as Return.
func typeInto(target fyne.Focusable, erased int, added string) {
	for range erased {
		target.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	for _, r := range added {
		if r == '\n' {
			target.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			continue
		}
		target.TypedRune(r)
	}
}
