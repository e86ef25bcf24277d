package ingest

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestAcronymFromTitle reads the trial's name a title ends with in
// brackets, and not a disease's or a target's.
func TestAcronymFromTitle(t *testing.T) {
	for title, want := range map[string]string{
		"UCART22 in Relapsed or Refractory B-ALL (BALLI-01)":     "BALLI-01",
		"A Study of Revumenib in Children (AUGMENT-102)":         "AUGMENT-102",
		"Tisagenlecleucel in Children and Young Adults (ELIANA)": "ELIANA",
		"Gilteritinib in Children With Relapsed AML (FLT3-ITD)":  "",
		"Blinatumomab for Infants With ALL (CD19)":               "",
		"Chemotherapy for Children With Leukemia (ALL)":          "",
	} {
		tr := model.Trial{Title: title}
		acronymFromTitle(&tr)
		if tr.Acronym != want {
			t.Errorf("%q: acronym %q, want %q", title, tr.Acronym, want)
		}
	}
}
