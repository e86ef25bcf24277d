package model

import "testing"

func TestNoteRow(t *testing.T) {
	trials := []Trial{{NCTID: "NCT00000001", Phases: []Phase{Phase1}}, {NCTID: "NCT00000002", Phases: []Phase{Phase1}}}
	for _, r := range NewComparison(trials).Rows {
		if r.Field == FieldNote {
			t.Fatal("a Note row without notes")
		}
	}
	trials[1].UserNote = "ask CHOP about slots"
	for _, r := range NewComparison(trials).Rows {
		if r.Field != FieldNote {
			continue
		}
		if r.Differs {
			t.Error("the Note row counts as differing")
		}
		if r.Cells[0].NotStated || r.Cells[0].Text != "" || r.Cells[1].Text != "ask CHOP about slots" {
			t.Errorf("cells = %+v", r.Cells)
		}
		return
	}
	t.Error("no Note row with a note")
}
