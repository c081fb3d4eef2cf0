package app

import (
	"fyne.io/fyne/v2"

	"backchannel/charts"
)

// Preference keys of the View menu's check items.
const (
	// PrefReduceMotion turns glides into cuts, for viewers whom motion unsettles.
	PrefReduceMotion = "reduceMotion"
	// PrefSolarHijriAxis labels the timeline's axis in Solar Hijri years.
	PrefSolarHijriAxis = "solarHijriAxis"
	// PrefHideCharts gives the charts' room to the timeline, as on a small
	// projector.
	PrefHideCharts = "hideCharts"
	// PrefTimelineRows is how the timeline shares its lanes: "packed", or
	// "channel" for a row per channel or group.
	PrefTimelineRows = "timelineRows"
)

// timelineRows is how the user last chose to share the timeline's lanes.
func (w *Window) timelineRows() charts.Rows {
	rows, err := charts.ParseRows(w.App.Preferences().StringWithFallback(PrefTimelineRows, "packed"))
	if err != nil {
		return charts.RowsPacked
	}
	return rows
}

// setTimelineRows shares the timeline's lanes as rows says, in the window,
// in presentation and in what is exported from here, and remembers it.
func (w *Window) setTimelineRows(rows charts.Rows) {
	name := "packed"
	if rows == charts.RowsByCategory {
		name = "channel"
	}
	w.App.Preferences().SetString(PrefTimelineRows, name)
	w.Timeline.SetRows(rows)
	w.refreshMenu()
}

// rowsItem is the View menu's Rows submenu: Packed, or By Channel (By
// Group for an imported timeline's groups).
func (w *Window) rowsItem() *fyne.MenuItem {
	byName := "By Channel"
	if !w.Dataset.UsesChannels() {
		byName = "By Group"
	}
	packed := fyne.NewMenuItem("Packed", func() { w.setTimelineRows(charts.RowsPacked) })
	byCategory := fyne.NewMenuItem(byName, func() { w.setTimelineRows(charts.RowsByCategory) })
	packed.Checked = w.Timeline.Rows() == charts.RowsPacked
	byCategory.Checked = !packed.Checked
	item := fyne.NewMenuItem("Rows", nil)
	item.ChildMenu = fyne.NewMenu("", packed, byCategory)
	return item
}

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
