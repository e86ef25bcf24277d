package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func loadAll(b *testing.B, paths []string) [][]byte {
	b.Helper()
	docs := make([][]byte, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	return docs
}

func benchmarkDocuments(b *testing.B, docs [][]byte) {
	// The rules build their indexes from the vocabulary on first use, once
	// a run (BenchmarkVocabularyIndexes in rules measures it): a first read
	// before the clock starts keeps that out of every document's time.
	if len(docs) > 0 {
		Read("warm-up", docs[0])
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			if res := Read("bench", d); res.Err != nil {
				b.Fatal(res.Err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkReadSeeds reads the five seeds, one layout each, on one core
// (run with -cpu 1).
func BenchmarkReadSeeds(b *testing.B) {
	benchmarkDocuments(b, loadAll(b, seedPaths(b)))
}

// BenchmarkReadAPIJSON reads the API v2 JSON reference records.
func BenchmarkReadAPIJSON(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(formatsDir, "ctgov-v2", "*.json"))
	if len(paths) == 0 {
		b.Skip("no reference records")
	}
	benchmarkDocuments(b, loadAll(b, paths))
}

// BenchmarkReadDocuments reads the seeds saved as PDF (by a browser and a
// word processor) and as .docx, and seed 001 as a web page and its print.
func BenchmarkReadDocuments(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(documentDir, "0*"))
	benchmarkDocuments(b, loadAll(b, paths))
}

// BenchmarkAPIJSONStudies reads the studies of the API v2 JSON reference
// records from their text, without decoding the bytes or running the
// shared rules: the one-pass scanner against the encoding/json path.
func BenchmarkAPIJSONStudies(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(formatsDir, "ctgov-v2", "*.json"))
	if len(paths) == 0 {
		b.Skip("no reference records")
	}
	var texts []string
	for _, d := range loadAll(b, paths) {
		doc, err := Decode(d)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, doc.Text)
	}
	for _, r := range []struct {
		name string
		read func(string) ([]model.Trial, error)
	}{{"scanner", readCTGovJSON}, {"encoding-json", studiesFromJSON}} {
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, text := range texts {
					if _, err := r.read(text); err != nil {
						b.Fatal(err)
					}
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
