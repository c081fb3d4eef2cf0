package app

import (
	"fmt"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func BenchmarkZZMarking(b *testing.B) {
	a := test.NewApp()
	defer test.NewApp()
	w := NewWindow(a, manyEvents(b, 100000))
	w.Win.Resize(fyne.NewSize(1920, 1080))
	w.Win.Canvas().Capture()
	keys := windowKeys()
	var stop atomic.Bool
	done := make(chan bool)
	go func() {
		for !stop.Load() {
			runtime.GC()
		}
		done <- true
	}()
	var took []time.Duration
	timed := func(edit func()) {
		start := time.Now()
		edit()
		frame(w)
		took = append(took, time.Since(start))
	}
	i := 0
	for b.Loop() {
		w.Timeline.Select(i % len(w.Timeline.Events()))
		frame(w)
		timed(w.deleteSelected)
		timed(func() { keys.undo.run(w) })
		timed(func() { keys.redoY.run(w) })
		i += 7919
	}
	stop.Store(true)
	<-done
	slices.Sort(took)
	fmt.Printf("always marking: median %v p95 %v p99 %v max %v\n", took[len(took)/2], took[len(took)*95/100], took[len(took)*99/100], took[len(took)-1])
}
