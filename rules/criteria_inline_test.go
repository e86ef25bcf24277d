package rules

import (
	"reflect"
	"testing"
)

func TestInlineListFamily(t *testing.T) {
	tests := []struct {
		name, text string
		items      []string
	}{
		{"numbers flattened onto one line",
			"1. Relapsed ALL 2. Adequate organ function 3. Signed consent",
			[]string{"Relapsed ALL", "Adequate organ function", "Signed consent"}},
		{"dashes flattened onto one line",
			"- Age 21 years or less at entry. - No prior therapy except hydroxyurea - Written consent",
			[]string{"Age 21 years or less at entry.", "No prior therapy except hydroxyurea", "Written consent"}},
		{"a sub-list of another style inside an item, with a marker left at a line's end",
			"1) An ALK aberration, one of:\n\n1. A mutation; 2. An amplification; 3.\nA fusion 2)\nA diagnosis of neuroblastoma.\n\n3) High-risk disease.",
			[]string{"An ALK aberration, one of:\n  • A mutation; 2. An amplification; 3. A fusion", "A diagnosis of neuroblastoma.", "High-risk disease."}},
		{"a sub-list that restarts the same numbering",
			"1. Relapsed disease, either:\n1. Relapse after first-line therapy. 2. Persistent disease. 2. Measurable disease.\n3. Age: 12 months -18 years.",
			[]string{"Relapsed disease, either:\n  • Relapse after first-line therapy. 2. Persistent disease.", "Measurable disease.", "Age: 12 months -18 years."}},
		{"a dash item that starts on a line an item runs on to",
			"- Measurable disease at diagnosis that needed\ninduction therapy. - Not refractory to lenalidomide",
			[]string{"Measurable disease at diagnosis that needed induction therapy.", "Not refractory to lenalidomide"}},
		{"stars flattened onto one line",
			"* Relapsed ALL * Age under 18 years at entry * (Written) consent, signed * 2nd relapse excluded",
			[]string{"Relapsed ALL", "Age under 18 years at entry", "(Written) consent, signed", "2nd relapse excluded"}},
		{"a star inside an item is not a mark", "* Blasts > 5% * of marrow cells * Consent",
			[]string{"Blasts > 5% * of marrow cells", "Consent"}},
		{"numbers already one a line", "1. First item\n2. Second item",
			[]string{"First item", "Second item"}},
		{"a dose is not an item", "1. Platelets ≥ 75,000/μL and grade 2. Hemoglobin rising 2. Consent",
			[]string{"Platelets ≥ 75,000/μL and grade 2. Hemoglobin rising", "Consent"}},
		{"indented dashed sub-items, as a registry's text indents them, stay sub-items",
			"   - Age 365 days to 30 years\n   - Neuroblastoma; the following are eligible:\n      - Stage M disease - MYCN amplified\n      - Stage MS disease\n   - Consent",
			[]string{"Age 365 days to 30 years", "Neuroblastoma; the following are eligible:\n  • Stage M disease\n  • MYCN amplified\n  • Stage MS disease", "Consent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CriteriaItems(SplitInlineItems(tt.text))
			if !reflect.DeepEqual(got, tt.items) {
				t.Errorf("items:\n%q\nwant\n%q", got, tt.items)
			}
		})
	}
}
