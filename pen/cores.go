package pen

import (
	"sync"
	"sync/atomic"
)

// onCores calls do for each i from 0 to n-1 on up to workers goroutines,
// this one among them, each taking the next i when it is done with one,
// and returns when all are done. With fewer than two workers it calls
// them here, in order. This goroutine works rather than waits: were it
// to wait, the scheduler could give its core to the garbage collector's
// marking while the others wait for a core (seen in a trace as frames of
// 12-17 ms among frames of 2); working, it takes every i nobody has
// started, and waits at most for the last ones under way.
func onCores(n, workers int, do func(i int)) {
	workers = min(workers, n)
	if workers < 2 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	work := func() {
		for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
			do(i)
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
}
