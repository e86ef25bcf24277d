package rules

import "testing"

func TestLabelSynonymFamily(t *testing.T) {
	tests := []struct {
		label string
		want  LabelField
	}{
		{"Gender", LabelSex},
		{"Sexes Eligible", LabelSex},
		{"Eligible Genders", LabelSex},
		{"Eligible Sex", LabelSex},
		{"Diseases", LabelConditions},
		{"SEX:", LabelSex},
		{"Target recruitment", LabelEnrollment},
		{"Target number of participants", LabelEnrollment},
		{"Enrollment |", LabelEnrollment},
		{"Trial status", LabelStatus},
		{"Recruitment Status", LabelStatus},
		{"Overall  status", LabelStatus},
		{"Condition", LabelConditions},
		{"Disease/condition", LabelConditions},
		{"Health condition(s)", LabelConditions},
		{"Developmental phase", LabelPhase},
		{"Clinical Phase", LabelPhase},
		{"Upper age limit", LabelMaxAge},
		{"Minimum Age", LabelMinAge},
		{"Patient Age Range", LabelAges},
		{"Public Title of Study", LabelTitle},
	}
	for _, tt := range tests {
		if got, ok := FieldOfLabel(tt.label); !ok || got != tt.want {
			t.Errorf("FieldOfLabel(%q) = %q, %v; want %q", tt.label, got, ok, tt.want)
		}
	}
	for _, notLabel := range []string{"Inclusion Criteria", "Who can join the study?", "Lorlatinib"} {
		if f, ok := FieldOfLabel(notLabel); ok {
			t.Errorf("FieldOfLabel(%q) = %q, want no field", notLabel, f)
		}
	}
}

func TestGluedLabelFamily(t *testing.T) {
	tests := []struct {
		line, label, value string
		field              LabelField
	}{
		{"SexAll", "Sex", "All", LabelSex},
		{"AgesN/A to 21 Years", "Ages", "N/A to 21 Years", LabelAges},
		{"Upper age limit15 Years", "Upper age limit", "15 Years", LabelMaxAge},
		{"PhasePHASE1", "Phase", "PHASE1", LabelPhase},
		{"EnrollmentN=40", "Enrollment", "N=40", LabelEnrollment},
	}
	for _, tt := range tests {
		f, label, value, ok := SplitGluedLabel(tt.line)
		if !ok || f != tt.field || label != tt.label || value != tt.value {
			t.Errorf("SplitGluedLabel(%q) = %q, %q, %q, %v", tt.line, f, label, value, ok)
		}
	}
	for _, line := range []string{"Sexual function", "Status", "Phases of treatment", "Treatment plan"} {
		if _, _, _, ok := SplitGluedLabel(line); ok {
			t.Errorf("SplitGluedLabel(%q) split a plain line", line)
		}
	}
}

// TestGluedValueFamily: a known label glued to a value that starts with a
// digit or a capital is split off; a word that merely begins like a label,
// in any case, is not.
func TestGluedValueFamily(t *testing.T) {
	tests := []struct {
		line  string
		ok    bool
		field LabelField
		value string
	}{
		{"PhaseIII", true, LabelPhase, "III"},
		{"Phase2", true, LabelPhase, "2"},
		{"Min Age1 Years", true, LabelMinAge, "1 Years"},
		{"Max Age18 Years", true, LabelMaxAge, "18 Years"},
		{"Age GroupBoth", true, LabelAgeGroups, "Both"},
		{"Age GroupChild, Adult", true, LabelAgeGroups, "Child, Adult"},
		{"GenderAll", true, LabelSex, "All"},
		{"SexAll", true, LabelSex, "All"},
		{"AGE18 YEARS", true, LabelAges, "18 YEARS"},
		{"STATUSRecruiting", true, LabelStatus, "Recruiting"},
		{"SPONSORED BY THE NATIONAL CANCER INSTITUTE", false, "", ""},
		{"TREATMENTS FOR CHILDREN", false, "", ""},
		{"TITLEHOLDERS", false, "", ""},
		{"TITLEAn anti-GD2 antibody in neuroblastoma", true, LabelTitle, "An anti-GD2 antibody in neuroblastoma"},
		{"Agenda for the day", false, "", ""},
		{"Phaseout of the old drug", false, "", ""},
		{"Sexual health", false, "", ""},
	}
	for _, tt := range tests {
		f, _, v, ok := SplitGluedLabel(tt.line)
		if ok != tt.ok || f != tt.field || v != tt.value {
			t.Errorf("%q: got %q %q %v, want %q %q %v", tt.line, f, v, ok, tt.field, tt.value, tt.ok)
		}
	}
}

func TestNextLabelFamily(t *testing.T) {
	tests := []struct {
		value string
		want  string
	}{
		{" 1 Year to 21 Years   Sexes Eligible for Study: All", "Sexes Eligible for Study: All"},
		{" 12 months Maximum age: 30 years", "Maximum age: 30 years"},
		{" Both Age: 1-21", "Age: 1-21"},
		{" CAR-T: a study Phase: 2", "Phase: 2"},
		{" CAR-T: a study of drug X", ""},
		{" All   Accepts Healthy Volunteers: No", "Accepts Healthy Volunteers: No"},
		{" Relapsed ALL After Transplant: A Phase 1 Study", ""},
		{" visits at 10:30", ""},
		{" randomised 2:1 to drug X", ""},
	}
	for _, tt := range tests {
		got := ""
		if at := NextLabelAt(tt.value); at >= 0 {
			got = tt.value[at:]
		}
		if got != tt.want {
			t.Errorf("NextLabelAt(%q) leaves %q, want %q", tt.value, got, tt.want)
		}
	}
}
