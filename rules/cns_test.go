package rules

import (
	"reflect"
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
