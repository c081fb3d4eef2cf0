package app

import "fyne.io/fyne/v2"

// PrefReduceMotion is the preference key that turns glides into cuts, for
// viewers whom motion unsettles.
const PrefReduceMotion = "reduceMotion"

// ReducedMotion reports whether the user asked for cuts instead of glides.
func (w *Window) ReducedMotion() bool {
	return w.App.Preferences().BoolWithFallback(PrefReduceMotion, false)
}

// toggleReducedMotion flips the preference and the menu's check mark.
func (w *Window) toggleReducedMotion() {
	w.App.Preferences().SetBool(PrefReduceMotion, !w.ReducedMotion())
	w.refreshMenu()
}

// reduceMotionItem is the View menu's check item for the preference.
func (w *Window) reduceMotionItem() *fyne.MenuItem {
	item := fyne.NewMenuItem("Reduce Motion", w.toggleReducedMotion)
	item.Checked = w.ReducedMotion()
	return item
}
