package app

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
)

// changesTexts returns the lines the Board tab lists after What Changed.
func (w *testWindow) changesTexts() []string {
	var out []string
	for _, o := range w.board.panel.Changes.Objects {
		switch o := o.(type) {
		case *widget.Label:
			out = append(out, o.Text)
		case *widget.RichText:
			out = append(out, o.String())
		}
	}
	return out
}

// openChangedBoard opens, in a window whose ClinicalTrials.gov serves
// seed 002's record as changed since, the board of that record as saved,
// an unchanged record and a page never checked.
func openChangedBoard(t *testing.T) (*testWindow, *watchedServer) {
	t.Helper()
	srv := changedRegistry(t, map[string][]byte{seed002ID: record002Now(t)})
	path := boardOfChangedTrials(t)
	w := newTestWindow(t)
	w.registry.cacheDir = t.TempDir()
	if err := w.openBoardAndWait(path); err != nil {
		t.Fatal(err)
	}
	return w, srv
}

func TestWhatChangedListsAndMarksTheChanges(t *testing.T) {
	w, _ := openChangedBoard(t)
	if _, row := w.row(model.FieldStatus); !strings.HasPrefix(row.Cells[0].Text, "Recruiting") {
		t.Fatalf("status before %q", row.Cells[0].Text)
	}
	w.showBoardTab()
	test.Tap(w.board.panel.WhatChanged)
	if w.registry.box.Hidden || !w.board.panel.WhatChanged.Disabled() {
		t.Error("no progress shown, or What Changed still enabled, while fetching")
	}
	w.settle()
	got := w.changesTexts()
	want := []string{
		"NCT07338357 · CLL-1 CAR-T in the Treatment of Children With R/R AML",
		"7 changes since 25 Nov 2026:",
		"⚠ Status: Recruiting → Active, not recruiting — the trial no longer takes patients",
		"• Minimum age: 3 years (inclusive) → 1 year (inclusive)",
		"• Enrollment: 10 (estimated) → 12 (estimated)",
		"• Site closed: St. Jude Children's Research Hospital, Memphis, United States (Recruiting → Active, not recruiting)",
		"• Site added: Texas Children's Hospital, Houston, United States (Recruiting)",
		"• Inclusion criterion 2 reworded: Aged [-3-]{+1+} to 18 years (inclusive), and body weight ≥10 kg.",
	}
	if len(got) < len(want)+4 {
		t.Fatalf("listed:\n%s", strings.Join(got, "\n"))
	}
	for i, line := range want {
		if got[i] != line {
			t.Errorf("line %d: %q, want %q", i+1, got[i], line)
		}
	}
	rest := strings.Join(got[len(want):], "\n")
	if !strings.Contains(rest, "No change since 25 Nov 2026.") || !strings.Contains(rest, "Not compared: it was read from a page") {
		t.Errorf("the other trials:\n%s", rest)
	}
	if w.board.panel.WhatChanged.Disabled() || !w.registry.box.Hidden {
		t.Error("What Changed disabled, or progress shown, after the fetch")
	}

	_, status := w.row(model.FieldStatus)
	if !strings.HasPrefix(status.Cells[0].Text, "Active, not recruiting") ||
		!slices.Contains(status.Cells[0].Warnings, "Changed since 25 Nov 2026: Status: Recruiting → Active, not recruiting") {
		t.Errorf("status cell %q, warnings %q", status.Cells[0].Text, status.Cells[0].Warnings)
	}
	if _, ages := w.row(model.FieldAges); len(ages.Cells[0].Warnings) == 0 || len(ages.Cells[1].Warnings) != 0 {
		t.Errorf("ages marked %q and %q; only the changed trial's", ages.Cells[0].Warnings, ages.Cells[1].Warnings)
	}
	w.tabs.SelectIndex(0)
	shown := false
	for _, d := range textsIn(w.compare.table.Table, fyne.Position{}) {
		shown = shown || strings.HasPrefix(d.text, "Changed since 25 Nov 2026: Status:")
	}
	if !shown {
		t.Error("the comparison table does not show the change under the status")
	}

	// Saving records the new state: opened offline, the board shows the
	// status fetched.
	if !w.board.dirty {
		t.Error("records fetched, yet the board is not marked unsaved")
	}
	if err := w.writeBoard(w.board.path); err != nil {
		t.Fatal(err)
	}
	again := newTestWindow(t)
	again.registry.cacheDir = t.TempDir()
	again.setOffline(true)
	if err := again.openBoardAndWait(w.board.path); err != nil {
		t.Fatal(err)
	}
	if _, row := again.row(model.FieldStatus); !strings.HasPrefix(row.Cells[0].Text, "Active, not recruiting") || len(row.Cells[0].Warnings) != 0 {
		t.Errorf("reopened: status %q, warnings %q", row.Cells[0].Text, row.Cells[0].Warnings)
	}
	if e := again.state.entries[2]; e.registry == nil || e.trial.RegistryNote == "" {
		t.Error("the page's record fetched was not kept")
	}
	if err := w.openBoardAndWait(w.board.path); err != nil || len(w.changesTexts()) != 0 {
		t.Errorf("opening a board leaves the last board's changes listed (%v)", err)
	}
}

func TestWhatChangedOfflineComparesNothing(t *testing.T) {
	w, srv := openChangedBoard(t)
	w.setOffline(true)
	w.whatChanged()
	w.settle()
	if got := w.changesTexts(); len(got) != 2 || !strings.Contains(got[1], "Working offline: nothing can be compared") {
		t.Errorf("listed %q", got)
	}
	if srv.Requests() != 0 || w.board.dirty {
		t.Errorf("%d requests, dirty %v", srv.Requests(), w.board.dirty)
	}
}

func TestWhatChangedCancel(t *testing.T) {
	w, srv := openChangedBoard(t)
	srv.hold.Store(true)
	w.whatChanged()
	<-srv.held
	test.Tap(w.registry.cancelButton)
	w.settle()
	got := strings.Join(w.changesTexts(), "\n")
	if !strings.Contains(got, "Not fetched: cancelled.") || strings.Contains(got, "since") {
		t.Errorf("listed:\n%s", got)
	}
	if _, row := w.row(model.FieldStatus); !strings.HasPrefix(row.Cells[0].Text, "Recruiting") || len(row.Cells[0].Warnings) != 0 {
		t.Errorf("a cancelled fetch changed the status: %q", row.Cells[0].Text)
	}
}

// TestWhatChangedFromTheMenu finds the action in the File menu.
func TestWhatChangedFromTheMenu(t *testing.T) {
	w := newTestWindow(t)
	var found *fyne.MenuItem
	for _, item := range w.mainMenu().Items[0].Items {
		if item.Label == "What Changed on ClinicalTrials.gov" {
			found = item
		}
	}
	if found == nil {
		t.Fatal("no What Changed in the File menu")
	}
	w.registry.cacheDir = t.TempDir()
	found.Action()
	if got := w.changesTexts(); len(got) != 2 || !strings.Contains(got[1], "No trial in the list has an NCT ID") || w.tabs.SelectedIndex() != boardTab {
		t.Errorf("with no trial: listed %q, tab %d", got, w.tabs.SelectedIndex())
	}
}

func TestExportFormOffersTheChangesOnlyWhenThereAreSome(t *testing.T) {
	w, _ := openChangedBoard(t)
	if f, items := w.newExportForm(".pdf"); f.changes != nil || len(items) != 6 || f.options().Changes {
		t.Fatal("the PDF form offers the changes before What Changed found any")
	}
	w.whatChanged()
	w.settle()
	f, items := w.newExportForm(".pdf")
	if f.changes == nil || len(items) != 7 || f.changes.Checked || f.options().Changes {
		t.Fatalf("after What Changed: %d items, the changes ticked %v; they are offered, unticked", len(items), f.changes != nil && f.changes.Checked)
	}
	if f.changes.Text != "Changes since 2026-11-25, after the overview" {
		t.Errorf("the choice reads %q", f.changes.Text)
	}
	test.Tap(f.changes)
	opts := f.options()
	if !opts.Changes {
		t.Fatal("ticked, the changes are not asked for")
	}
	path := filepath.Join(t.TempDir(), "board.pdf")
	w.runExport(path, ".pdf", opts)
	(<-w.calls)()
	if _, xlsxItems := w.newExportForm(".xlsx"); len(xlsxItems) != 3 {
		t.Errorf("the workbook form has %d items", len(xlsxItems))
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	text, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if flat := strings.Join(strings.Fields(string(text)), " "); !strings.Contains(flat, "Changes since 2026-11-25") || !strings.Contains(flat, "the trial no longer takes patients") {
		t.Errorf("the PDF lacks the changes:\n%s", text)
	}
}
