package compare

import (
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

func TestNotEnoughStatedToScreen(t *testing.T) {
	p := eligibility.Patient{AgeDays: 7 * 365.25, AgeLabel: "7 years", Diagnosis: "B-ALL", Markers: []eligibility.Marker{{Target: "CD19", Present: true, Percent: -1}}}
	bare := model.Trial{NCTID: "NCT00000001", Title: "A study", Exclusion: []string{"Pregnant or lactating women"}}
	rules.Resolve(&bare)
	f := eligibility.Assess(p, &bare)
	if f.Verdict != eligibility.VerdictPossible || !f.Unscreened || f.Qualifier() != "not enough stated to screen" {
		t.Errorf("a trial with no ages, groups, conditions or criteria to check: %+v, %q", f, f.Qualifier())
	}
	c := NewComparison([]model.Trial{bare}).WithPatient(p)
	if got := c.Rows[0].Cells[0].Text; got != "Possible — not enough stated to screen" {
		t.Errorf("fit cell = %q", got)
	}
	for name, tr := range map[string]model.Trial{
		"an age bound": {Ages: model.AgeRange{Max: bound(21, model.Years, true)}},
		"an age group": {AgeGroups: []model.AgeGroup{model.AgeGroupChild}},
		"a condition":  {Conditions: []string{"Solid tumours"}},
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
