package rules

import (
	"reflect"
	"testing"
)

func TestPriorTherapyIsNoTarget(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Patients must have failed two anti-HER2 agents", nil},
		{"Prior CD19-directed therapy is allowed", nil},
		{"Relapse after CART19 is allowed", nil},
		{"CD22 CAR T-cells to Extend Remission Following Commercial CD19 CAR T-cells", []string{"CD22"}},
		{"A phase 1 trial of CD19 CAR T cells given after lymphodepletion", []string{"CD19"}},
		{"Relapse after transplant, then CD22-directed CAR T cells", []string{"CD22"}},
		{"Relapse after transplant, CD22-directed CAR T cells", []string{"CD22"}},
		{"History of anti-CD33 therapy is allowed; CD123 CAR T cells", []string{"CD123"}},
		{"Must not be refractory to either lenalidomide or daratumumab", nil},
		{"Patients intolerant to rituximab or obinutuzumab are excluded", nil},
		{"Relapse after chemotherapy and then CD22 CAR T cells", []string{"CD22"}},
		{"Refractory to at least 2 prior treatment regimens, including an IMiD (e.g. lenalidomide or pomalidomide), a proteasome inhibitor (e.g. bortezomib, carfilzomib), and an approved anti-CD38 antibody (e.g. daratumumab), if available", nil},
		{"At least three prior lines of therapy including a PI, an IMiD and daratumumab", nil},
		{"Patients who failed multiple lines of treatment including allo-HCT and CD19-CAR-T cell therapy", nil},
		{"Patients who failed chemotherapy now receive CD22 CAR T cells, including in relapse", []string{"CD22"}},
		{"Prior therapies, such as blinatumomab or inotuzumab, are allowed. This trial gives CD22 CAR T cells.", []string{"CD22"}},
		{"Relapse after transplant, including haploidentical donors. CD19 CAR T cells are infused.", []string{"CD19"}},
		{"Patients who have failed chemoimmunotherapy with regimens containing fludarabine and an anti-CD20 antibody", nil},
		{"Subjects must have received adequate first-line therapy including at a minimum:\n  • Anti-CD20 monoclonal antibody, and\n  • An anthracycline", nil},
		{"Must have received therapy including:\n  • an anti-CD20 antibody\nCD19 CAR T cells are given after lymphodepletion", []string{"CD19"}},
		{"Patients who received CD19 CAR T cells in this study", []string{"CD19"}},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range FindTargetsBesidesPriorTherapy(tt.text) {
			got = append(got, h.Target)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("targets of %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPriorTherapySnippetIsAsWritten(t *testing.T) {
	hits := FindTargetsBesidesPriorTherapy("Following commercial CD19 CAR T-cells, CD22 CAR T cells are given")
	if len(hits) != 1 || hits[0].Target != "CD22" || hits[0].Snippet == "" || hits[0].Snippet[0] == ' ' {
		t.Fatalf("hits = %+v", hits)
	}
}
