package rules

import (
	"reflect"
	"testing"
)

func TestCriteriaSentenceFamily(t *testing.T) {
	tests := []struct {
		name                 string
		text                 string
		inclusion, exclusion []string
	}{
		{"items parted by semicolons",
			"Key inclusion criteria include age 2-21 years; relapsed neuroblastoma; Lansky score ≥ 50. Enrolment began in 2023.",
			[]string{"age 2-21 years", "relapsed neuroblastoma", "Lansky score ≥ 50"}, nil},
		{"items parted by commas, a closing and, a number with a comma",
			"Key exclusion criteria include prior CAR-T therapy, platelets < 50,000/µL, and active CNS disease.",
			nil, []string{"prior CAR-T therapy", "platelets < 50,000/µL", "active CNS disease"}},
		{"eligibility criteria are the patient's",
			"Eligibility criteria were age ≤ 25 years; confirmed rhabdomyosarcoma; no prior treatment.",
			[]string{"age ≤ 25 years", "confirmed rhabdomyosarcoma", "no prior treatment"}, nil},
		{"a list of both kinds tells no item's kind",
			"Key inclusion and exclusion criteria include relapsed AML, a Lansky score ≥ 50, and no active GVHD.",
			nil, nil},
		{"commas that part a clause are no items",
			"Key exclusion criteria include relapse within 6 months of, or refractory to, prior therapy.",
			nil, nil},
		{"a sentence that refers to criteria stated elsewhere lists none",
			"Exclusion criteria were the same as in the adult study, with the exception of prior CAR-T therapy.",
			nil, nil},
		{"a clause after a comma is no item",
			"Key exclusion criteria include relapse after transplant, with the exception of isolated CNS relapse, and pregnancy.",
			nil, nil},
		{"a sentence about criteria that lists none",
			"The inclusion criteria are described in the protocol.",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CriteriaInSentences(tt.text)
			if !reflect.DeepEqual(c.Inclusion, tt.inclusion) || !reflect.DeepEqual(c.Exclusion, tt.exclusion) {
				t.Errorf("inclusion %q, exclusion %q", c.Inclusion, c.Exclusion)
			}
		})
	}
}
