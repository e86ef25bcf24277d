package eligibility

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// FuzzScreen runs the patient's facts and the criteria readers the fit
// uses on arbitrary text: none may panic, and CNS grades are 1 to 3.
func FuzzScreen(f *testing.F) {
	f.Add("7y6m", "Inclusion Criteria:\n\n1. CNS-1 or CNS-2 only\n\nExclusion Criteria:\n\n1. Presence of CNS-3 disease", "ADULT, OLDER_ADULT")
	f.Add("18 months", "Eligibility criteria for the secondary randomisation\nInclusion criteria\n\n  1. A\n\n     Exclusion criteria\n\n  2. B", "CHILD")
	f.Add("7", "No CNS 1-3 within 3 months (except for CNS III)", "Child, Adult")
	f.Add("28d", "Inclusion Criteria:\nPart B Exclusion Criteria:\n- x\nPart C Inclusion criteria\n", "OLDER_ADULT")
	f.Fuzz(func(t *testing.T, age, criteria, groups string) {
		p := Patient{AgeLabel: age}
		if days, label, err := ParsePatientAge(age); err == nil {
			p.AgeDays, p.AgeLabel = days, label
		}
		c, _ := rules.ReadCNS(criteria)
		for _, g := range c.Grades {
			if g < 1 || g > 3 {
				t.Fatalf("ReadCNS(%q) read grade %d", criteria, g)
			}
		}
		split := rules.SplitCriteria(criteria)
		tr := model.Trial{Inclusion: split.Inclusion, Exclusion: split.Exclusion, Conditions: []string{criteria}}
		tr.AgeGroups, _ = rules.ParseAgeGroups(groups)
		rules.Resolve(&tr)
		for grade := range 4 {
			p.CNS = grade
			fit := Assess(p, &tr)
			if fit.Verdict == VerdictPossible && fit.Qualifier() == "" {
				t.Fatal("a bare possible")
			}
		}
		_ = tr.AgeText() + tr.AgeSource()
	})
}
