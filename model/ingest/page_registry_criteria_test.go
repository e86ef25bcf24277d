package ingest

import (
	"reflect"
	"testing"
)

// TestRegistryCriteriaPageFamily reads whole criteria lists in the layouts
// registries and their mirrors give them: none reads as 0 items, and no
// item is split in two at a line break.
func TestRegistryCriteriaPageFamily(t *testing.T) {
	tests := []struct {
		name, page string
		inclusion  []string
		exclusion  []string
	}{
		{"participant criteria, numbered",
			"Drug X for relapsed neuroblastoma\nISRCTN12345678\nParticipant inclusion criteria\n1. Aged 1 to 18 years\n2. Relapsed neuroblastoma\nParticipant exclusion criteria\n1. Prior drug X\n2. Pregnancy",
			[]string{"Aged 1 to 18 years", "Relapsed neuroblastoma"}, []string{"Prior drug X", "Pregnancy"}},
		{"EU register sections, items run together on one line",
			"EudraCT number 2019-001234-12\nE.3 Principal inclusion criteria\n1. Children aged 1 to 21 years. 2. Relapsed ALL. 3. Signed consent.\nE.4 Principal exclusion criteria\n1. Active infection 2. Prior CAR-T therapy\nE.5 End points\nE.5.1 Primary end point",
			[]string{"Children aged 1 to 21 years.", "Relapsed ALL.", "Signed consent."}, []string{"Active infection", "Prior CAR-T therapy"}},
		{"key criteria separated by semicolons and dashes",
			"Naxitamab in neuroblastoma\nNCT01234567\nKey inclusion criteria\nRelapsed neuroblastoma; age 1 to 21 years; measurable disease\nKey exclusion criteria\nPrior anti-GD2 therapy within 4 weeks - Active infection - Pregnancy",
			[]string{"Relapsed neuroblastoma", "age 1 to 21 years", "measurable disease"}, []string{"Prior anti-GD2 therapy within 4 weeks", "Active infection", "Pregnancy"}},
		{"headings and lists in table cells",
			"Naxitamab in neuroblastoma\nNCT01234567\n| Inclusion criteria: 1. Age 1 to 21 years 2. Relapsed neuroblastoma |\n| Exclusion criteria | Prior anti-GD2 therapy; active infection |",
			[]string{"Age 1 to 21 years", "Relapsed neuroblastoma"}, []string{"Prior anti-GD2 therapy", "active infection"}},
		{"an item's sentence broken over lines",
			"Naxitamab in neuroblastoma\nNCT01234567\nInclusion criteria\nRelapsed or refractory neuroblastoma after at least\none prior line of therapy\nAge 1 to 21 years\nExclusion criteria\nActive infection requiring\nintravenous antibiotics",
			[]string{"Relapsed or refractory neuroblastoma after at least one prior line of therapy", "Age 1 to 21 years"}, []string{"Active infection requiring intravenous antibiotics"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trials, err := readPage(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if tr := trials[0]; !reflect.DeepEqual(tr.Inclusion, tt.inclusion) || !reflect.DeepEqual(tr.Exclusion, tt.exclusion) {
				t.Errorf("inclusion %q\nexclusion %q", tr.Inclusion, tr.Exclusion)
			}
		})
	}
}
