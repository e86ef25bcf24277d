//go:build linux || darwin

package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/board"
)

// repeatWarnings counts, in `inspect --json`'s output, the records and
// the warnings that say a file or trial came more than once.
func repeatWarnings(t *testing.T, out string) (records, warnings int) {
	t.Helper()
	var recs []struct {
		Warnings []string `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, r := range recs {
		for _, w := range r.Warnings {
			if strings.Contains(w, "more than once") {
				warnings++
			}
		}
	}
	return len(recs), warnings
}

func TestSameFileNamedTwiceIsReadOnce(t *testing.T) {
	dir := t.TempDir()
	seed := copySeed(t, 1, dir)
	if err := os.Symlink(seed, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(dir, ".", filepath.Base(seed))
	code, out, stderr := runMain(t, "inspect", "--json", seed, seed, again, filepath.Join(dir, "link.txt"), dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if records, warnings := repeatWarnings(t, out); records != 1 || warnings != 1 {
		t.Errorf("%d records with %d warnings of a repeat, want 1 and 1:\n%s", records, warnings, out)
	}
	board := filepath.Join(t.TempDir(), "B.tcboard")
	code, out, stderr = runMain(t, "board", "-o", board, seed, again)
	if code != exitOK || !strings.Contains(out, "(1 trials, 1 documents)") || !strings.Contains(stderr, "named more than once") {
		t.Errorf("board: exit %d: %s%s", code, out, stderr)
	}
	// The same document again, in a copy of its own: on the board once.
	copied := copySeed(t, 1, t.TempDir())
	code, out, stderr = runMain(t, "board", "-o", board, board, copied)
	if code != exitOK || !strings.Contains(out, "(1 trials, 1 documents)") || !strings.Contains(stderr, "1 trial already on the board") {
		t.Errorf("board over itself with the same document: exit %d: %s%s", code, out, stderr)
	}
}

func TestTrialListedTwiceInABoardIsShownOnce(t *testing.T) {
	path := seedBoard(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := board.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	trials := b.Trials
	b.Trials = append(trials, trials[0], trials[2], trials[0])
	if data, err = board.Marshal(b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runMain(t, "inspect", "--json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if records, warnings := repeatWarnings(t, out); records != len(trials) || warnings != 2 {
		t.Errorf("%d records with %d warnings of a repeat, want %d and 2", records, warnings, len(trials))
	}
}
