package ingest

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// manyIDsOnOneLine is a page whose one line names n NCT IDs, as a hostile
// or a badly pasted file may.
func manyIDsOnOneLine(n int) []byte {
	var b strings.Builder
	b.WriteString("Phase 2 study\nRelated trials: ")
	for i := range n {
		fmt.Fprintf(&b, "NCT%08d, ", 10000000+i)
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// manyAgePhrasesOnOneLine is a page whose one line repeats an age phrase
// until it is about size bytes.
func manyAgePhrasesOnOneLine(size int) []byte {
	phrase := "aged 3 to 65 years, "
	return []byte("NCT01234567\nEligibility: " + strings.Repeat(phrase, size/len(phrase)) + "\n")
}

// BenchmarkManyIDsOnOneLine reads pages of 10,000 to 40,000 NCT IDs on one
// line and reports the time per ID, which stays flat when reading is
// linear (it grew fourfold with each doubling when every ID read its line
// again from the start).
func BenchmarkManyIDsOnOneLine(b *testing.B) {
	for _, n := range []int{10000, 20000, 40000} {
		doc := manyIDsOnOneLine(n)
		b.Run(fmt.Sprintf("ids=%d", n), func(b *testing.B) {
			for b.Loop() {
				Read("ids.txt", doc)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/id")
		})
	}
}

// BenchmarkManyAgePhrasesOnOneLine reads lines of 1 to 4 MiB of age
// phrases and reports the heap allocated per input byte, which stays flat
// when the age phrases of a line are not all kept.
func BenchmarkManyAgePhrasesOnOneLine(b *testing.B) {
	for _, size := range []int{1 << 20, 2 << 20, 4 << 20} {
		doc := manyAgePhrasesOnOneLine(size)
		b.Run(fmt.Sprintf("MiB=%d", size>>20), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Read("ages.txt", doc)
			}
			b.SetBytes(int64(len(doc)))
		})
	}
}

// TestAgePhrasesOnOneLineStayBounded reads a 1 MiB line of age phrases and
// checks that the heap grows by at most 20 bytes per input byte, so that the
// largest file accepted (20 MiB) stays under 500 MB. Every phrase was held
// with its groups before: 580–750 MB for a 20 MiB line.
func TestAgePhrasesOnOneLineStayBounded(t *testing.T) {
	doc := manyAgePhrasesOnOneLine(1 << 20)
	// Collect often, so that the peak is what reading holds, not garbage
	// left for later.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	sampler := startHeapSampler()
	res := Read("ages.txt", doc)
	peak := max(sampler.peak(), base.HeapAlloc) - base.HeapAlloc
	if res.Err != nil {
		t.Fatalf("read: %v", res.Err)
	}
	perByte := float64(peak) / float64(len(doc))
	t.Logf("a %d-byte line of age phrases: heap grew by %.1f bytes per byte", len(doc), perByte)
	if perByte > 20 {
		t.Errorf("reading a %d-byte line of age phrases peaked at %d MB of heap, %.0f bytes per byte; want at most 20", len(doc), peak>>20, perByte)
	}
}
