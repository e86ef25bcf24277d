package eligibility

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// FuzzRequirements reads fuzzed criteria and screens a patient with many
// facts against them: no panic, and the verdict follows the outcomes — a
// trial is excluded exactly when a criterion rules out, and every such
// criterion says why.
func FuzzRequirements(f *testing.F) {
	for _, seed := range []string{
		"Age ≥ 1 year and < 22 years\nPrior allogeneic HSCT\nCNS-3 disease that is progressive on therapy",
		"Lansky ≥ 50 or Karnofsky ≥ 50\nBilirubin < 1.5 x ULN\nCreatinine clearance ≥ 60 mL/min/1.73 m2",
		"DISEASE CHARACTERISTICS: Histologically confirmed ALL; PATIENT CHARACTERISTICS: Age 1 to 21",
		"Prior CD19-directed therapy other than blinatumomab\nat least 100 days post-transplant",
		"(((((", "≥≥≥ < > ± x ULN ULN", "except unless or and/or not",
	} {
		f.Add(seed, "Relapsed B-ALL")
	}
	o, err := DefaultOntology()
	if err != nil {
		f.Fatal(err)
	}
	var p Profile
	for _, fact := range [][2]string{{"age", "7y"}, {"sex", "female"}, {"diagnosis", "B-ALL"}, {"marker", "CD19+"},
		{"prior", "allo-hsct:8m"}, {"prior", "blinatumomab:never"}, {"cns", "3"}, {"lansky", "60"}, {"lab", "bilirubin 1.2 xULN"}, {"relapse", "2"}} {
		if err := ApplyFlag(&p, fact[0], fact[1]); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, criteria, condition string) {
		inclusion, exclusion, _ := strings.Cut(criteria, "\n")
		tr := model.Trial{Conditions: []string{condition}, Inclusion: strings.Split(inclusion, ";"), Exclusion: strings.Split(exclusion, "\n")}
		rules.Resolve(&tr)
		s := ParseRequirements(o, &tr).Screen(p)
		out := false
		for _, c := range s.Criteria {
			if c.Outcome == RulesOut {
				out = true
				if c.Reason == "" {
					t.Errorf("criterion %q rules out with no reason", c.Text)
				}
			}
		}
		if out != (s.Verdict == VerdictExcluded) {
			t.Errorf("verdict %s, but a criterion rules out: %v", s.Verdict, out)
		}
		_ = s.Summary()
	})
}

// FuzzProfile reads fuzzed patient facts, as JSON and as command-line
// flags: no panic, and a profile that reads has a sensible age.
func FuzzProfile(f *testing.F) {
	f.Add([]byte(`{"age": "7y", "sex": "female", "diagnosis": "B-ALL", "markers": ["CD19+"], "prior": ["allo-hsct:8m"], "labs": ["bilirubin 1.2 xULN"]}`), "lab", "creatinine clearance 85 mL/min/1.73m2")
	f.Add([]byte(`{"age": "7"}`), "prior", "car-t:")
	f.Add([]byte(`{}`), "mrd", "10^-3")
	f.Fuzz(func(t *testing.T, data []byte, flag, value string) {
		if p, err := ParseProfile(data); err == nil && p.AgeDays < 0 {
			t.Errorf("a profile with a negative age: %+v", p)
		}
		var p Profile
		if err := ApplyFlag(&p, flag, value); err == nil && p.AgeDays < 0 {
			t.Errorf("--%s %q gives a negative age", flag, value)
		}
		_ = p.Describe()
	})
}
