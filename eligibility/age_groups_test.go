package eligibility

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestAgeGroupsAdmit(t *testing.T) {
	child := []model.AgeGroup{model.AgeGroupChild}
	adult := []model.AgeGroup{model.AgeGroupAdult}
	older := []model.AgeGroup{model.AgeGroupOlderAdult}
	childAdult := []model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}
	gap := []model.AgeGroup{model.AgeGroupChild, model.AgeGroupOlderAdult}
	tests := []struct {
		age    string
		groups []model.AgeGroup
		admits bool
	}{
		{"0d", child, true},
		{"7y", child, true},
		{"17y11m", child, true},
		{"18y", child, false},
		{"7y", adult, false},
		{"17y11m", adult, false},
		{"18y", adult, true},
		{"64y11m", adult, true},
		{"65y", adult, false},
		{"65y", older, true},
		{"64y", older, false},
		{"30y", childAdult, true},
		{"65y", childAdult, false},
		{"30y", gap, false},
		{"70y", gap, true},
	}
	for _, tt := range tests {
		days, _, err := ParsePatientAge(tt.age)
		if err != nil {
			t.Fatal(err)
		}
		if got := model.AgeGroupsAdmit(tt.groups, days); got != tt.admits {
			t.Errorf("AgeGroupsAdmit(%v, %s) = %v", tt.groups, tt.age, got)
		}
	}
}

func TestAgeGroupsRange(t *testing.T) {
	tests := []struct {
		groups []model.AgeGroup
		label  string
		ok     bool
	}{
		{[]model.AgeGroup{model.AgeGroupChild}, "≤17 years", true},
		{[]model.AgeGroup{model.AgeGroupAdult}, "18 years – 64 years", true},
		{[]model.AgeGroup{model.AgeGroupAdult, model.AgeGroupOlderAdult}, "≥18 years", true},
		{[]model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}, "≤64 years", true},
		{[]model.AgeGroup{model.AgeGroupChild, model.AgeGroupOlderAdult}, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		r, ok := model.AgeGroupsRange(tt.groups)
		if ok != tt.ok || r.Label() != tt.label {
			t.Errorf("AgeGroupsRange(%v) = %q, %v; want %q, %v", tt.groups, r.Label(), ok, tt.label, tt.ok)
		}
		if !ok {
			continue
		}
		for _, age := range []string{"0d", "7y", "17y11m", "18y", "64y11m", "65y", "90y"} {
			days, _, _ := ParsePatientAge(age)
			if r.Admits(days) != model.AgeGroupsAdmit(tt.groups, days) {
				t.Errorf("AgeGroupsRange(%v) and AgeGroupsAdmit disagree at %s", tt.groups, age)
			}
		}
	}
}
