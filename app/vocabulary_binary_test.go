//go:build linux || darwin

package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestUserVocabularyInInspect runs the program with a drug of the user's
// vocabulary: inspect reads the drug's target, the vocabulary's line that
// cannot be read is named with its file and line number, and the built-in
// vocabularies still load.
func TestUserVocabularyInInspect(t *testing.T) {
	// Built first, with the Go tool's own folders under the real home; the
	// program then runs with this process's environment.
	binary(t)
	dir := userVocabularyDir(t, nil)
	page := filepath.Join(t.TempDir(), "wu-cart-007.txt")
	text := "NCT04984356\nTitle: WU-CART-007 for relapsed or refractory T-ALL/LBL\nPhase: Phase 1/2\n" +
		"Intervention: Biological: WU-CART-007\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	seed := filepath.Join(seedDir, "000_e47c295b1fad227c.txt")
	targets := func() [][]string {
		t.Helper()
		res := runBinary(t, runOptions{}, "inspect", "--json", page, seed)
		var records []struct {
			Targets []string `json:"targets"`
		}
		if err := json.Unmarshal([]byte(res.stdout), &records); err != nil || len(records) != 2 {
			t.Fatalf("inspect: %v, %d records; stdout %q, stderr %q", err, len(records), res.stdout, res.stderr)
		}
		return [][]string{records[0].Targets, records[1].Targets}
	}
	if got := targets(); len(got[0]) != 0 || !slices.Equal(got[1], []string{"CD38"}) {
		t.Fatalf("without a vocabulary of the user's: targets %q, want none and CD38", got)
	}
	if err := os.WriteFile(filepath.Join(dir, "drugs.tsv"), []byte(wuDrugs), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := targets(); !slices.Equal(got[0], []string{"CD7"}) || !slices.Equal(got[1], []string{"CD38"}) {
		t.Errorf("with WU-CART-007 in the user's drugs: targets %q, want CD7 and, from the built-in drugs, CD38", got)
	}
	res := runBinary(t, runOptions{}, "vocab")
	if res.code != exitFailed || !strings.Contains(res.stdout, "drugs.tsv                1 entry") ||
		!strings.Contains(res.stdout, `line 3: the target "CD7x" is not in targets.tsv`) {
		t.Errorf("vocab: exit status %d, stdout %q; want 1, the user's drugs.tsv and its line 3", res.code, res.stdout)
	}
}
