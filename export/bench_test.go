package export

import (
	"fmt"
	"io"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// trialsOf repeats the seeds to n trials with distinct NCT numbers.
func trialsOf(b testing.TB, n int) model.Comparison {
	seeds := seedComparison(b).Trials
	trials := make([]model.Trial, n)
	for i := range trials {
		trials[i] = seeds[i%len(seeds)]
		trials[i].NCTID = fmt.Sprintf("NCT%08d", i)
	}
	return model.NewComparison(trials)
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

// BenchmarkXLSX1000 builds and writes a workbook of 1,000 trials (target:
// under 2 s).
func BenchmarkXLSX1000(b *testing.B) {
	cmp := trialsOf(b, 1000)
	for b.Loop() {
		f, err := Workbook(cmp, testOptions)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := f.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}
