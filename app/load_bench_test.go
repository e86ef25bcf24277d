package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// BenchmarkLoad500 loads 500 trial files through the app's loading path
// and reports the total time and the longest stretch the UI goroutine was
// blocked by one delivery of results.
func BenchmarkLoad500(b *testing.B) {
	seeds := seedFiles(b)
	dir := b.TempDir()
	var paths []string
	for i := range 500 {
		data, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			b.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("trial-%03d.txt", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
	}
	var longest time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		w := newTestWindow(b)
		b.StartTimer()
		w.open(dir)
		if len(w.compare.comparison.Trials) != len(paths) {
			b.Fatalf("%d trials loaded", len(w.compare.comparison.Trials))
		}
		longest = max(longest, w.longestCall)
		// An app has one window: the last iteration's must not weigh on
		// the next one's garbage collections.
		b.StopTimer()
		w.win.Close()
		runtime.GC()
		b.StartTimer()
	}
	b.ReportMetric(float64(longest.Milliseconds()), "max-ui-block-ms")
}
