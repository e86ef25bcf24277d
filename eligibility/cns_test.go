package eligibility

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

func TestCNSFit(t *testing.T) {
	cns := func(grade int) Patient {
		p := mustPatient(t, "7y", "", nil, nil)
		p.CNS = grade
		return p
	}
	tests := []struct {
		name      string
		trial     model.Trial
		grade     int
		verdict   Verdict
		reason    string
		reviewing int
	}{
		{"literal exclusion, same grade", model.Trial{Exclusion: []string{"Presence of CNS-3 disease or uncontrolled seizure disorder."}}, 3, VerdictExcluded, "CNS: CNS-3 is excluded by exclusion 1", 0},
		{"literal exclusion, other grade", model.Trial{Exclusion: []string{"Presence of CNS-3 disease or uncontrolled seizure disorder."}}, 2, VerdictPossible, "", 0},
		{"literal inclusion without the grade", model.Trial{Inclusion: []string{"CNS-1 or CNS-2 only"}}, 3, VerdictExcluded, "CNS: inclusion 1 admits CNS-1, CNS-2 only", 0},
		{"literal inclusion with the grade", model.Trial{Inclusion: []string{"CNS-1 or CNS-2 only"}}, 2, VerdictPossible, "", 0},
		{"negated inclusion", model.Trial{Inclusion: []string{"No CNS-3 disease"}}, 3, VerdictExcluded, "CNS: inclusion 1 rules out CNS-3", 0},
		{"qualified exclusion", model.Trial{Exclusion: []string{"CNS-3 disease at diagnosis"}}, 3, VerdictPossible, "", 1},
		{"CNS involvement", model.Trial{Exclusion: []string{"Evidence of CNS involvement or cranial nerve pathology."}}, 3, VerdictPossible, "", 1},
		{"active CNS disease in the inclusion", model.Trial{Inclusion: []string{"No active CNS disease"}}, 1, VerdictPossible, "", 1},
		{"negated exclusion", model.Trial{Exclusion: []string{"No CNS-3 disease"}}, 3, VerdictPossible, "", 1},
		{"no CNS status given", model.Trial{Exclusion: []string{"Presence of CNS-3 disease"}}, 0, VerdictPossible, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules.Resolve(&tt.trial)
			f := Assess(cns(tt.grade), &tt.trial)
			if f.Verdict != tt.verdict || len(f.Review) != tt.reviewing {
				t.Errorf("%+v", f)
			}
			if tt.reason != "" && (len(f.Reasons) != 1 || !strings.HasPrefix(f.Reasons[0], tt.reason)) {
				t.Errorf("reasons %q, want one that starts %q", f.Reasons, tt.reason)
			}
		})
	}
}
