//go:build linux || darwin

package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/board"
)

// documentPDF is a trial page printed to PDF by a browser.
const documentPDF = "../testdata/documents/001_0d7be7d3ce7a90c6.chromium.pdf"

// copyFile copies src into dir under name and returns its path.
func copyFile(t *testing.T, src, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// unchanged fails the test if the file at path no longer holds want.
func unchanged(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s was replaced (%d bytes, was %d)", path, len(got), len(want))
	}
}

func TestExportRefusesAnOutputThatIsAnInput(t *testing.T) {
	dir := t.TempDir()
	pdf := copyFile(t, documentPDF, dir, "trial.pdf")
	seed := copySeed(t, 1, dir)
	if err := os.Symlink("trial.pdf", filepath.Join(dir, "link.pdf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(pdf, filepath.Join(dir, "hard.pdf")); err != nil {
		t.Fatal(err)
	}
	folder := t.TempDir()
	inFolder := copyFile(t, documentPDF, folder, "board.pdf")
	original, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		kept string
	}{
		{"the same name", []string{"export", "-o", pdf, pdf, seed}, pdf},
		{"another spelling of it", []string{"export", "-o", filepath.Join(dir, ".", "trial.pdf"), seed, pdf}, pdf},
		{"a link to it", []string{"export", "-o", filepath.Join(dir, "link.pdf"), pdf, seed}, pdf},
		{"it read through a link", []string{"export", "-o", pdf, filepath.Join(dir, "link.pdf"), seed}, pdf},
		{"a hard link to it", []string{"export", "-o", filepath.Join(dir, "hard.pdf"), pdf}, pdf},
		{"in a folder read", []string{"export", "-o", inFolder, folder, seed}, inFolder},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runMain(t, tc.args...)
			if code != exitBadUsage || !strings.Contains(stderr, "is also one of the files to read") {
				t.Errorf("exit %d, want %d with a message; stderr: %s", code, exitBadUsage, stderr)
			}
			unchanged(t, tc.kept, original)
		})
	}
}

func TestBoardNeverReplacesAnUnreadableBoardItReads(t *testing.T) {
	dir := t.TempDir()
	seed := copySeed(t, 1, dir)
	good := filepath.Join(dir, "good.tcboard")
	if code, _, stderr := runMain(t, "board", "-o", good, copySeed(t, 2, dir)); code != exitOK {
		t.Fatalf("board: exit %d: %s", code, stderr)
	}
	goodData, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, says string
		data       []byte
	}{
		{"newer", "saved by a newer TrialCompare", bytes.Replace(goodData, []byte(fmt.Sprintf(`"version": %d`, board.Version)), []byte(`"version": 99`), 1)},
		{"damaged", "damaged", goodData[:len(goodData)/2]},
		{"a trial document", "not a board", []byte("NCT01234567\nTitle: A trial\nPhase 2\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "B.tcboard")
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			link := filepath.Join(t.TempDir(), "link.tcboard")
			if err := os.Symlink(path, link); err != nil {
				t.Fatal(err)
			}
			for _, out := range []string{path, link} {
				code, _, stderr := runMain(t, "board", "-o", out, path, seed)
				if code != exitFailed || !strings.Contains(stderr, tc.says) || !strings.Contains(stderr, "it was not written") {
					t.Errorf("-o %s: exit %d, want %d, saying %q and that nothing was written; stderr: %s", filepath.Base(out), code, exitFailed, tc.says, stderr)
				}
				unchanged(t, path, tc.data)
			}
		})
	}
	t.Run("a board that reads is added to", func(t *testing.T) {
		code, stdout, stderr := runMain(t, "board", "-o", good, good, seed)
		if code != exitOK || !strings.Contains(stdout, "(2 trials, 2 documents)") {
			t.Errorf("exit %d: %s%s", code, stdout, stderr)
		}
	})
}

// TestSaveLeavesAnotherSavesTempFile names a board as another save, still
// writing, would have its temporary file, and an old one a killed save
// left: only the old one is removed.
func TestSaveLeavesAnotherSavesTempFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "B.tcboard")
	live, stale := filepath.Join(dir, ".B.tcboard.1234.tmp"), filepath.Join(dir, ".B.tcboard.5678.tmp")
	for _, p := range []string{live, stale} {
		if err := os.WriteFile(p, []byte("half a board"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	then := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, then, then); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"board", "-o", out, copySeed(t, 1, dir)}, {"export", "-o", filepath.Join(dir, "B.pdf"), copySeed(t, 2, dir)}} {
		if code, _, stderr := runMain(t, args...); code != exitOK {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr)
		}
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("the live save's temporary file was removed: %v", err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the stale temporary file was kept")
	}
}

// TestLongOutputNames writes a board and both exports under a 250-byte
// name, which the file system allows.
func TestLongOutputNames(t *testing.T) {
	dir := t.TempDir()
	seed := copySeed(t, 1, dir)
	for _, ext := range []string{".tcboard", ".pdf", ".xlsx"} {
		out := filepath.Join(dir, strings.Repeat("n", 250-len(ext))+ext)
		command := "export"
		if ext == ".tcboard" {
			command = "board"
		}
		if code, _, stderr := runMain(t, command, "-o", out, seed); code != exitOK {
			t.Errorf("%s -o a 250-byte %s name: exit %d: %s", command, ext, code, stderr)
		}
		if _, err := os.Stat(out); err != nil {
			t.Error(err)
		}
	}
}
