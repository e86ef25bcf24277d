//go:build linux || darwin

package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOwnExportIsRecognised reads back a PDF TrialCompare exported: it is
// named for what it is, not read as a trial.
func TestOwnExportIsRecognised(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "board.pdf")
	if code, _, stderr := runMain(t, "export", "-o", out, copySeed(t, 3, dir)); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	code, stdout, _ := runMain(t, "inspect", out)
	if code != exitFailed || !strings.Contains(stdout, out+": reading the PDF: it is a comparison TrialCompare exported") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}
