package rules

import "testing"

// TestAgeOverGroupsFamily reads the age range of criteria that list the
// trial's groups of patients, each with its own ages: the trial's range
// covers them all.
func TestAgeOverGroupsFamily(t *testing.T) {
	tests := []struct {
		name  string
		items []string
		want  string
	}{
		{"upper bounds of three groups",
			[]string{"Group A: children aged less than 12 months with stage L1 disease", "Group B: children aged less than 18 months with stage L2 disease", "Group C: children aged less than 18 months with stage MS disease"},
			"<18 months"},
		{"two cohorts that meet",
			[]string{"Cohort 1: participants aged ≥ 4 and < 7 years", "Cohort 2: participants aged ≥ 1 and < 4 years"},
			"1 year – <7 years"},
		{"a group with no lower bound leaves the range open below",
			[]string{"Cohort A: patients aged 12 to 21 years", "Cohort B: patients aged under 12 years"},
			"≤21 years"},
		{"a later item that is no group ends the groups",
			[]string{"Group 1: aged 1 to 10 years", "Adequate organ function, aged 1 to 30 years"},
			"1 year – 10 years"},
		{"no group: the first item's range",
			[]string{"Aged 1 to 10 years", "Aged 1 to 30 years at diagnosis"},
			"1 year – 10 years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _, _ := AgeFromCriteria(tt.items)
			if got := r.Label(); got != tt.want {
				t.Errorf("AgeFromCriteria(%q) = %q, want %q", tt.items, got, tt.want)
			}
		})
	}
}

func TestOpensWithGroup(t *testing.T) {
	for text, want := range map[string]bool{
		"Group A: children":        true,
		"Cohort 2 - adolescents":   true,
		"Stratum B is for infants": true,
		"* Arm 1: blinatumomab":    true,
		"Part IIb: expansion":      true,
		"Group of experts":         false,
		"Grouping by age":          false,
		"Cohort":                   false,
		"Arms and legs":            false,
	} {
		if got := opensWithGroup(text); got != want {
			t.Errorf("opensWithGroup(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestParseNamedAgeGroups(t *testing.T) {
	for value, want := range map[string]string{
		"Adults (18-65 years), Elderly (over 65 years)":          "≥18 years",
		"Children (2-11 years); Adolescents (12-17 years)":       "2 years – 17 years",
		"Infants (under 1 year), Children (1-12 years)":          "≤12 years",
		"Adults (18-65 years)":                                   "",
		"Adults (18-65 years), elderly":                          "",
		"Phase 1 (dose finding), Phase 2 (expansion)":            "",
		"Children (2-11 years) and others, Adults (18-65 years)": "",
	} {
		r, ok := ParseNamedAgeGroups(value)
		got := ""
		if ok {
			got = r.Label()
		}
		if got != want {
			t.Errorf("ParseNamedAgeGroups(%q) = %q, want %q", value, got, want)
		}
	}
}
