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
		{"one heading over both lists, numbered from 1 twice, numbers glued to the second list's items",
			"Chemotherapy for recurrent Ewing sarcoma\nPhase: III\n\nInclusion criteria, exclusion criteria and study summary\n\n1. Confirmed Ewing sarcoma. 2. Age 4 to 49 years. 3. Written consent.\n\n1.Low neutrophil count 2.Chemotherapy within two weeks. 3.Pregnancy",
			[]string{"Confirmed Ewing sarcoma.", "Age 4 to 49 years.", "Written consent."}, []string{"Low neutrophil count", "Chemotherapy within two weeks.", "Pregnancy"}},
		{"a heading's row: the heading, then items run together on its line",
			"Ensayo de quimioterapia en sarcoma de Ewing\nFase II\nCRITERIOS INCLUSIÓN 1. Sarcoma de Ewing confirmado 2. Recaída tras el tratamiento 3. Consentimiento firmado\nCRITERIOS EXCLUSIÓN 1. Embarazo 2. Infección activa",
			[]string{"Sarcoma de Ewing confirmado", "Recaída tras el tratamiento", "Consentimiento firmado"}, []string{"Embarazo", "Infección activa"}},
		{"one heading over both lists in German",
			"Studie zu Blinatumomab bei Kindern\nPhase: II\nEin- und Ausschlusskriterien\n1. Alter 1 bis 18 Jahre\n2. Rezidiv einer ALL\n1. Schwangerschaft\n2. Aktive Infektion",
			[]string{"Alter 1 bis 18 Jahre", "Rezidiv einer ALL"}, []string{"Schwangerschaft", "Aktive Infektion"}},
		{"one heading over both kinds, one list: what the patient must meet",
			"Drug X for relapsed ALL\nNCT01234567\nInclusion/Exclusion Criteria:\n- Age 1 to 21 years\n- No prior CAR-T therapy",
			[]string{"Age 1 to 21 years", "No prior CAR-T therapy"}, nil},
		{"one heading over both kinds, a sub-list numbered from 1 under a lead-in",
			"Drug X for relapsed ALL\nNCT01234567\nInclusion and exclusion criteria\n1. Age 1 to 21 years\n2. One of the following:\n1. Second relapse\n2. Refractory disease\n3. Consent",
			[]string{"Age 1 to 21 years", "One of the following:\n  • Second relapse\n  • Refractory disease", "Consent"}, nil},
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
