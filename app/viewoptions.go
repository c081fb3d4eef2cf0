package app

import "fyne.io/fyne/v2"

// Preference keys of the View menu's check items.
const (
	// PrefReduceMotion turns glides into cuts, for viewers whom motion unsettles.
	PrefReduceMotion = "reduceMotion"
	// PrefSolarHijriAxis labels the timeline's axis in Solar Hijri years.
	PrefSolarHijriAxis = "solarHijriAxis"
)

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

// solarHijriAxisItem is the View menu's check item that labels the axis
// in Solar Hijri years and months.
func (w *Window) solarHijriAxisItem() *fyne.MenuItem {
	on := w.App.Preferences().BoolWithFallback(PrefSolarHijriAxis, false)
	item := fyne.NewMenuItem("Solar Hijri Dates on the Axis", func() {
		w.App.Preferences().SetBool(PrefSolarHijriAxis, !on)
		w.Timeline.SetSolarHijriAxis(!on)
		w.refreshMenu()
	})
	item.Checked = on
	return item
}
