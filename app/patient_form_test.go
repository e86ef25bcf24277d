package app

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"

	"fyne.io/fyne/v2/test"

	"github.com/trialcompare/trialcompare/model"
)

func TestPatientFormRefusesBareAge(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	w.tabs.SelectIndex(3)
	w.patientForm.panel.Age.SetText("7")
	test.Tap(w.patientForm.panel.Apply)
	msg := w.patientForm.panel.Message.Text
	if !strings.Contains(msg, "\"7\" has no unit") || !strings.Contains(msg, "7y for years, 7m for months or 7d for days") {
		t.Errorf("a bare number gives %q", msg)
	}
	if !strings.Contains(test.RenderObjectToMarkup(w.win.Content()), "has no unit") {
		t.Error("the message is not on show")
	}
	if w.compare.table.Rows()[0].Field == model.FieldFit || w.patientForm.patient != nil {
		t.Error("a bare number was screened")
	}
	w.patientForm.panel.Age.SetText("7 years")
	w.patientForm.panel.CNS.SetSelectedIndex(3)
	test.Tap(w.patientForm.panel.Apply)
	rows := w.compare.table.Rows()
	if rows[0].Field != model.FieldFit {
		t.Fatalf("\"7 years\" was not screened: %q", w.patientForm.panel.Message.Text)
	}
	if cell := rows[0].Cells[1]; cell.Verdict != eligibility.VerdictExcluded || !strings.Contains(cell.Text, "exclusion 4") {
		t.Errorf("NCT06709469 with CNS-3: %s %q", cell.Verdict, cell.Text)
	}
}
