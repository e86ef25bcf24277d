package app

import (
	"context"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/trialcompare/trialcompare/board"
)

// readAheadPerWorker is how many items, for each worker, may be begun or
// wait for delivery beyond the one to be delivered next.
const readAheadPerWorker = 4

// readers is how many files are read at once: one for each core Go runs on.
func readers() int { return max(1, runtime.GOMAXPROCS(0)) }

// forEachInOrder runs work for 0 … n-1 on workers goroutines and calls
// deliver with each result in index order, on the calling goroutine. At
// most readAheadPerWorker × workers results wait for delivery at once, so
// memory stays bounded however many items there are. It stops when deliver
// returns false or ctx is cancelled, and returns only once every goroutine
// it started has finished: work under way ends, no more is begun.
func forEachInOrder[T any](ctx context.Context, n, workers int, work func(i int) T, deliver func(i int, v T) bool) {
	if n <= 0 {
		return
	}
	workers = max(1, min(workers, n))
	window := min(n, readAheadPerWorker*workers)
	ctx, cancel := context.WithCancel(ctx)

	// slots[i%window] carries item i's result; the window keeps item i
	// from being begun before item i-window was delivered, so a slot holds
	// one result at a time and a worker never waits to hand one over.
	slots := make([]chan T, window)
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	free := make(chan struct{}, window)
	jobs := make(chan int)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		for i := range n {
			select {
			case free <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i%window] <- work(i)
			}
		}()
	}
	for i := range n {
		var v T
		select {
		case v = <-slots[i%window]:
		case <-ctx.Done():
			return
		}
		<-free
		if ctx.Err() != nil || !deliver(i, v) {
			return
		}
	}
}

// fileResults is one delivery of readInOrder.
type fileResults struct {
	results []readResult
	// board is the board a board file holds, without its documents and
	// trials, on the first delivery of that file; nil otherwise.
	board *board.Board
	// last is true on the last delivery of a file: a board file's trials
	// come a few at a time.
	last bool
}

// readInOrder reads files on all cores and calls deliver with each file's
// results in the files' order, on the calling goroutine, as forEachInOrder
// does. A board file is unpacked in its turn and its trials delivered a
// few at a time, its documents read on all cores too, so that a large
// board is never held opened whole, nor several boards at once.
func readInOrder(ctx context.Context, files []pathToRead, deliver func(fileResults) bool) {
	forEachInOrder(ctx, len(files), readers(), func(i int) fileRead {
		return files[i].read()
	}, func(i int, r fileRead) bool {
		if !r.isBoard {
			return deliver(fileResults{results: r.results, last: true})
		}
		// The last board's documents are let go: their memory goes back
		// before this one is unpacked beside it.
		debug.FreeOSMemory()
		b, failed := files[i].readBoard()
		if b == nil {
			return deliver(fileResults{results: failed, last: true})
		}
		head := *b
		head.Documents, head.Trials = nil, nil
		first := true
		if !openBoard(ctx, files[i].path, b, func(results []readResult) bool {
			files[i].noteRepeats(results)
			res := fileResults{results: results}
			if first {
				res.board, first = &head, false
			}
			return deliver(res)
		}) {
			return false
		}
		return deliver(fileResults{last: true})
	})
}
