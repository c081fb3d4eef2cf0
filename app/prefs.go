package app

// Preference keys: split positions, the last view, recent files, the
// folder of the last export.
const (
	prefMainSplit   = "split.main"
	prefChartSplit  = "split.charts"
	prefDetailSplit = "split.detail"
	prefViewStart   = "view.start"
	prefViewEnd     = "view.end"
	prefRecent      = "recent"
	prefExportDir   = "export.dir"
)

// restorePreferences puts the splits and the view back as they were.
func (w *Window) restorePreferences() {
	p := w.App.Preferences()
	for _, s := range []struct {
		key   string
		split *float64
	}{{prefMainSplit, &w.mainSplit.Offset}, {prefChartSplit, &w.chartSplit.Offset}, {prefDetailSplit, &w.detailSplit.Offset}} {
		if v := p.Float(s.key); v > 0.05 && v < 0.95 {
			*s.split = v
		}
	}
	start, end := p.Float(prefViewStart), p.Float(prefViewEnd)
	if end > start {
		v := w.Timeline.View()
		v.Start, v.End = start, end
		w.Timeline.SetView(v)
	}
}

// savePreferences remembers the splits and the view.
func (w *Window) savePreferences() {
	p := w.App.Preferences()
	p.SetFloat(prefMainSplit, w.mainSplit.Offset)
	p.SetFloat(prefChartSplit, w.chartSplit.Offset)
	p.SetFloat(prefDetailSplit, w.detailSplit.Offset)
	v := w.Timeline.View()
	p.SetFloat(prefViewStart, v.Start)
	p.SetFloat(prefViewEnd, v.End)
}

// timelineToday is today for exported timelines' marker.
func (w *Window) timelineToday() float64 { return todayYear() }
