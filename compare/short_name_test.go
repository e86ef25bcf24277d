package compare

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestShortName(t *testing.T) {
	tests := []struct {
		acronym, title, want string
	}{
		{"BALLI-01", "Phase 1/2 Study of UCART22 in Patients", "BALLI-01"},
		{"", "Phase I Clinical Trial of CART Cell Therapy for Refractory/Relapsed ALL", "CART Cell Therapy for Refractory/Relapsed ALL"},
		{"", "Clinical Study of CLL-1 CAR-T in the Treatment of Children With R/R AML", "CLL-1 CAR-T in the Treatment of Children With R/R AML"},
		{"", "Study of hALK.CAR T Cells for Patients With Neuroblastoma", "hALK.CAR T Cells for Patients With Neuroblastoma"},
		{"", "A Phase 1/2, Open-label Study of Isatuximab in Children", "Isatuximab in Children"},
		{"", "A Randomized Trial Evaluating Blinatumomab in Children", "Blinatumomab in Children"},
		{"", "Isatuximab in Combination With Chemotherapy", "Isatuximab in Combination With Chemotherapy"},
		{"", "Study of", "Study of"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := ShortName(&model.Trial{Acronym: tt.acronym, Title: tt.title}); got != tt.want {
			t.Errorf("ShortName(%q, %q) = %q, want %q", tt.acronym, tt.title, got, tt.want)
		}
	}
}
