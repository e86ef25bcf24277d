//go:build linux || darwin

package export

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// makeTemps creates empty files named names in dir, last changed age ago.
func makeTemps(t *testing.T, dir string, age time.Duration, names ...string) {
	t.Helper()
	then := time.Now().Add(-age)
	for _, name := range names {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, then, then); err != nil {
			t.Fatal(err)
		}
	}
}

// namesIn lists the names in dir.
func namesIn(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestOnlyStaleTempFilesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.pdf")
	stale := []string{".board.pdf.123.tmp", ".board.pdf.4294967295.tmp"}
	otherNames := []string{".board.pdf.abc.tmp", ".other.pdf.123.tmp", "board.pdf.123.tmp", ".board.pdf..tmp", ".board.pdf.12.tmp.bak"}
	makeTemps(t, dir, time.Hour, append(stale, otherNames...)...)
	// A live save's file: changed a moment ago, or old but locked.
	makeTemps(t, dir, time.Second, ".board.pdf.77.tmp")
	makeTemps(t, dir, time.Hour, ".board.pdf.88.tmp")
	locked, err := os.OpenFile(filepath.Join(dir, ".board.pdf.88.tmp"), os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer locked.Close()
	if err := lockTemp(locked); err != nil {
		t.Fatal(err)
	}
	if err := writeText(path, "board"); err != nil {
		t.Fatal(err)
	}
	want := append([]string{"board.pdf", ".board.pdf.77.tmp", ".board.pdf.88.tmp"}, otherNames...)
	slices.Sort(want)
	if got := namesIn(t, dir); !slices.Equal(got, want) {
		t.Errorf("left %v, want %v", got, want)
	}
}

// TestTwoSavesAtOnceKeepEachOthersTempFile starts a save that stops half
// way, runs a second save to the same file to its end, then lets the first
// finish: both succeed, and the file holds the one that finished last.
func TestTwoSavesAtOnceKeepEachOthersTempFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.tcboard")
	first := bytes.Repeat([]byte("first "), 3*writeChunk/6)
	halfway, resume := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- WriteStream(context.Background(), path, func(w io.Writer) error {
			if _, err := w.Write(first[:writeChunk]); err != nil {
				return err
			}
			close(halfway)
			<-resume
			_, err := w.Write(first[writeChunk:])
			return err
		})
	}()
	<-halfway
	// However old the first save's file looks, its lock keeps it.
	for _, name := range namesIn(t, dir) {
		then := time.Now().Add(-time.Hour)
		if err := os.Chtimes(filepath.Join(dir, name), then, then); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteFile(context.Background(), path, []byte("second")); err != nil {
		t.Fatalf("the second save: %v", err)
	}
	close(resume)
	if err := <-done; err != nil {
		t.Fatalf("the first save, after the second: %v", err)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, first) {
		t.Errorf("the file holds %d bytes, want the first save's %d", len(data), len(first))
	}
	if got := namesIn(t, dir); !slices.Equal(got, []string{"board.tcboard"}) {
		t.Errorf("left %v", got)
	}
}

func TestLongestLegalNameIsWritten(t *testing.T) {
	dir := t.TempDir()
	for _, base := range []string{
		strings.Repeat("a", 250-len(".pdf")) + ".pdf",
		strings.Repeat("é", 123) + ".pdf",
		strings.Repeat("b", maxNameBytes-len(".xlsx")) + ".xlsx",
	} {
		path := filepath.Join(dir, base)
		if err := writeText(path, "board"); err != nil {
			t.Errorf("a %d-byte name: %v", len(base), err)
			continue
		}
		if data, _ := os.ReadFile(path); string(data) != "board" {
			t.Errorf("a %d-byte name holds %q", len(base), data)
		}
		if len(tempName(path, 1<<32-1)) > len(dir)+1+maxNameBytes {
			t.Errorf("a %d-byte name's temporary name is %d bytes", len(base), len(filepath.Base(tempName(path, 1<<32-1))))
		}
		// A killed export's file of the shorter naming is found again.
		stale := filepath.Base(tempName(path, 42))
		makeTemps(t, dir, time.Hour, stale)
		if err := writeText(path, "again"); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, stale)); err == nil {
			t.Errorf("%s was not removed", stale)
		}
	}
}
