package pen

import (
	"sync"
	"sync/atomic"
)

// onCores calls do for each i from 0 to n-1 on up to workers goroutines,
// each taking the next i when it is done with one, and returns when all
// are done. With fewer than two workers it calls them here, in order.
func onCores(n, workers int, do func(i int)) {
	workers = min(workers, n)
	if workers < 2 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(i)
			}
		}()
	}
	wg.Wait()
}
