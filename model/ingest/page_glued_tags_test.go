package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestGluedPageFamily reads pages copied from a registry's site with their
// tags removed, so that each label is glued to its value.
func TestGluedPageFamily(t *testing.T) {
	tests := []struct {
		name, page string
		nct        string
		status     model.Status
		phases     []model.Phase
		ages, sex  string
		groups     []model.AgeGroup
	}{
		{"a listing row of glued tags",
			"Blinatumomab for infants with relapsed leukaemia\nRecruitingPhase 1Phase 2NCT04726241\nMin Age1 Years\nMax Age18 Years\nGenderAll",
			"NCT04726241", model.StatusRecruiting, []model.Phase{model.Phase1, model.Phase2}, "1 year – 18 years", "ALL", nil},
		{"a registry name glued to the NCT ID",
			"Naxitamab after relapse in neuroblastoma\nClinicalTrials.GovNCT04293562\nPhaseIII\nSexAll\nMinimum Age:18 Years",
			"NCT04293562", "", []model.Phase{model.Phase3}, "≥18 years", "ALL", nil},
		{"age groups are not a sex",
			"Dasatinib with chemotherapy for children with leukaemia\nPhase2\nAge GroupBoth\nIdentifierNCT01234567",
			"NCT01234567", "", []model.Phase{model.Phase2}, "", "", nil},
		{"age groups glued to their label",
			"Dasatinib with chemotherapy for children with leukaemia\nAge GroupChild, Adult\nxyzNCT01234567abc",
			"NCT01234567", "", nil, "", "", []model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}},
		{"a phase label glued to two phases and the status",
			"Granules of selumetinib for children\nNCT03326388\nPHASE1/PHASE2Active, not recruitingINTERVENTIONAL",
			"NCT03326388", "", []model.Phase{model.Phase1, model.Phase2}, "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trials, err := readPage(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			tr := trials[0]
			if tr.NCTID != tt.nct || tr.Status != tt.status || !model.SamePhases(tr.Phases, tt.phases) ||
				tr.Ages.Label() != tt.ages || string(tr.Sex) != tt.sex || !sameGroups(tr.AgeGroups, tt.groups) {
				t.Errorf("got %s %q %v %q %q %v", tr.NCTID, tr.Status, tr.Phases, tr.Ages.Label(), tr.Sex, tr.AgeGroups)
			}
			if tt.status != "" && !strings.HasPrefix(tr.Provenance[model.FieldStatus], "glued tags: ") {
				t.Errorf("status provenance %q", tr.Provenance[model.FieldStatus])
			}
		})
	}
}

func sameGroups(a, b []model.AgeGroup) bool { return slices.Equal(a, b) }
