package ingest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/rules"
)

// TestGluedInterventionFamily reads interventions listed with their
// registry type glued to the name, and nothing that merely starts like a
// type.
func TestGluedInterventionFamily(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"a block of glued lines", "Interventions\n\nDRUGCYTARABINE\nDRUGGEMTUZUMAB OZOGAMICIN\nBIOLOGICALCD19 CAR T CELLS", []string{"CYTARABINE", "GEMTUZUMAB OZOGAMICIN", "CD19 CAR T CELLS"}},
		{"one glued line under its label", "Interventions\nDRUGBlinatumomab\nSponsors", []string{"Blinatumomab"}},
		{"a lone word that starts like a type", "OTHERWISE HEALTHY CHILDREN\nThe study ends in 2030.", nil},
		{"a type word alone", "DRUG\nCytarabine", nil},
		{"a type before a lower-case word", "Drugs\nDRUGs and devices", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ivs, _ := gluedInterventions(strings.Split(tt.page, "\n"))
			var got []string
			for _, iv := range ivs {
				got = append(got, iv.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGluedInterventionTarget finds the target of a drug whose registry
// type is glued to its name.
func TestGluedInterventionTarget(t *testing.T) {
	page := "A trial for children with acute myeloid leukemia\nPhases\nPhase 3\nInterventions\n\nDRUGCYTARABINE\nDRUGGEMTUZUMAB OZOGAMICIN\nDRUGFLUDARABINE\n"
	trials, err := readPage(page)
	if err != nil {
		t.Fatal(err)
	}
	tr := trials[0]
	rules.Resolve(&tr)
	if !reflect.DeepEqual(tr.Targets, []string{"CD33"}) {
		t.Errorf("targets %v, want [CD33]", tr.Targets)
	}
}
