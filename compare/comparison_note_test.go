package compare

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestNoteRow(t *testing.T) {
	trials := []model.Trial{{NCTID: "NCT00000001", Phases: []model.Phase{model.Phase1}}, {NCTID: "NCT00000002", Phases: []model.Phase{model.Phase1}}}
	for _, r := range NewComparison(trials).Rows {
		if r.Field == model.FieldNote {
			t.Fatal("a Note row without notes")
		}
	}
	trials[1].UserNote = "ask CHOP about slots"
	for _, r := range NewComparison(trials).Rows {
		if r.Field != model.FieldNote {
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
