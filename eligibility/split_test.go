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
		{"items led by a sub-heading at one level",
			"PATIENT CHARACTERISTICS:\n\n  -  Age: Over 6 months and under 21 years\n\n  -  Performance status: Older than 10 years\n\n  -  Karnofsky greater than 50%\n\n  -  Platelet count greater than 40,000/mm3\n",
			[]string{"Age: Over 6 months and under 21 years", "Performance status: Older than 10 years", "Karnofsky greater than 50%", "Platelet count greater than 40,000/mm3"}, nil},
		{"deeper marks are sub-items, a trailing OR runs on",
			"DISEASE CHARACTERISTICS:\n\n  -  Cancer, including the following tumor\n     types:\n\n       -  Colon cancer\n\n       -  Lung cancer\n\n  -  Metastatic disease\n\nPATIENT CHARACTERISTICS:\n\nPerformance status:\n\n  -  ECOG 0-2 OR\n\n  -  Karnofsky 70-100%\n",
			[]string{"Cancer, including the following tumor types:\n  • Colon cancer\n  • Lung cancer", "Metastatic disease", "Performance status: ECOG 0-2 OR Karnofsky 70-100%"}, nil},
	} {
		inc, exc := SplitEligibility(tc.text)
		if strings.Join(inc, "|") != strings.Join(tc.inclusion, "|") || strings.Join(exc, "|") != strings.Join(tc.exclusion, "|") {
			t.Errorf("%s:\n got %q\n     %q\nwant %q\n     %q", tc.name, inc, exc, tc.inclusion, tc.exclusion)
		}
	}
}

// TestSplitSentences checks that list marks a criterion ran into end its
// sentences, and initials do not.
func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Renal function based on age B. ALT ≤ 5 × ULN C. AST ≤ 5 × ULN", []string{"Renal function based on age", "ALT ≤ 5 × ULN", "AST ≤ 5 × ULN"}},
		{"Positive for hepatitis B. Patients with hepatitis C. Others", []string{"Positive for hepatitis B.", "Patients with hepatitis C.", "Others"}},
		{"Prior anti-CD19 therapy 9. Treatment with gene therapy", []string{"Prior anti-CD19 therapy", "Treatment with gene therapy"}},
		{"Toxicity ≤ grade 2. Patients must recover.", []string{"Toxicity ≤ grade 2.", "Patients must recover."}},
		{"Given e.g. Blinatumomab. Then more", []string{"Given e.g. Blinatumomab.", "Then more"}},
	} {
		got := splitSentences(tc.text)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestResplitItems checks items that ran into a heading.
func TestResplitItems(t *testing.T) {
	got := ResplitItems([]string{
		"No prior therapy except trials for primary ALL Inclusion criteria specific for the epratuzumab randomization",
		"DISEASE CHARACTERISTICS: Histologically proven Wilms tumor PATIENT CHARACTERISTICS: Age: Under 16",
	})
	want := []string{"No prior therapy except trials for primary ALL", "Inclusion criteria specific for the epratuzumab randomization:",
		"Histologically proven Wilms tumor", "Age: Under 16"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
