package rules

import (
	"reflect"
	"testing"

	"github.com/trialcompare/trialcompare/model"
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
		tr := model.Trial{Title: tt.title}
		Resolve(&tr)
		if !reflect.DeepEqual(tr.Targets, tt.want) {
			t.Errorf("%q: targets = %v, want %v", tt.title, tr.Targets, tt.want)
		}
	}
}

// TestMarkerTargetFamily: once a trial's own targets are known, an antigen
// a criterion names as the disease's marker adds none; alone, it stays.
func TestMarkerTargetFamily(t *testing.T) {
	tests := []struct {
		summary   string
		inclusion string
		want      []string
	}{
		{"The CAR T cells target the CD19 protein.", "Relapsed ALL or other CD19+ or CD22+ acute leukemia", []string{"CD19"}},
		{"This study tests inotuzumab.", "CD22-positive B-ALL; prior CD19-expressing disease", []string{"CD22"}},
		{"This study tests CAR T cells in relapsed ALL.", "CD19+ B-ALL in second relapse", []string{"CD19"}},
		{"The CAR T cells target the CD19 protein.", "Patients may also receive CD22 CAR T cells on this study", []string{"CD19", "CD22"}},
	}
	for _, tt := range tests {
		tr := model.Trial{Summary: tt.summary, Inclusion: []string{tt.inclusion}}
		Resolve(&tr)
		if !reflect.DeepEqual(tr.Targets, tt.want) {
			t.Errorf("%q / %q: targets = %v, want %v", tt.summary, tt.inclusion, tr.Targets, tt.want)
		}
	}
}
