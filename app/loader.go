package app

import (
	"context"
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

// loadFiles reads files on all cores in the background and calls deliver
// on the UI goroutine (through apply, which is fyne.Do in the app) with
// batches of results in file order, never more often than batchInterval;
// the last batch has done == total. It returns at once. Once ctx is
// cancelled no file is begun and no batch is handed to apply.
func loadFiles(ctx context.Context, paths []string, apply func(func()), deliver func(progress)) {
	go func() {
		files := expandPaths(paths)
		total := len(files)
		if total == 0 {
			apply(func() { deliver(progress{}) })
			return
		}
		var mu sync.Mutex
		var pending []readResult
		done := 0
		finished := make(chan struct{})
		go func() {
			defer close(finished)
			readInOrder(ctx, files, func(fr fileResults) bool {
				mu.Lock()
				defer mu.Unlock()
				pending = append(pending, fr.results...)
				if fr.last {
					done++
				}
				return true
			})
		}()
		ticker := time.NewTicker(batchInterval)
		defer ticker.Stop()
		for over := false; !over; {
			select {
			case <-ticker.C:
			case <-finished:
				over = true
			}
			if ctx.Err() != nil {
				<-finished
				return
			}
			mu.Lock()
			p := progress{results: pending, done: done, total: total}
			pending = nil
			mu.Unlock()
			if len(p.results) > 0 {
				apply(func() { deliver(p) })
			}
		}
	}()
}
