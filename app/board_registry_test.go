package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
)

// shownValues are the comparison's values as the window shows them, row
// by row, with their sources and warnings; the Source row, which names the
// file, is left out.
func shownValues(c compare.Comparison) []string {
	var out []string
	for _, r := range c.Rows {
		if r.Field == model.FieldDocument {
			continue
		}
		for i, cell := range r.Cells {
			out = append(out, fmt.Sprintf("%s[%d]: %q from %q, warnings %q", r.Label, i, cell.Text, cell.Source, cell.Warnings))
		}
	}
	return out
}

func TestBoardCheckedOpensOfflineWithTheSameValues(t *testing.T) {
	w, srv := newRegistryWindow(t)
	w.open(page002(t), filepath.Join(ctgovDir, seed002ID+".json"))
	w.checkAgainstRegistry(false)
	w.settle()
	if _, row := w.row(model.FieldPhases); row.Cells[0].Text != "Early Phase 1" {
		t.Fatalf("the check did not fill the page's phase: %q", row.Cells[0].Text)
	}
	want := shownValues(w.compare.comparison)
	path := filepath.Join(t.TempDir(), "board.tcboard")
	if err := w.writeBoard(path); err != nil {
		t.Fatal(err)
	}
	srv.Close()

	again := newTestWindow(t)
	again.registry.cacheDir = t.TempDir()
	again.setOffline(true)
	if err := again.openBoardAndWait(path); err != nil {
		t.Fatal(err)
	}
	got := shownValues(again.compare.comparison)
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("opened offline:\n  %s\nwhen saved:\n  %s", got[i], want[i])
			}
		}
		t.Fatalf("%d values opened offline, %d when saved", len(got), len(want))
	}
	_, source := again.row(model.FieldDocument)
	if !strings.Contains(source.Cells[0].Text, "Filled in from the ClinicalTrials.gov record, last updated 2026-01-13, fetched ") {
		t.Errorf("the Source row does not name the record kept: %q", source.Cells[0].Text)
	}
	if e := again.state.entries[0]; e.registry == nil || len(e.page.Phases) != 0 {
		t.Errorf("the entry does not keep the record apart from the page: registry %v, page phases %v", e.registry, e.page.Phases)
	}
}

// TestABoardFromANewerVersionIsNeverWrittenOver tries to write over a
// board saved by a newer TrialCompare, from the command line and from the
// window: both refuse, and the file is left as it was.
func TestABoardFromANewerVersionIsNeverWrittenOver(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.tcboard")
	newer := []byte(`{"format": "trialcompare-board", "version": 3, "title": "from a newer TrialCompare", "trials": []}`)
	if err := os.WriteFile(path, newer, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runMain(t, "board", "-o", path, path, seed002)
	if code != exitFailed || !strings.Contains(errOut, "saved by a newer TrialCompare") || !strings.Contains(errOut, "not written") {
		t.Errorf("board -o over a newer board: %d %q", code, errOut)
	}
	w := newTestWindow(t)
	w.open(seed002)
	if err := w.writeBoard(path); err == nil || !strings.Contains(err.Error(), "version 3") {
		t.Errorf("Save Board over a newer board: %v", err)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, newer) {
		t.Errorf("the newer board was written over:\n%s", data)
	}
}
