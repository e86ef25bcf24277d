package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/board"
)

// BenchmarkOpenBoard200 opens a board of 200 trials, each document
// embedded, in the window, and reports the time until the comparison is
// filled in (it must stay under 2 s).
func BenchmarkOpenBoard200(b *testing.B) {
	seeds := seedFiles(b)
	var bd board.Board
	for i := range 200 {
		data, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			b.Fatal(err)
		}
		doc := bd.AddDocument(fmt.Sprintf("trial-%03d.txt", i), data)
		bd.Trials = append(bd.Trials, board.Entry{Document: doc, Selected: true, Note: fmt.Sprintf("note %d", i)})
	}
	data, err := board.Marshal(bd)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "200.tcboard")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	var slowest time.Duration
	for b.Loop() {
		b.StopTimer()
		w := newTestWindow(b)
		b.StartTimer()
		start := time.Now()
		if err := w.openBoardAndWait(path); err != nil {
			b.Fatal(err)
		}
		if len(w.compare.comparison.Trials) != 200 {
			b.Fatalf("%d trials shown", len(w.compare.comparison.Trials))
		}
		slowest = max(slowest, time.Since(start))
		b.StopTimer()
		w.win.Close()
		runtime.GC()
		b.StartTimer()
	}
	b.ReportMetric(float64(slowest.Milliseconds()), "max-open-ms")
}
