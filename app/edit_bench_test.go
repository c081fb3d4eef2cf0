package app

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"backchannel/data"
)

// manyEvents is the bundled record's events repeated to n, each copy's
// dates moved a day on per round so that the copies interleave in time
// (each with its sources, accounts, administration and eras, as a real
// timeline's), in order, as a file of them is read: written in
// Backchannel's JSON and loaded.
func manyEvents(t testing.TB, n int) *data.Dataset {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	record := ds.Events
	ds.Events = make([]*data.Event, 0, n)
	for i := 0; len(ds.Events) < n; i++ {
		e := *record[i%len(record)]
		round := i / len(record)
		e.ID, e.After = fmt.Sprintf("%s-%d", e.ID, round), ""
		if e.Start.Precision == data.PrecisionDay {
			e.Start.Day = 1 + (e.Start.Day+round)%28
		}
		if e.IsSpan() && e.End.Finish() <= e.Start.Begin() {
			e.End = data.Date{} // a span the move would end before it begins
		}
		ds.Events = append(ds.Events, &e)
	}
	var file bytes.Buffer
	if err := data.WriteDatasetJSON(&file, ds); err != nil {
		t.Fatal(err)
	}
	read, err := data.Load("many.json", file.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return read
}

// BenchmarkEditInWindow times what the window does for an edit of
// 100,000 events, as the user meets it: Delete on the selected event, then
// Ctrl+Z and Ctrl+Y, each with the timeline, the charts, the filters'
// counts, the detail pane and the status line brought up to date and the
// timeline's frame laid out and painted at 1920×1080. Selecting the event
// (a new one each round, the view moved to it) and the frame that shows it
// selected are not timed: the user sees the selection before deleting it.
// Edits come at three paces: "paced" does, between rounds, what the
// window does while the user chooses the next event (a pause longer than
// idlePause: the garbage collected); "held" has an edit begin every
// keyRepeat, as keys held down repeat; "burst" goes straight on, faster
// than any keyboard repeats, so that the collector marks during some
// edits. Each reports the median edit, the 95th and 99th percentiles and
// the slowest.
func BenchmarkEditInWindow(b *testing.B) {
	for _, pace := range []string{"paced", "held", "burst"} {
		b.Run(pace, func(b *testing.B) { benchmarkEdits(b, pace) })
	}
}

// keyRepeat is how often a key held down repeats: 30 a second, the
// fastest a desktop's settings offer.
const keyRepeat = time.Second / 30

func benchmarkEdits(b *testing.B, pace string) {
	w := windowOnManyEvents(b)
	keys := windowKeys()
	var took []time.Duration
	var last time.Time
	timed := func(edit func()) {
		if pace == "held" {
			b.StopTimer()
			time.Sleep(time.Until(last.Add(keyRepeat)))
			b.StartTimer()
		}
		start := time.Now()
		last = start
		edit()
		frame(w)
		took = append(took, time.Since(start))
	}
	i := 0
	for b.Loop() {
		b.StopTimer()
		if pace == "paced" {
			collectIfWorthIt()
		}
		w.Timeline.Select(i % len(w.Timeline.Events()))
		frame(w)
		b.StartTimer()
		timed(w.deleteSelected)
		timed(func() { keys.undo.run(w) })
		timed(func() { keys.redoY.run(w) })
		i += 7919
	}
	reportTimes(b, "", took, 95, 99)
}

// windowOnManyEvents is a window on 100,000 events at 1920×1080, shown as
// the user sees it before editing: the timeline has drawn frames by then,
// in both of its buffers (the first in each allocates it).
func windowOnManyEvents(b *testing.B) *Window {
	a := test.NewApp()
	b.Cleanup(func() { test.NewApp() })
	w := NewWindow(a, manyEvents(b, 100000))
	w.Win.Resize(fyne.NewSize(1920, 1080))
	w.Win.Canvas().Capture()
	frame(w)
	frame(w)
	return w
}

// reportTimes reports the median of took, the percentiles asked for and
// the slowest, in milliseconds, as "ms-" + what + "median" and so on.
func reportTimes(b *testing.B, what string, took []time.Duration, percentiles ...int) {
	slices.Sort(took)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(took[len(took)/2]), "ms-"+what+"median")
	for _, p := range percentiles {
		b.ReportMetric(ms(took[len(took)*p/100]), fmt.Sprintf("ms-%sp%d", what, p))
	}
	b.ReportMetric(ms(took[len(took)-1]), "ms-"+what+"slowest")
}

// frame lays out and paints the timeline as the window shows it.
func frame(w *Window) {
	s := w.Timeline.Size()
	w.Timeline.Paint(int(s.Width), int(s.Height))
}

// BenchmarkFormEditInWindow times the event form among 100,000 events: a
// letter typed into the title (the form checks every field again, as at
// each key) and Save (the change made and shown, the timeline's frame
// painted at 1920×1080). Selecting the event and opening the form are not
// timed, nor what the window does meanwhile (the pause after the last
// Save: the garbage collected). It reports the median, 99th percentile and
// slowest of each.
func BenchmarkFormEditInWindow(b *testing.B) {
	w := windowOnManyEvents(b)
	var typing, saving []time.Duration
	i := 0
	for b.Loop() {
		b.StopTimer()
		w.Timeline.Select(i % len(w.Timeline.Events()))
		frame(w)
		w.editSelected()
		ef := w.eventForm
		collectIfWorthIt() // the last Save's pause is over while the form is read
		b.StartTimer()
		start := time.Now()
		test.Type(ef.entries["title"], "s")
		typing = append(typing, time.Since(start))
		start = time.Now()
		ef.save()
		frame(w)
		saving = append(saving, time.Since(start))
		i += 7919
	}
	reportTimes(b, "key-", typing, 99)
	reportTimes(b, "save-", saving, 99)
}

// BenchmarkPropertiesEditInWindow times the timeline's properties saved
// among 100,000 events, from Save to the frame: their check (that the
// timeline would open again), the change made and shown, the timeline's
// frame painted at 1920×1080; a new title and new eras in turn. The pause
// before each (the properties read and typed) is not timed, nor its
// collection. It reports the median and slowest of each.
func BenchmarkPropertiesEditInWindow(b *testing.B) {
	w := windowOnManyEvents(b)
	eras := w.Dataset.Eras
	took := map[string][]time.Duration{}
	k := 0
	for b.Loop() {
		b.StopTimer()
		collectIfWorthIt()
		p, what := w.Dataset.PropertiesOf(), "title"
		p.Title = fmt.Sprint("Title ", k)
		if k%2 == 1 {
			what, p.Eras = "eras", eras[k%4/2:] // the first era taken away, then put back
		}
		k++
		b.StartTimer()
		start := time.Now()
		if err := w.Dataset.ProblemsWith(p); err != nil {
			b.Fatal(err)
		}
		c, err := data.SetProperties(w.Dataset, p)
		if err != nil {
			b.Fatal(err)
		}
		w.doChange(c)
		frame(w)
		took[what] = append(took[what], time.Since(start))
	}
	for what, d := range took {
		reportTimes(b, what+"-", d)
	}
}
