package app

import "fyne.io/fyne/v2"

// Preference keys of the View menu's check items.
const (
	// PrefReduceMotion turns glides into cuts, for viewers whom motion unsettles.
	PrefReduceMotion = "reduceMotion"
	// PrefSolarHijriAxis labels the timeline's axis in Solar Hijri years.
	PrefSolarHijriAxis = "solarHijriAxis"
	// PrefHideCharts gives the charts' room to the timeline, as on a small
	// projector.
	PrefHideCharts = "hideCharts"
)

// ChartsShown reports whether the charts show under the timeline.
func (w *Window) ChartsShown() bool {
	return !w.App.Preferences().BoolWithFallback(PrefHideCharts, false)
}

// toggleCharts shows or hides the charts, remembering the choice.
func (w *Window) toggleCharts() {
	w.App.Preferences().SetBool(PrefHideCharts, w.ChartsShown())
	w.placeCharts()
	w.refreshMenu()
}

// placeCharts puts the charts under the timeline, or leaves the timeline
// the whole height when they are hidden.
func (w *Window) placeCharts() {
	if w.ChartsShown() {
		w.mainSplit.Leading = w.Timeline
		w.detailSplit.Leading = w.mainSplit
	} else {
		w.detailSplit.Leading = w.Timeline
	}
	w.detailSplit.Refresh()
}

// chartsItem is the View menu's check item for the charts.
func (w *Window) chartsItem() *fyne.MenuItem {
	keys := windowKeys().charts
	keys.menu = "Charts"
	item := w.item(keys)
	item.Checked = w.ChartsShown()
	return item
}

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
