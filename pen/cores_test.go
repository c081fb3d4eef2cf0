package pen

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestOnCoresDoesEachOnceAndWorksToo: every i is done once, whatever the
// number of workers; and the goroutine that asked does its share rather
// than only wait for the others.
func TestOnCoresDoesEachOnceAndWorksToo(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 100} {
		for _, workers := range []int{1, 2, 4} {
			var mu sync.Mutex
			done := make([]int, n)
			onCores(n, workers, func(i int) {
				mu.Lock()
				done[i]++
				mu.Unlock()
			})
			for i, k := range done {
				if k != 1 {
					t.Fatalf("n %d, %d workers: %d done %d times", n, workers, i, k)
				}
			}
		}
	}
	var mu sync.Mutex
	here := 0
	onCores(200, 2, func(int) {
		time.Sleep(100 * time.Microsecond)
		if calledFrom("TestOnCoresDoesEachOnceAndWorksToo") {
			mu.Lock()
			here++
			mu.Unlock()
		}
	})
	if here == 0 {
		t.Error("the goroutine that asked did none of the work: it waited")
	}
}

// calledFrom reports whether a function named name is on the stack.
func calledFrom(name string) bool {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.Function, "."+name) {
			return true
		}
		if !more {
			return false
		}
	}
}
