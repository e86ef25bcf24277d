package app

import (
	"context"
	"runtime"
	"testing"
	"time"
)

func TestLoadFilesDeliversInOrderAndStopsOnCancel(t *testing.T) {
	_, paths, want := manyFiles(t, 120, 50)
	calls := make(chan func(), 1024)
	apply := func(f func()) { calls <- f }
	var got []readResult
	last := progress{}
	loadFiles(context.Background(), paths, apply, func(p progress) {
		got = append(got, p.results...)
		last = p
	})
	for last.total == 0 || last.done < last.total {
		(<-calls)()
	}
	if len(got) != len(paths) {
		t.Fatalf("%d results for %d files", len(got), len(paths))
	}
	for i, r := range got {
		id := ""
		if len(r.Trials) == 1 {
			id = r.Trials[0].NCTID
		}
		if r.File != paths[i] || id != want[i] || (r.Err != nil) != (want[i] == "") {
			t.Fatalf("result %d = %s %q %v, want %s %q", i, r.File, id, r.Err, paths[i], want[i])
		}
	}

	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	loadFiles(ctx, paths, apply, func(progress) { t.Error("a cancelled load delivered a batch") })
	if n := settledGoroutines(before); n > before {
		t.Errorf("%d goroutines run after a cancelled load, %d before", n, before)
	}
	select {
	case f := <-calls:
		f()
	case <-time.After(2 * batchInterval):
	}
}
