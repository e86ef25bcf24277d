package ingest

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// repeatedStreamPDF is a PDF whose one page lists one small compressed
// content stream n times.
func repeatedStreamPDF(n int) []byte {
	var packed bytes.Buffer
	z := zlib.NewWriter(&packed)
	z.Write([]byte("BT /F1 10 Tf 72 700 Td (NCT01234567 Phase 2) Tj ET\n"))
	z.Close()
	return pdfFile(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ["+strings.Repeat("4 0 R ", n)+"] /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", packed.Len(), packed.Bytes()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	)
}

// TestPDFListingOneStreamManyTimes reads a 600 KB PDF whose page lists one
// compressed stream 100,000 times: it is refused, holding little memory,
// as one that lists it a few thousand times is read.
func TestPDFListingOneStreamManyTimes(t *testing.T) {
	data := repeatedStreamPDF(100000)
	runtime.GC()
	before := heapObjects()
	sampler := startHeapSampler()
	_, err := decodePDF(data)
	peak := sampler.peak()
	grown := peak - min(before, peak)
	if !errors.Is(err, ErrPDFTooLarge) {
		t.Errorf("got %v, want %v", err, ErrPDFTooLarge)
	}
	if grown > 64<<20 {
		t.Errorf("the heap grew by %d MB, want under 64 MB", grown>>20)
	}
	doc, err := decodePDF(repeatedStreamPDF(3000))
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
	small, large := repeatedStreamPDF(4000), repeatedStreamPDF(16000)
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

// pagesPDF is a PDF of n pages, each with a line of text, page 1 naming a
// trial, under a page tree of the given kids for its root (by default each
// page once).
func pagesPDF(n int, rootKids string) []byte {
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
	var kids strings.Builder
	for i := range n {
		page, content := len(objects)+1, len(objects)+2
		fmt.Fprintf(&kids, "%d 0 R ", page)
		text := fmt.Sprintf("BT /F1 10 Tf 72 700 Td (Page %d of the document) Tj ET", i+1)
		if i == 0 {
			text = "BT /F1 10 Tf 72 700 Td (NCT01234567 Phase 2) Tj 0 -14 Td (Inclusion Criteria: age 1 to 21 years) Tj ET"
		}
		objects = append(objects,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>", content),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(text), text))
	}
	if rootKids == "" {
		rootKids = kids.String()
	}
	objects[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", rootKids, n)
	return pdfFile(objects...)
}

// TestPDFPagesPastTheLimitAreNamed reads a PDF of more pages than are read:
// a warning says how many were left out.
func TestPDFPagesPastTheLimitAreNamed(t *testing.T) {
	res := Read("long.pdf", pagesPDF(pdfMaxPages+5, ""))
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
		doc, err := decodePDF(pagesPDF(1, kids))
		if err != nil {
			t.Fatalf("kids [%s]: %v", kids, err)
		}
		if n := strings.Count(doc.Text, "Inclusion Criteria"); n != 1 {
			t.Errorf("kids [%s]: the page was read %d times:\n%.300s", kids, n, doc.Text)
		}
	}
}
