package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/trialcompare/trialcompare/model"
)

// copiedSeeds copies the seeds to a folder of their own, to be deleted.
func copiedSeeds(t *testing.T) (dir string, files []string) {
	dir = filepath.Join(t.TempDir(), "sources")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		copied := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(copied, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, copied)
	}
	return dir, files
}

// openBoardAndWait opens a board and waits until its comparison is shown.
func (w *testWindow) openBoardAndWait(path string) error {
	var result error
	w.openBoard(path, func(err error) { result = err })
	w.pump()
	return result
}

// pump runs the UI calls until no load or comparison is under way.
func (w *testWindow) pump() {
	for w.loading > 0 || w.building > 0 {
		(<-w.calls)()
	}
}

// showBoardTab selects the Board tab, which lists the comparison's trials
// with their note fields.
func (w *testWindow) showBoardTab() {
	w.tabs.SelectIndex(5)
	w.refreshBoardPanel()
}

// prepared loads the seeds, moves the last trial first, takes the second
// out of the comparison and writes notes; it returns the NCT IDs in order.
func prepared(t *testing.T, w *testWindow, files []string) []string {
	w.open(files...)
	for i := len(w.state.entries) - 1; i > 0; i-- {
		w.moveTrial(i, -1)
	}
	w.includeChanged(1, false)
	w.showBoardTab()
	panel := w.board.panel
	test.Type(panel.Title, "Tumor board 25 Nov")
	test.Type(panel.Note, "Bring the MRD results")
	if len(panel.Notes) != 4 {
		t.Fatalf("%d note fields, want one per trial in the comparison (4)", len(panel.Notes))
	}
	test.Type(panel.Notes[0], "Dr. K: CD22 status pending")
	test.Type(panel.Notes[2], "ask CHOP about slots")
	w.tabs.SelectIndex(0)
	w.refreshBoardPanel()
	var ids []string
	for _, e := range w.state.entries {
		ids = append(ids, e.trial.NCTID)
	}
	return ids
}

func TestSaveBoardCloseAndOpenAfterItsSourcesAreDeleted(t *testing.T) {
	dir, files := copiedSeeds(t)
	w := newTestWindow(t)
	ids := prepared(t, w, files)
	if !w.board.dirty || !strings.HasPrefix(w.win.Title(), "• ") {
		t.Errorf("notes written, yet the board is not marked unsaved (title %q)", w.win.Title())
	}
	if _, row := w.row(model.FieldNote); row.Cells[0].Text != "Dr. K: CD22 status pending" {
		t.Errorf("the comparison's Note row = %+v", row.Cells)
	}
	path := filepath.Join(t.TempDir(), "board.tcboard")
	if err := w.writeBoard(path); err != nil {
		t.Fatal(err)
	}
	if w.board.dirty || w.win.Title() != "board.tcboard — TrialCompare" {
		t.Errorf("after saving: dirty %v, title %q", w.board.dirty, w.win.Title())
	}
	w.win.Close()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}

	again := newTestWindow(t)
	if err := again.openBoardAndWait(path); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range again.state.entries {
		if e.err != nil {
			t.Errorf("%s: %v", e.file, e.err)
		}
		got = append(got, e.trial.NCTID)
	}
	if strings.Join(got, " ") != strings.Join(ids, " ") {
		t.Errorf("order %v, want %v", got, ids)
	}
	if e := again.state.entries; e[1].included || !e[0].included || !e[2].included {
		t.Errorf("the selection changed: %v %v %v", e[0].included, e[1].included, e[2].included)
	}
	if n := len(again.compare.comparison.Trials); n != 4 {
		t.Errorf("%d trials in the comparison, want 4", n)
	}
	again.showBoardTab()
	panel := again.board.panel
	if panel.Title.Text != "Tumor board 25 Nov" || panel.Note.Text != "Bring the MRD results" {
		t.Errorf("title %q, note %q", panel.Title.Text, panel.Note.Text)
	}
	if panel.Notes[0].Text != "Dr. K: CD22 status pending" || panel.Notes[2].Text != "ask CHOP about slots" || panel.Notes[1].Text != "" {
		t.Errorf("notes = %q, %q, %q", panel.Notes[0].Text, panel.Notes[1].Text, panel.Notes[2].Text)
	}
	if again.board.dirty || again.win.Title() != "board.tcboard — TrialCompare" {
		t.Errorf("a board just opened: dirty %v, title %q", again.board.dirty, again.win.Title())
	}
	markup := test.RenderObjectToMarkup(again.win.Content())
	if !strings.Contains(markup, "ask CHOP about slots") {
		t.Error("the notes are not shown")
	}
}

func TestOpenBoardFromANewerVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.tcboard")
	if err := os.WriteFile(path, []byte(`{"format": "trialcompare-board", "version": 4, "trials": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	err := w.openBoardAndWait(path)
	if err == nil || !strings.Contains(err.Error(), "saved by a newer TrialCompare") || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v", err)
	}
	if len(w.state.entries) != 5 {
		t.Errorf("the trials open before were replaced: %d entries", len(w.state.entries))
	}
}

func TestPatientSavedOnlyWhenTicked(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	test.Type(w.patientForm.panel.Age, "7y")
	w.patientForm.panel.Apply.OnTapped()
	if b := w.currentBoard(); b.Patient != nil {
		t.Error("the patient is saved without the tick")
	}
	w.board.panel.SavePatient.SetChecked(true)
	b := w.currentBoard()
	if b.Patient == nil || b.Patient.Age != "7y" {
		t.Fatalf("patient = %+v", b.Patient)
	}
	path := filepath.Join(t.TempDir(), "p.tcboard")
	if err := w.writeBoard(path); err != nil {
		t.Fatal(err)
	}
	again := newTestWindow(t)
	if err := again.openBoardAndWait(path); err != nil {
		t.Fatal(err)
	}
	if again.patientForm.patient == nil || again.patientForm.patient.AgeLabel != "7 years" {
		t.Errorf("the patient was not restored: %+v", again.patientForm.patient)
	}
}

func TestRecoveryCopyAfterACrash(t *testing.T) {
	_, files := copiedSeeds(t)
	w := newTestWindow(t)
	ids := prepared(t, w, files)
	path := w.recoveryPath()
	if path == "" {
		t.Skip("the test app has no file storage")
	}
	w.writeRecovery()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := os.Stat(path); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no recovery copy was written")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The window is never closed: the next run finds the copy.
	next := &testWindow{mainWindow: newApp(w.app, os.DirFS(seedDir)), calls: make(chan func(), 1024)}
	next.apply = func(f func()) { next.calls <- f }
	next.recoverBoard(path)
	next.pump()
	var got []string
	for _, e := range next.state.entries {
		got = append(got, e.trial.NCTID)
	}
	if strings.Join(got, " ") != strings.Join(ids, " ") || next.state.entries[0].trial.UserNote != "Dr. K: CD22 status pending" {
		t.Errorf("recovered %v with note %q", got, next.state.entries[0].trial.UserNote)
	}
	if !next.board.dirty || next.board.path != "" {
		t.Errorf("a recovered board is unsaved: dirty %v, path %q", next.board.dirty, next.board.path)
	}
	next.closeIntercept()
	if !next.board.dirty {
		t.Error("closing with unsaved changes did not ask first")
	}
}
