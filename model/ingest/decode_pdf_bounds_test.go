package ingest

import (
	"errors"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model/ingest/pdftest"
)

// TestPDFListingOneStreamManyTimes reads a 600 KB PDF whose page lists one
// compressed stream 100,000 times: it is refused, holding little memory,
// as one that lists it a few thousand times is read. The collector runs
// often while it reads (GOGC 25), so that the peak measures what the decoder
// holds rather than how far garbage outran a collector slowed by other
// processes.
func TestPDFListingOneStreamManyTimes(t *testing.T) {
	data := pdftest.RepeatedStream(100000)
	defer debug.SetGCPercent(debug.SetGCPercent(25))
	runtime.GC()
	before := heapObjects()
	sampler := startHeapSampler()
	_, err := decodePDF(data)
	peak := sampler.peak()
	grown := peak - min(before, peak)
	if !errors.Is(err, ErrPDFTooLarge) {
		t.Errorf("got %v, want %v", err, ErrPDFTooLarge)
	}
	t.Logf("the heap grew by %d MB", grown>>20)
	if grown > 64<<20 {
		t.Errorf("the heap grew by %d MB, want under 64 MB", grown>>20)
	}
	doc, err := decodePDF(pdftest.RepeatedStream(3000))
	if err != nil || !strings.HasPrefix(doc.Text, "NCT01234567 Phase 2") {
		t.Errorf("a page that lists its stream 3,000 times: %.40q (%v)", doc.Text, err)
	}
}

// heapObjects is the size of the heap's objects now.
func heapObjects() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// BenchmarkPDFRepeatedStream reads pages that list one stream 4,000 and
// 16,000 times and reports the peak heap and time of each and their ratios
// (four times the streams: the time about four times, the heap about the
// same, since one stream is unpacked at a time).
func BenchmarkPDFRepeatedStream(b *testing.B) {
	small, large := pdftest.RepeatedStream(4000), pdftest.RepeatedStream(16000)
	measure := func(data []byte) (time.Duration, uint64) {
		sampler := startHeapSampler()
		start := time.Now()
		if _, err := decodePDF(data); err != nil {
			b.Fatal(err)
		}
		return time.Since(start), sampler.peak()
	}
	for b.Loop() {
		smallTime, smallPeak := measure(small)
		largeTime, largePeak := measure(large)
		b.ReportMetric(float64(largePeak>>20), "peak-MB")
		b.ReportMetric(float64(largePeak)/float64(smallPeak), "peak-ratio-4x")
		b.ReportMetric(largeTime.Seconds()/smallTime.Seconds(), "time-ratio-4x")
	}
}

// TestPDFPagesPastTheLimitAreNamed reads a PDF of more pages than are read:
// a warning says how many were left out.
func TestPDFPagesPastTheLimitAreNamed(t *testing.T) {
	res := Read("long.pdf", pdftest.Pages(pdfMaxPages+5, ""))
	if res.Err != nil || len(res.Trials) != 1 {
		t.Fatalf("got %v, %d trials", res.Err, len(res.Trials))
	}
	var found bool
	for _, w := range res.Trials[0].Warnings {
		found = found || strings.Contains(w.Message, "Only the first 2000 of the PDF's 2005 pages were read; the other 5 were not.")
	}
	if !found {
		t.Errorf("no warning names the pages left out: %v", res.Trials[0].Warnings)
	}
}

// TestPDFLoopingPageTreeReadsEachPageOnce reads a page tree whose root
// lists its page and then itself: the page is read once.
func TestPDFLoopingPageTreeReadsEachPageOnce(t *testing.T) {
	for _, kids := range []string{"4 0 R 2 0 R", "4 0 R 4 0 R 2 0 R 2 0 R"} {
		doc, err := decodePDF(pdftest.Pages(1, kids))
		if err != nil {
			t.Fatalf("kids [%s]: %v", kids, err)
		}
		if n := strings.Count(doc.Text, "Inclusion Criteria"); n != 1 {
			t.Errorf("kids [%s]: the page was read %d times:\n%.300s", kids, n, doc.Text)
		}
	}
}
