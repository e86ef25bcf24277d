package app

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkInspect500 runs `inspect --json` on a folder of 500 seed files
// and reports files/s; run it with -cpu 1,2 to see the gain of reading on
// all cores.
func BenchmarkInspect500(b *testing.B) {
	seeds := seedFiles(b)
	dir := b.TempDir()
	const files = 500
	for i := range files {
		data, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("trial-%03d.txt", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if code := inspect([]string{"--json", dir}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit status %d", code)
		}
	}
	b.ReportMetric(float64(files*b.N)/b.Elapsed().Seconds(), "files/s")
}
