package model

import (
	"reflect"
	"testing"
)

// TestMutationTargetFamily: a gene named as the disease's mutation is no
// target; the gene named by its inhibitor or its drug is.
func TestMutationTargetFamily(t *testing.T) {
	tests := []struct {
		title string
		want  []string
	}{
		{"Transplant for AML with Monosomy 7, -5/5q-, High FLT3-ITD AR, or Refractory AML", nil},
		{"Chemotherapy for children with FLT3/ITD AML", nil},
		{"Maintenance for FLT3 TKD-mutated AML", nil},
		{"Gilteritinib after transplant for FLT3/ITD AML", []string{"FLT3"}},
		{"A trial of the FLT3 Inhibitor Gilteritinib for Patients with FLT3/ITD AML", []string{"FLT3"}},
		{"An FLT3 inhibitor for FLT3-ITD AML", []string{"FLT3"}},
		{"CD33 CAR T cells for AML", []string{"CD33"}},
		{"CD19 CAR T cells; CITD trial", []string{"CD19"}},
	}
	for _, tt := range tests {
		tr := Trial{Title: tt.title}
		Resolve(&tr)
		if !reflect.DeepEqual(tr.Targets, tt.want) {
			t.Errorf("%q: targets = %v, want %v", tt.title, tr.Targets, tt.want)
		}
	}
}
