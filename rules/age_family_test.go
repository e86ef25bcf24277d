package rules

import "testing"

// TestAgeBucketAndDiagnosisFamily reads the age phrases pages still wrote in ways the
// rules missed, and passes over ages that are not the patient's.
func TestAgeBucketAndDiagnosisFamily(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Ages: 0–9, 10–17, 18–26", "0 years – 26 years"},
		{"Age groups 0-4, 5-9 and 10-14 years", "0 years – 14 years"},
		{"Ages 1-5; 6-12; 13-21", "1 year – 21 years"},
		{"aged 1 to 30 years old", "1 year – 30 years"},
		{"aged 1–30 years old", "1 year – 30 years"},
		{"aged 1-30 years old", "1 year – 30 years"},
		{"less than 18 years at first diagnosis", "<18 years"},
		{"≤ 21 years at the time of initial diagnosis", "≤21 years"},
		{"Infants born at > 36 weeks gestational age and younger than 1 year", "<1 year"},
		{"All children from the age of 2 years can take part", "≥2 years"},
		{"open to patients from the age of 12", "≥12 years"},
		{"open to children from the age of 2 years to 18 years", "2 years – 18 years"},
		{"children from the age of 2 to 18 years", "2 years – 18 years"},
		{"children aged from 6 months up to 17 years", "6 months – 17 years"},
		{"from age of 6 months", "≥6 months"},
		{"infants younger than one year", "<1 year"},
		{"children from one year of age and adults", "≥1 year"},
		{"children from 2 years old", "≥2 years"},
		{"aged six months to eighteen years", "6 months – 18 years"},
		{"children aged between three months and 18 years", "3 months – 18 years"},
	}
	for _, tt := range tests {
		r, ok := ParseAgeRange(tt.text)
		if !ok || r.Label() != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.text, r.Label(), ok, tt.want)
		}
	}
	for _, text := range []string{
		"Ages: 0-9, 20-29", // buckets with a gap: only the first is a range
		"> 36 weeks gestational age",
		"born at 37 weeks of gestation",
	} {
		if r, ok := ParseAgeRange(text); ok && r.Max != nil && r.Max.Value > 9 {
			t.Errorf("%q: read %q", text, r.Label())
		}
	}
}

// TestAgeFromCriteriaFamily reads the age an inclusion item bounds at
// diagnosis, and no age from a gestational age or a duration.
func TestAgeFromCriteriaFamily(t *testing.T) {
	tests := []struct {
		items []string
		want  string
		ok    bool
	}{
		{[]string{"Relapsed AML", "Less than 18 years at first diagnosis"}, "<18 years", true},
		{[]string{"≤ 21 years at the time of initial diagnosis", "Relapsed ALL"}, "≤21 years", true},
		{[]string{"Patients aged 1–30 years old"}, "1 year – 30 years", true},
		{[]string{"> 36 weeks gestational age"}, "", false},
		{[]string{"Relapse less than 18 months after diagnosis"}, "", false},
		{[]string{"Treatment for 2 years at most"}, "", false},
		{[]string{"Age at diagnosis up to 18 years or age at transplant up to 21 years"}, "≤21 years", true},
		{[]string{"Age 1 to 17 years, or 18 to 25 years with the sponsor's approval"}, "1 year – 25 years", true},
		{[]string{"Age 18 years or older"}, "≥18 years", true},
		{[]string{"Patient ≥ 18 years and < 70 years at the time of signing the consent form"}, "18 years – <70 years", true},
		{[]string{"Age under 18 years, or any age if relapsed after CAR-T"}, "<18 years", true},
		{[]string{"Lymphoma", "18 to 65 years."}, "18 years – 65 years", true},
		{[]string{"Between 1 and 21 years"}, "1 year – 21 years", true},
		{[]string{"12 to 30 years old"}, "12 years – 30 years", true},
		{[]string{"18-59 years (18 and 59 included)"}, "18 years – 59 years", true},
		{[]string{"Males and females between 16 - 75 years.", "No previous treatment."}, "16 years – 75 years", true},
		{[]string{"Patients 18 to 65 years"}, "18 years – 65 years", true},
		{[]string{"You are at least 65 years", "You have not had a flu vaccine this season"}, "≥65 years", true},
		{[]string{"Is under 18 years"}, "<18 years", true},
		{[]string{"≥ 18 years (at the time of consent)."}, "≥18 years", true},
		{[]string{"1-17 years (cohort B)", "Relapsed ALL"}, "", false},
		{[]string{"2 years after transplant"}, "", false},
		{[]string{"Are 18 years and older and have been diagnosed with metastatic disease", "Completed all therapy at least 12 months prior to the diagnosis"}, "≥18 years", true},
		{[]string{"Patients must be:\n  • < 12 months of age at diagnosis with stage L1; or\n  • < 18 months of age at diagnosis with stage L2"}, "<18 months", true},
		{[]string{"Patients must meet one of the following:\n  • Age 1 to 17 years with relapsed ALL\n  • Age 1 to 25 years after CAR-T"}, "1 year – 25 years", true},
		{[]string{"< 12 months of age with stage L1; or", "< 18 months of age with stage L2", "Consent"}, "<18 months", true},
		{[]string{"Age 1 to 21 years; or", "Relapsed ALL"}, "1 year – 21 years", true},
		{[]string{"Patients must be:\n  • Aged 1 to 21 years\n  • Relapsed ALL"}, "1 year – 21 years", true},
		{[]string{"Age:\n  • at least 1 year old\n  • at most 21 years old"}, "1 year – 21 years", true},
		{[]string{"Adequate organ function:\n  • Age 1 to < 2 years: creatinine ≤ 0.6 mg/dL\n  • Age 2 to < 6 years: creatinine ≤ 0.8 mg/dL", "Age 1 to 21 years"}, "1 year – 21 years", true},
	}
	for _, tt := range tests {
		r, _, ok := AgeFromCriteria(tt.items)
		if ok != tt.ok || r.Label() != tt.want {
			t.Errorf("%q: got %q, %v; want %q", tt.items, r.Label(), ok, tt.want)
		}
	}
	if a, _, ok := FindAgeLimit("Patients are eligible when less than 18 years at first diagnosis."); !ok || a.Range.Label() != "<18 years" {
		t.Errorf("FindAgeLimit: %q, %v", a.Range.Label(), ok)
	}
}

// TestAgeBucketValueFamily reads an age label's value that lists buckets.
func TestAgeBucketValueFamily(t *testing.T) {
	tests := []struct {
		value, want string
		ok          bool
	}{
		{"0–9, 10–17, 18–26", "0 years – 26 years", true},
		{"0-11, 12-23 months", "0 months – 23 months", true},
		{"1-21 years", "", false},
		{"0-9, 20-29", "", false},
		{"18-26", "", false},
	}
	for _, tt := range tests {
		r, ok := ParseAgeBuckets(tt.value)
		if ok != tt.ok || r.Label() != tt.want {
			t.Errorf("%q: got %q, %v", tt.value, r.Label(), ok)
		}
	}
}
