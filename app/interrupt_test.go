//go:build linux || darwin

package app

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// manyTrials writes copies of the seeds into a new folder: 5 trials a copy.
func manyTrials(t *testing.T, copies int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range copies {
		for _, seed := range seedFiles(t) {
			data, err := os.ReadFile(seed)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d-%s", i, filepath.Base(seed))), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// wholeExport reports whether data is a complete workbook or PDF.
func wholeExport(name string, data []byte) bool {
	if strings.HasSuffix(name, ".pdf") {
		return bytes.HasPrefix(data, []byte("%PDF-")) && bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF"))
	}
	_, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	return err == nil
}

// tempFiles lists the hidden temporary files beside an export.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var temps []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), ".tmp") {
			temps = append(temps, e.Name())
		}
	}
	return temps
}

// newTemps returns the temporary files of after that before did not hold.
func newTemps(before, after []string) []string {
	var out []string
	for _, name := range after {
		if !slices.Contains(before, name) {
			out = append(out, name)
		}
	}
	return out
}

func TestKilledExportLosesNothing(t *testing.T) {
	bin := binary(t)
	for _, tc := range []struct {
		name   string
		copies int
	}{{"board.xlsx", 150}, {"board.pdf", 30}} {
		t.Run(tc.name, func(t *testing.T) {
			inputs := manyTrials(t, tc.copies)
			dir := t.TempDir()
			out := filepath.Join(dir, tc.name)
			start := time.Now()
			if res := runBinary(t, runOptions{}, "export", "-o", out, inputs); res.code != exitOK {
				t.Fatalf("a whole export: exit %d, %s", res.code, res.stderr)
			}
			full := time.Since(start)
			previous, _ := os.ReadFile(out)
			signals := []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGKILL}
			for k := 1; k <= 9; k++ {
				sig := signals[k%len(signals)]
				// A SIGKILL before may have left its temporary file; only
				// a file this run leaves counts against it.
				before := tempFiles(t, dir)
				cmd := exec.Command(bin, "export", "-o", out, inputs)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(full * time.Duration(k) / 10)
				_ = cmd.Process.Signal(sig)
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				select {
				case <-done:
				case <-time.After(time.Minute):
					cmd.Process.Kill()
					t.Fatalf("the export did not stop on %v", sig)
				}
				status := cmd.ProcessState.Sys().(syscall.WaitStatus)
				finished := status.Exited() && status.ExitStatus() == exitOK
				stopped := status.Exited() && status.ExitStatus() == 128+int(sig) && strings.Contains(stderr.String(), out+" was not written")
				killedEarly := status.Signaled() && status.Signal() == sig
				if !finished && !stopped && !killedEarly {
					t.Errorf("%v after %d%%: %v, %q", sig, k*10, cmd.ProcessState, stderr.String())
				}
				t.Logf("%v after %d%%: %v", sig, k*10, cmd.ProcessState)
				data, _ := os.ReadFile(out)
				if !bytes.Equal(data, previous) {
					if !finished && sig != syscall.SIGKILL || !wholeExport(tc.name, data) {
						t.Fatalf("%v after %d%% changed the previous file (%d bytes, whole: %v)", sig, k*10, len(data), wholeExport(tc.name, data))
					}
					previous = data
				}
				if temps := newTemps(before, tempFiles(t, dir)); len(temps) > 0 && sig != syscall.SIGKILL {
					t.Errorf("%v after %d%% left %v", sig, k*10, temps)
				}
			}
			stale := filepath.Join(dir, "."+tc.name+".123456.tmp")
			if err := os.WriteFile(stale, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			// A killed export's file is stale once it has not changed for
			// a while: the planted one, and any a SIGKILL above left.
			then := time.Now().Add(-time.Hour)
			for _, name := range tempFiles(t, dir) {
				if err := os.Chtimes(filepath.Join(dir, name), then, then); err != nil {
					t.Fatal(err)
				}
			}
			if res := runBinary(t, runOptions{}, append([]string{"export", "-o", out}, seedFiles(t)...)...); res.code != exitOK {
				t.Fatalf("the next export: exit %d, %s", res.code, res.stderr)
			}
			if temps := tempFiles(t, dir); len(temps) > 0 {
				t.Errorf("the next export left %v", temps)
			}
			if data, _ := os.ReadFile(out); !wholeExport(tc.name, data) {
				t.Errorf("the next export is not whole")
			}
		})
	}
}
