//go:build linux || darwin

package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// manyDocuments writes n trial pages, each a seed with a line of its own,
// so that no two are the same document.
func manyDocuments(tb testing.TB, n int) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "pages")
	if err := os.Mkdir(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	var seeds [][]byte
	for _, f := range seedFiles(tb) {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	for i := range n {
		data := append(append([]byte(nil), seeds[i%len(seeds)]...), fmt.Sprintf("\n\nCopy %d of this page.\n", i)...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// largeBoardPeaks are the peak memory of each run over a large board.
type largeBoardPeaks struct {
	board, inspect, export int64
}

// boardPeaks makes a board of n documents through the program, inspects it
// and exports it to a workbook, and returns the peak memory of each run.
func boardPeaks(tb testing.TB, n int) largeBoardPeaks {
	tb.Helper()
	pages := manyDocuments(tb, n)
	path := filepath.Join(tb.TempDir(), "large.tcboard")
	res := runBinary(tb, runOptions{timeout: 3 * time.Minute}, "board", "-o", path, pages)
	if res.code != exitOK {
		tb.Fatalf("board: exit %d: %s", res.code, res.stderr)
	}
	out, err := os.Create(filepath.Join(tb.TempDir(), "inspect.json"))
	if err != nil {
		tb.Fatal(err)
	}
	defer out.Close()
	inspected := runBinary(tb, runOptions{timeout: 3 * time.Minute, stdout: out}, "inspect", "--json", path)
	if inspected.code != exitOK {
		tb.Fatalf("inspect: exit %d: %s", inspected.code, inspected.stderr)
	}
	workbook := filepath.Join(tb.TempDir(), "large.xlsx")
	exported := runBinary(tb, runOptions{timeout: 5 * time.Minute}, "export", "-o", workbook, path)
	if exported.code != exitOK {
		tb.Fatalf("export: exit %d: %s", exported.code, exported.stderr)
	}
	return largeBoardPeaks{board: res.peakRSS, inspect: inspected.peakRSS, export: exported.peakRSS}
}

// TestLargeBoardStaysUnder500MB makes a board of 10,000 documents (70 MB),
// inspects it and exports it to a workbook: each stays under 500 MB.
func TestLargeBoardStaysUnder500MB(t *testing.T) {
	if testing.Short() {
		t.Skip("makes, reads and exports a 70 MB board")
	}
	p := boardPeaks(t, 10000)
	t.Logf("peak memory: board %d MB, inspect %d MB, export %d MB", p.board>>20, p.inspect>>20, p.export>>20)
	if p.board > maxPeakRSS || p.inspect > maxPeakRSS || p.export > maxPeakRSS {
		t.Errorf("peak memory: board %d MB, inspect %d MB, export %d MB; want each under %d MB",
			p.board>>20, p.inspect>>20, p.export>>20, maxPeakRSS>>20)
	}
}

// TestBoardRefusesMoreTrialsThanItOpens names files of more than 20,000
// trials in all: the board is not written, and the file already there is
// kept.
func TestBoardRefusesMoreTrialsThanItOpens(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for f := range 2 {
		var b strings.Builder
		b.WriteString("NCT Number,Study Title,Phases,Study Status\n")
		for i := range 10001 {
			fmt.Fprintf(&b, "NCT%08d,A study of drug %d,PHASE2,RECRUITING\n", f*20000+i, i)
		}
		path := filepath.Join(dir, fmt.Sprintf("list%d.csv", f))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	out := filepath.Join(dir, "B.tcboard")
	if err := os.WriteFile(out, []byte("last week's board"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, append([]string{"board", "-o", out}, files...)...)
	if code != exitFailed || !strings.Contains(stderr, "more than 20,000 trials") || !strings.Contains(stderr, "was not written") {
		t.Errorf("exit %d, want %d and a message; stderr: %s", code, exitFailed, stderr)
	}
	unchanged(t, out, []byte("last week's board"))
}

// BenchmarkLargeBoard makes boards of 2,500 and 10,000 documents, and
// inspects and exports them through the program, and reports each run's
// peak memory and how much it grows from the small board to the large,
// four times as many documents: the documents are held once, and the
// trials only a few at a time while reading.
func BenchmarkLargeBoard(b *testing.B) {
	for b.Loop() {
		small := boardPeaks(b, 2500)
		large := boardPeaks(b, 10000)
		b.ReportMetric(float64(large.board>>20), "board-peak-MB")
		b.ReportMetric(float64(large.inspect>>20), "inspect-peak-MB")
		b.ReportMetric(float64(large.export>>20), "export-peak-MB")
		b.ReportMetric(float64(large.board)/float64(small.board), "board-peak-ratio-4x")
		b.ReportMetric(float64(large.inspect)/float64(small.inspect), "inspect-peak-ratio-4x")
		b.ReportMetric(float64(large.export)/float64(small.export), "export-peak-ratio-4x")
	}
}
