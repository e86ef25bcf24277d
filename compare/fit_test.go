package compare

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

func TestNotEnoughStatedToScreen(t *testing.T) {
	p := profile(t, "age", "7y", "diagnosis", "B-ALL", "marker", "CD19+")
	bare := model.Trial{NCTID: "NCT00000001", Title: "A study", Exclusion: []string{"Pregnant or lactating women"}}
	rules.Resolve(&bare)
	f := eligibility.Assess(p, &bare)
	if f.Verdict != eligibility.VerdictPossible || !f.Unscreened || f.Qualifier() != "not enough stated to screen" {
		t.Errorf("a trial with no ages, groups, conditions or criteria to check: %+v, %q", f, f.Qualifier())
	}
	c := NewComparison([]model.Trial{bare}).WithPatient(p, nil)
	if got := c.Rows[0].Cells[0].Text; got != "Possible — not enough stated to screen" {
		t.Errorf("fit cell = %q", got)
	}
	for name, tr := range map[string]model.Trial{
		"an age bound": {Ages: model.AgeRange{Max: bound(21, model.Years, true)}},
		"an age group": {AgeGroups: []model.AgeGroup{model.AgeGroupChild}},
		"a condition":  {Conditions: []string{"Leukemia"}},
		"a criterion":  {Inclusion: []string{"CD19+ B-ALL"}},
	} {
		f := eligibility.Assess(p, &tr)
		if f.Verdict != eligibility.VerdictPossible || f.Unscreened || f.Qualifier() == "" || f.Qualifier() == eligibility.NotEnoughToScreen {
			t.Errorf("a trial with %s: %+v, %q", name, f, f.Qualifier())
		}
	}
	if f := eligibility.Assess(p, &model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupAdult}}); f.Unscreened || f.Qualifier() != "" {
		t.Errorf("an excluded trial: %+v, %q", f, f.Qualifier())
	}
}

func TestFitNamesItsCriteria(t *testing.T) {
	tr := model.Trial{NCTID: "NCT00000002", Conditions: []string{"Acute Lymphoblastic Leukemia"},
		Inclusion: []string{"Lansky or Karnofsky score of at least 50"}, Exclusion: []string{"Prior allogeneic hematopoietic stem cell transplant"}}
	rules.Resolve(&tr)
	c := NewComparison([]model.Trial{tr}).WithPatient(profile(t, "age", "7y", "diagnosis", "B-ALL", "prior", "allo-hsct:8m"), nil)
	cell := c.Rows[0].Cells[0]
	if cell.Verdict != eligibility.VerdictExcluded || !strings.Contains(cell.Source, "× Exclusion 1: Prior allogeneic") || !strings.Contains(cell.Source, "? Inclusion 1: Lansky") {
		t.Errorf("fit cell = %+v", cell)
	}
	if got := c.CriterionOutcome(0, "exclusion", 1); got != eligibility.RulesOut {
		t.Errorf("exclusion 1 = %q, want rules out", got)
	}
	if got := c.Overview(nil)[0].Cells[0].Text; !strings.HasPrefix(got, "Excluded\nexcl. 1") {
		t.Errorf("overview fit = %q", got)
	}
}
