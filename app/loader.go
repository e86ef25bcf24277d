package app

import (
	"runtime"
	"sync"
	"time"
)

// batchInterval is how often a load hands its results to the UI.
const batchInterval = 60 * time.Millisecond

// progress reports a load's results in file order, a batch at a time; a
// board file gives several results, done and total count files.
type progress struct {
	results []readResult
	done    int
	total   int
}

// loadFiles reads files on background goroutines and calls deliver on the
// UI goroutine (through apply, which is fyne.Do in the app) with batches of
// results in file order, never more often than batchInterval; the last
// batch has done == total. It returns at once.
func loadFiles(paths []string, apply func(func()), deliver func(progress)) {
	go func() {
		files := expandPaths(paths)
		total := len(files)
		if total == 0 {
			apply(func() { deliver(progress{}) })
			return
		}
		results := make([][]readResult, total)
		ready := make([]bool, total)
		var mu sync.Mutex
		jobs := make(chan int)
		var wg sync.WaitGroup
		for range max(1, runtime.NumCPU()) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range jobs {
					r := files[i].read()
					mu.Lock()
					results[i], ready[i] = r, true
					mu.Unlock()
				}
			}()
		}
		go func() {
			for i := range files {
				jobs <- i
			}
			close(jobs)
		}()
		finished := make(chan struct{})
		go func() { wg.Wait(); close(finished) }()

		next := 0
		ticker := time.NewTicker(batchInterval)
		defer ticker.Stop()
		for next < total {
			select {
			case <-ticker.C:
			case <-finished:
			}
			mu.Lock()
			start := next
			for next < total && ready[next] {
				next++
			}
			var batch []readResult
			for _, r := range results[start:next] {
				batch = append(batch, r...)
			}
			mu.Unlock()
			if len(batch) > 0 {
				p := progress{results: batch, done: next, total: total}
				apply(func() { deliver(p) })
			}
		}
	}()
}
