package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/registry"
)

// BenchmarkAddCached100 adds 100 studies that are all in the cache through
// File › Add from ClinicalTrials.gov…, up to the comparison drawn, and
// reports the time per add (it must stay under 1 s). The studies are copies
// of the real record NCT07338357 under 100 made-up NCT IDs. The server
// behind TRIALCOMPARE_CTGOV_URL must see no request.
func BenchmarkAddCached100(b *testing.B) {
	body, err := os.ReadFile(filepath.Join(ctgovDir, seed002ID+".json"))
	if err != nil {
		b.Fatal(err)
	}
	cacheDir := b.TempDir()
	cache, err := registry.New(registry.Options{CacheDir: cacheDir, Offline: true})
	if err != nil {
		b.Fatal(err)
	}
	var ids []string
	for i := range 100 {
		id := fmt.Sprintf("NCT90%06d", i)
		if err := cache.Cache().PutStudy(id, []byte(strings.ReplaceAll(string(body), seed002ID, id)), time.Now()); err != nil {
			b.Fatal(err)
		}
		ids = append(ids, id)
	}
	b.Setenv(registry.BaseURLEnv, "http://127.0.0.1:1")
	var longest time.Duration
	for b.Loop() {
		b.StopTimer()
		w := newTestWindow(b)
		w.registry.cacheDir = cacheDir
		b.StartTimer()
		w.addFromRegistry(ids, false)
		for w.loading > 0 || w.building > 0 || w.registry.busy > 0 {
			call := <-w.calls
			start := time.Now()
			call()
			longest = max(longest, time.Since(start))
		}
		if len(w.compare.comparison.Trials) != len(ids) || strings.Contains(w.registry.report.Text, "error") {
			b.Fatalf("%d trials added: %s", len(w.compare.comparison.Trials), w.registry.report.Text)
		}
		b.StopTimer()
		w.win.Close()
		runtime.GC()
		b.StartTimer()
	}
	b.ReportMetric(float64(longest.Milliseconds()), "max-ui-block-ms")
}
