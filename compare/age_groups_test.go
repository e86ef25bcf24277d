package compare

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
)

func TestAgeGroupsOnlyWithoutBounds(t *testing.T) {
	p := eligibility.Profile{AgeDays: 7 * 365.25, AgeLabel: "7 years"}
	adultOnly := model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupAdult}, Provenance: map[model.Field]string{model.FieldAgeGroups: "row 2, Age: ADULT"}}
	f := eligibility.Assess(p, &adultOnly)
	if f.Verdict != eligibility.VerdictExcluded || len(f.Reasons) != 1 || f.Reasons[0] != "Age: 7 years is outside Adult, 18–64 years." {
		t.Errorf("7 years against an adult-only trial: %+v", f)
	}
	if f := eligibility.Assess(p, &model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}}); f.Verdict != eligibility.VerdictPossible {
		t.Errorf("7 years against a child and adult trial: %+v", f)
	}
	// Stated bounds win over the groups.
	bounded := model.Trial{Ages: model.AgeRange{Min: bound(5, model.Years, true)}, AgeGroups: []model.AgeGroup{model.AgeGroupAdult}}
	if f := eligibility.Assess(p, &bounded); f.Verdict != eligibility.VerdictPossible {
		t.Errorf("7 years against ≥5 years with the adult group: %+v", f)
	}
	if got := adultOnly.AgeText(); got != "Adult (age groups)" {
		t.Errorf("AgeText() = %q", got)
	}
	if got := bounded.AgeText(); got != "≥5 years" {
		t.Errorf("AgeText() with bounds = %q", got)
	}
	if src := adultOnly.AgeSource(); !strings.Contains(src, "row 2, Age: ADULT") || !strings.Contains(src, "18–64 years") {
		t.Errorf("AgeSource() = %q", src)
	}
	older := model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupAdult, model.AgeGroupOlderAdult}}
	row := NewComparison([]model.Trial{older}).Rows
	for _, r := range row {
		if r.Field == model.FieldAges && r.Cells[0].Text != "Adult, older adult (age groups)" {
			t.Errorf("age row = %q", r.Cells[0].Text)
		}
	}
}
