package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestGluedTagsFamily reads a listing's tags glued together, and nothing
// from a line whose phase is not glued to a tag before it.
func TestGluedTagsFamily(t *testing.T) {
	tests := []struct {
		line    string
		ok      bool
		status  model.Status
		phases  []model.Phase
		unglued string
	}{
		{"RecruitingPhase 1Phase 2NCT04726241", true, model.StatusRecruiting, []model.Phase{model.Phase1, model.Phase2}, "Recruiting Phase 1 Phase 2 NCT04726241"},
		{"RECRUITINGPhase 1 / Phase 2INTERVENTIONAL", true, model.StatusRecruiting, []model.Phase{model.Phase1, model.Phase2}, "RECRUITING Phase 1 / Phase 2 INTERVENTIONAL"},
		{"CompletedPHASE3", true, model.StatusCompleted, []model.Phase{model.Phase3}, "Completed PHASE3"},
		{"Active, not recruitingPhase 2", true, model.StatusActiveNotRecruiting, []model.Phase{model.Phase2}, "Active, not recruiting Phase 2"},
		{"InterventionalPhase 2NCT01234567Neuroblastoma", true, "", []model.Phase{model.Phase2}, "Interventional Phase 2 NCT01234567 Neuroblastoma"},
		{"OpenPhase 2NCT01234567abc", true, model.StatusRecruiting, []model.Phase{model.Phase2}, "Open Phase 2 NCT01234567 abc"},
		{"Phase 2", false, "", nil, ""},
		{"PhaseIII", false, "", nil, ""},
		{"A multiphase study", false, "", nil, ""},
		{"RecruitingPhaseout of the old drug", false, "", nil, ""},
		{"PHASE1/PHASE2Active, not recruitingINTERVENTIONAL", true, "", []model.Phase{model.Phase1, model.Phase2}, "PHASE1/PHASE2 Active, not recruitingINTERVENTIONAL"},
		{"Phase 2Recruiting", true, "", []model.Phase{model.Phase2}, "Phase 2 Recruiting"},
		{"Phase 2A study", false, "", nil, ""},
		{"This trial of drug X in children with relapsed leukaemia moves to the nextPhase 2 step when the dose is known", false, "", nil, ""},
	}
	for _, tt := range tests {
		got, ok := ReadGluedTags(tt.line)
		if ok != tt.ok || got.Status != tt.status || !model.SamePhases(got.Phases, tt.phases) || got.Unglued != tt.unglued {
			t.Errorf("%q: got %+v, %v", tt.line, got, ok)
		}
	}
}
