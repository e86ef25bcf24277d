package rules

import "testing"

func TestCriteriaHeadingFamily(t *testing.T) {
	tests := []struct {
		line string
		kind CriteriaKind
		rest string
	}{
		{"Inclusion criteria", KindInclusion, ""},
		{"INCLUSION CRITERIA:", KindInclusion, ""},
		{"Key inclusion criteria", KindInclusion, ""},
		{"Additional Key Eligibility Requirements", KindEligibility, ""},
		{"Further exclusion criteria:", KindExclusion, ""},
		{"Eligibility Criteria (you must meet all of these to take part)", KindEligibility, ""},
		{"Exclusion criteria (any one excludes)", KindExclusion, ""},
		{"Participants - inclusion criteria", KindInclusion, ""},
		{"Procurement Inclusion Criteria", KindInclusion, ""},
		{"PARTICIPANT Inclusion Criteria:", KindInclusion, ""},
		{"Inclusion criteria for trial entry", KindInclusion, ""},
		{"Who can take part", KindInclusion, ""},
		{"Studie Einschlusskriterien", KindInclusion, ""},
		{"Estudio criterios de exclusión", KindExclusion, ""},
		{"Çalışmaya dahil etme kriterleri", KindInclusion, ""},
		{"Wer kann teilnehmen an der Studie:", KindEligibility, ""},
		{"Who can take part in the trial, if:", KindInclusion, ""},
		{"Who can join the study?", KindInclusion, ""},
		{"You may participate in this study if:", KindInclusion, ""},
		{"You may take part if", KindInclusion, ""},
		{"Inclusion", KindInclusion, ""},
		{"Who can't take part", KindExclusion, ""},
		{"Who cannot take part?", KindExclusion, ""},
		{"Exclude: prior anti-CD19 therapy", KindExclusion, "prior anti-CD19 therapy"},
		{"【選択基準】18歳以上の方", KindInclusion, "18歳以上の方"},
		{"<選択基準>t-AML: 治療歴があるAML", KindInclusion, "t-AML: 治療歴があるAML"},
		{"[Exclusion criteria] Pregnancy", KindExclusion, "Pregnancy"},
		{"Key Exclusion Criteria", KindExclusion, ""},
		{"Inclusion Criteria: - Age 21 years or less - No prior therapy", KindInclusion, "- Age 21 years or less - No prior therapy"},
		{"B-cell ALL Eligibility criteria:", KindEligibility, ""},
		{"Eligibility Requirements", KindEligibility, ""},
		{"## Eligibility", KindEligibility, ""},
		{"Patients are not eligible if:", KindExclusion, ""},
		{"You can take part if:", KindInclusion, ""},
		{"You may be eligible to participate if you…", KindInclusion, ""},
		{"You may be eligible if you:", KindInclusion, ""},
		{"Who is this study for?", KindInclusion, ""},
		{"Who can be in this study?", KindInclusion, ""},
		{"Who may take part in this trial", KindInclusion, ""},
		{"Who should not take part?", KindExclusion, ""},
		{"Who can’t be in this study?", KindExclusion, ""},
		{"Reasons you may not be able to take part:", KindExclusion, ""},
		{"You may not be able to take part if:", KindExclusion, ""},
		{"Participants cannot take part if they:", KindExclusion, ""},
		{"Patients can participate if they:", KindInclusion, ""},
		{"You can join this study if you:", KindInclusion, ""},
		{"Who can join this trial?", KindInclusion, ""},
		{"Who can't join this trial?", KindExclusion, ""},
		{"Who cannot participate", KindExclusion, ""},
		{"Who should not participate?", KindExclusion, ""},
		{"Not eligible", KindExclusion, ""},
		{"Exclusions:", KindExclusion, ""},
		{"Ineligibility criteria", KindExclusion, ""},
		{"Key inclusion criteria Relapsed B-ALL; age 1 to 25 years; adequate organ function.", KindInclusion, "Relapsed B-ALL; age 1 to 25 years; adequate organ function."},
		{"Exclusion criteria Active CNS disease", KindExclusion, ""},
		{"Inclusion Criteria Part A", KindInclusion, ""},
		{"Patient eligibility", KindEligibility, ""},
		{"Trial eligibility", KindEligibility, ""},
		{"Participant requirements", KindEligibility, ""},
		{"You can't join if:", KindExclusion, ""},
		{"To be eligible, patients must:", KindInclusion, ""},
		{"To be eligible for this study, you must:", KindInclusion, ""},
		{"To join the study, you must:", KindInclusion, ""},
		{"You may not take part if you have:", KindExclusion, ""},
		{"You will not be eligible if you:", KindExclusion, ""},
		{"You may not be eligible if you...", KindExclusion, ""},
		{"Patients with any of the following are excluded:", KindExclusion, ""},
		{"Patients are eligible if they meet all of the following:", KindInclusion, ""},
		{"Patients are eligible to join if they:", KindInclusion, ""},
		{"To take part, participants had to:", KindInclusion, ""},
		{"Participants could not take part in the study if they:", KindExclusion, ""},
		{"Key inclusion/exclusion criteria:", KindBoth, ""},
		{"Main inclusion and exclusion criteria", KindBoth, ""},
		{"Patients are eligible to take part in the study if they:", KindInclusion, ""},
		{"Patients are ineligible to join the trial if they:", KindExclusion, ""},
		{"Who Can Participate in the Study?", KindInclusion, ""},
		{"The criteria for this myeloma study are listed below:", KindEligibility, ""},
		{"Eligibility requirements are as follows:", KindEligibility, ""},
		{"The criteria to take part are listed below:", KindEligibility, ""},
		{"Who can take part in this trial", KindInclusion, ""},
		{"Key Eligibility", KindEligibility, ""},
		{"Inclusion Criterea", KindInclusion, ""},
		{"Einschluss-Kriterien |", KindInclusion, ""},
		{"Ausschlusskriterien:", KindExclusion, ""},
		{"Critères d'inclusion", KindInclusion, ""},
		{"Critères de non-inclusion :", KindExclusion, ""},
		{"Criterios de exclusión", KindExclusion, ""},
		{"三, 纳入标准:", KindInclusion, ""},
		{"Inclusion and exclusion criteria", KindBoth, ""},
		{"Inclusion/Exclusion Criteria:", KindBoth, ""},
		{"Inclusion criteria, exclusion criteria and study summary", KindBoth, ""},
		{"Exclusion criteria: prior inclusion in another study", KindExclusion, "prior inclusion in another study"},
	}
	for _, tt := range tests {
		kind, rest, ok := CriteriaHeadingOf(tt.line)
		if !ok || kind != tt.kind || rest != tt.rest {
			t.Errorf("CriteriaHeadingOf(%q) = %q, %q, %v; want %q, %q", tt.line, kind, rest, ok, tt.kind, tt.rest)
		}
	}
	for _, line := range []string{
		"[1] Patients aged 18 or older",
		"Patients who meet the inclusion criteria will be randomised to one of two arms.",
		"Researchers use many other factors to decide whether a patient can take part in a study (inclusion criteria) or cannot take part (exclusion criteria).",
		"Include a copy of the pathology report",
		"Vem kan delta, men inte om du har något av följande:",
		"Age: 12 months - 18 years",
		"The full criteria are listed below the summary and on the registry page.",
		"Criteria for response are listed below:\n",
	} {
		if kind, _, ok := CriteriaHeadingOf(line); ok {
			t.Errorf("CriteriaHeadingOf(%q) = %q, want no heading", line, kind)
		}
	}
}

// TestLabelColon finds the colon that ends a label, past a case ending's.
func TestLabelColon(t *testing.T) {
	for line, want := range map[string]int{
		"Voitte osallistua THL:n tutkimukseen, jos:": 41,
		"Inclusion criteria:Age ≥ 18":                18,
		"主要排除标准:1. 活动性感染":                            18,
		"Age:18 years":                               3,
		"HUS:ssa tehtävä tutkimus: x":                26,
		"NOTE:please read":                           4,
		"No colon here":                              -1,
	} {
		if got := labelColon(line); got != want {
			t.Errorf("labelColon(%q) = %d, want %d", line, got, want)
		}
	}
}
