package export

import (
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/compare"

	"github.com/trialcompare/trialcompare/model"
)

// trialsOf repeats the seeds to n trials with distinct NCT numbers.
func trialsOf(b testing.TB, n int) compare.Comparison {
	seeds := seedComparison(b).Trials
	trials := make([]model.Trial, n)
	for i := range trials {
		trials[i] = seeds[i%len(seeds)]
		trials[i].NCTID = fmt.Sprintf("NCT%08d", i)
	}
	return compare.NewComparison(trials)
}

// BenchmarkPDFSeeds renders the five seeds (target: under 150 ms).
func BenchmarkPDFSeeds(b *testing.B) {
	cmp := seedComparison(b)
	for b.Loop() {
		if err := RenderPDF(io.Discard, cmp, testOptions); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDF20 renders 20 trials (target: under 500 ms).
func BenchmarkPDF20(b *testing.B) {
	cmp := trialsOf(b, 20)
	for b.Loop() {
		if err := RenderPDF(io.Discard, cmp, testOptions); err != nil {
			b.Fatal(err)
		}
	}
}

// benchWorkbook builds and writes a workbook of n trials per iteration,
// and reports the peak heap seen while it does.
func benchWorkbook(b *testing.B, n int) {
	cmp := trialsOf(b, n)
	runtime.GC()
	base := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(base)
	b.Logf("%d trials: the comparison alone holds %.0f MB of heap", n, float64(base[0].Value.Uint64())/1e6)
	peak := watchHeap()
	lists := indexLists(cmp.Trials)
	for b.Loop() {
		if err := renderWorkbook(io.Discard, cmp, testOptions, lists); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(peak())/1e6, "peak-heap-MB")
}

// watchHeap samples the heap's live and unswept objects until the
// returned function is called, which returns the most seen, in bytes.
func watchHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var most atomic.Uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > most.Load() {
				most.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		return most.Load()
	}
}

// BenchmarkXLSX1000 builds and writes a workbook of 1,000 trials (target:
// under 2 s).
func BenchmarkXLSX1000(b *testing.B) { benchWorkbook(b, 1000) }

// BenchmarkXLSX10000 builds and writes a workbook of 10,000 trials (target:
// under 10 s, with a peak heap under 300 MB).
func BenchmarkXLSX10000(b *testing.B) { benchWorkbook(b, 10000) }
