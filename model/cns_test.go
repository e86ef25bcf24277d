package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadCNS(t *testing.T) {
	tests := []struct {
		text    string
		ok      bool
		grades  []int
		negated bool
		literal bool
		open    bool
	}{
		{"Presence of CNS-3 disease or uncontrolled seizure disorder.", true, []int{3}, false, true, false},
		{"CNS 3 disease", true, []int{3}, false, true, false},
		{"CNS3 leukemia", true, []int{3}, false, true, false},
		{"CNS status 2b", true, []int{2}, false, true, false},
		{"CNS-1 or CNS-2 only", true, []int{1, 2}, false, true, false},
		{"CNS-1/2 status", true, []int{1, 2}, false, true, false},
		{"CNS 2 and 3 disease", true, []int{2, 3}, false, true, false},
		{"CNS 1-3", true, []int{1, 2, 3}, false, true, false},
		{"CNS III involvement", true, []int{3}, false, true, false},
		{"No CNS-3 disease", true, []int{3}, true, true, false},
		{"Patients without CNS 3 status", true, []int{3}, true, true, false},
		{"CNS-2 or CNS-3 disease is allowed", true, []int{2, 3}, false, false, false},
		{"CNS-3 at diagnosis", true, []int{3}, false, false, false},
		{"Symptomatic CNS-3 disease", true, []int{3}, false, false, false},
		{"ARM B: CNS-3 disease", true, []int{3}, false, false, false},
		{"Cohort 2: CNS-1 only", true, []int{1}, false, false, false},
		{"CNS-3 disease or other CNS involvement", true, []int{3}, false, true, true},
		{"Evidence of CNS involvement or cranial nerve pathology", true, nil, false, false, true},
		{"Active CNS disease", true, nil, false, false, true},
		{"Acute leukemia with testicular or central nerve system involvement alone", true, nil, false, false, true},
		{"Uncontrolled CNS metastasis", true, nil, false, false, true},
		{"No CNS imaging within 3 months", true, nil, false, false, true},
		{"CNS-3 or CNS 2, and CNS-1", true, []int{3, 2, 1}, false, true, false},
		{"no CNS-3 or CNS 2, no CNS-3 or CNS 2", true, []int{3, 2}, true, true, false},
		{"Pregnant or lactating women", false, nil, false, false, false},
		{"Karnofsky score ≥ 70", false, nil, false, false, false},
	}
	for _, tt := range tests {
		c, ok := ReadCNS(tt.text)
		want := CNSCriterion{Grades: tt.grades, Negated: tt.negated, Literal: tt.literal, Open: tt.open}
		if ok != tt.ok || !reflect.DeepEqual(c, want) {
			t.Errorf("ReadCNS(%q) = %+v, %v; want %+v, %v", tt.text, c, ok, want, tt.ok)
		}
	}
}

func TestCNSFit(t *testing.T) {
	cns := func(grade int) Patient {
		p := mustPatient(t, "7y", "", nil, nil)
		p.CNS = grade
		return p
	}
	tests := []struct {
		name      string
		trial     Trial
		grade     int
		verdict   Verdict
		reason    string
		reviewing int
	}{
		{"literal exclusion, same grade", Trial{Exclusion: []string{"Presence of CNS-3 disease or uncontrolled seizure disorder."}}, 3, VerdictExcluded, "CNS: CNS-3 is excluded by exclusion 1", 0},
		{"literal exclusion, other grade", Trial{Exclusion: []string{"Presence of CNS-3 disease or uncontrolled seizure disorder."}}, 2, VerdictPossible, "", 0},
		{"literal inclusion without the grade", Trial{Inclusion: []string{"CNS-1 or CNS-2 only"}}, 3, VerdictExcluded, "CNS: inclusion 1 admits CNS-1, CNS-2 only", 0},
		{"literal inclusion with the grade", Trial{Inclusion: []string{"CNS-1 or CNS-2 only"}}, 2, VerdictPossible, "", 0},
		{"negated inclusion", Trial{Inclusion: []string{"No CNS-3 disease"}}, 3, VerdictExcluded, "CNS: inclusion 1 rules out CNS-3", 0},
		{"qualified exclusion", Trial{Exclusion: []string{"CNS-3 disease at diagnosis"}}, 3, VerdictPossible, "", 1},
		{"CNS involvement", Trial{Exclusion: []string{"Evidence of CNS involvement or cranial nerve pathology."}}, 3, VerdictPossible, "", 1},
		{"active CNS disease in the inclusion", Trial{Inclusion: []string{"No active CNS disease"}}, 1, VerdictPossible, "", 1},
		{"negated exclusion", Trial{Exclusion: []string{"No CNS-3 disease"}}, 3, VerdictPossible, "", 1},
		{"no CNS status given", Trial{Exclusion: []string{"Presence of CNS-3 disease"}}, 0, VerdictPossible, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Resolve(&tt.trial)
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
