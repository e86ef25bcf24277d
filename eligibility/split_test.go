package eligibility

import (
	"strings"
	"testing"
)

// TestSplitEligibility reads the heading styles of older records.
func TestSplitEligibility(t *testing.T) {
	for _, tc := range []struct {
		name      string
		text      string
		inclusion []string
		exclusion []string
	}{
		{"inclusion and exclusion headings", "Inclusion Criteria:\n\n* Age 1 to 21 years\n* Relapsed ALL\n\nExclusion Criteria:\n\n* Prior allogeneic HSCT\n",
			[]string{"Age 1 to 21 years", "Relapsed ALL"}, []string{"Prior allogeneic HSCT"}},
		{"capital headings with sub-headings",
			"DISEASE CHARACTERISTICS:\n\n  -  Histologically confirmed neuroblastoma\n\n       -  High-risk disease\n\n  -  Measurable disease\n\nPATIENT CHARACTERISTICS:\n\nAge:\n\n  -  1 to 21\n\nPerformance status:\n\n  -  Lansky 50-100%\n\nLife expectancy:\n\n  -  Not specified\n\nHepatic:\n\n  -  Bilirubin less than 1.5 mg/dL\n\nPRIOR CONCURRENT THERAPY:\n\nBiologic therapy:\n\n  -  No prior dinutuximab\n",
			[]string{"Histologically confirmed neuroblastoma\n  • High-risk disease", "Measurable disease", "Age: 1 to 21", "Performance status: Lansky 50-100%", "Hepatic: Bilirubin less than 1.5 mg/dL", "Biologic therapy: No prior dinutuximab"}, nil},
		{"capital headings with star bullets",
			"DISEASE CHARACTERISTICS:\n\n* Diagnosis of AML\n\nPATIENT CHARACTERISTICS:\n\n* Not pregnant\n\nPRIOR CONCURRENT THERAPY:\n\n* At least 2 weeks since prior chemotherapy",
			[]string{"Diagnosis of AML", "Not pregnant", "At least 2 weeks since prior chemotherapy"}, nil},
		{"a paragraph with its headings inline",
			"DISEASE CHARACTERISTICS: Histologically proven Wilms tumor PATIENT CHARACTERISTICS: Age: Under 16 Performance status: Not specified Renal: Creatinine less than 2 times normal",
			[]string{"Histologically proven Wilms tumor", "Age: Under 16", "Renal: Creatinine less than 2 times normal"}, nil},
		{"no heading at all", "* Age 2 to 18 years\n* Down syndrome\n", []string{"Age 2 to 18 years", "Down syndrome"}, nil},
	} {
		inc, exc := SplitEligibility(tc.text)
		if strings.Join(inc, "|") != strings.Join(tc.inclusion, "|") || strings.Join(exc, "|") != strings.Join(tc.exclusion, "|") {
			t.Errorf("%s:\n got %q\n     %q\nwant %q\n     %q", tc.name, inc, exc, tc.inclusion, tc.exclusion)
		}
	}
}
