package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// idsOnOneLine is a page whose one line names n NCT IDs.
func idsOnOneLine(n int) []byte {
	var b strings.Builder
	b.WriteString("Phase 2 study\nRelated studies: ")
	for i := range n {
		fmt.Fprintf(&b, "NCT%08d ", 10000000+i)
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// agesOnOneLine is a page whose one criterion is size bytes of age
// phrases with no sentence break.
func agesOnOneLine(size int) []byte {
	var b strings.Builder
	b.WriteString("NCT01234567 Phase 2\nInclusion Criteria: ")
	for b.Len() < size {
		b.WriteString("1 year old, ")
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// measureRead reads data once and returns the time and the peak heap.
func measureRead(b *testing.B, data []byte) (time.Duration, uint64) {
	sampler := startHeapSampler()
	start := time.Now()
	if res := Read("page.txt", data); res.Err != nil {
		b.Fatal(res.Err)
	}
	return time.Since(start), sampler.peak()
}

// BenchmarkManyIDsOnOneLine reads a line of 2,500 and one of 10,000 NCT
// IDs and reports how much longer the longer takes: about 4 when reading
// is linear (it is about 16 while each ID's label is looked for from the
// line's start, in model.labelledLine).
func BenchmarkManyIDsOnOneLine(b *testing.B) {
	small, large := idsOnOneLine(2500), idsOnOneLine(10000)
	for b.Loop() {
		smallTime, _ := measureRead(b, small)
		largeTime, _ := measureRead(b, large)
		b.ReportMetric(largeTime.Seconds(), "s-10000-ids")
		b.ReportMetric(largeTime.Seconds()/smallTime.Seconds(), "time-ratio-4x")
	}
}

// BenchmarkAgePhrasesOnOneLine reads a criterion of 1 MiB and one of 4 MiB
// of age phrases with no sentence break, and reports the peak heap of the
// larger in MB per MiB of text and the ratio of the two peaks (the age
// matching holds every phrase of a sentence at once, in model.ageMatches).
func BenchmarkAgePhrasesOnOneLine(b *testing.B) {
	small, large := agesOnOneLine(1<<20), agesOnOneLine(4<<20)
	for b.Loop() {
		_, smallPeak := measureRead(b, small)
		largeTime, largePeak := measureRead(b, large)
		b.ReportMetric(float64(largePeak>>20)/4, "peak-MB-per-MiB")
		b.ReportMetric(float64(largePeak)/float64(smallPeak), "peak-ratio-4x")
		b.ReportMetric(largeTime.Seconds(), "s-4MiB")
	}
}
