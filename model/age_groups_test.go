package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseAgeGroups(t *testing.T) {
	tests := []struct {
		text    string
		groups  []AgeGroup
		unknown []string
	}{
		{"ADULT, OLDER_ADULT", []AgeGroup{AgeGroupAdult, AgeGroupOlderAdult}, nil},
		{"Child, Adult, Older Adult", []AgeGroup{AgeGroupChild, AgeGroupAdult, AgeGroupOlderAdult}, nil},
		{"OLDER_ADULT|CHILD", []AgeGroup{AgeGroupChild, AgeGroupOlderAdult}, nil},
		{"CHILD, CHILD", []AgeGroup{AgeGroupChild}, nil},
		{"CHILD, INFANT", []AgeGroup{AgeGroupChild}, []string{"INFANT"}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		groups, unknown := ParseAgeGroups(tt.text)
		if !reflect.DeepEqual(groups, tt.groups) || !reflect.DeepEqual(unknown, tt.unknown) {
			t.Errorf("ParseAgeGroups(%q) = %v, %v; want %v, %v", tt.text, groups, unknown, tt.groups, tt.unknown)
		}
	}
}

func TestAgeGroupsAdmit(t *testing.T) {
	child := []AgeGroup{AgeGroupChild}
	adult := []AgeGroup{AgeGroupAdult}
	older := []AgeGroup{AgeGroupOlderAdult}
	childAdult := []AgeGroup{AgeGroupChild, AgeGroupAdult}
	gap := []AgeGroup{AgeGroupChild, AgeGroupOlderAdult}
	tests := []struct {
		age    string
		groups []AgeGroup
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
		if got := AgeGroupsAdmit(tt.groups, days); got != tt.admits {
			t.Errorf("AgeGroupsAdmit(%v, %s) = %v", tt.groups, tt.age, got)
		}
	}
}

func TestAgeGroupsText(t *testing.T) {
	tests := []struct {
		groups      []AgeGroup
		label, span string
	}{
		{[]AgeGroup{AgeGroupChild}, "Child", "birth–17 years"},
		{[]AgeGroup{AgeGroupAdult}, "Adult", "18–64 years"},
		{[]AgeGroup{AgeGroupAdult, AgeGroupOlderAdult}, "Adult, older adult", "18 years and over"},
		{[]AgeGroup{AgeGroupChild, AgeGroupAdult}, "Child, adult", "birth–64 years"},
		{[]AgeGroup{AgeGroupChild, AgeGroupAdult, AgeGroupOlderAdult}, "Child, adult, older adult", "any age"},
		{[]AgeGroup{AgeGroupChild, AgeGroupOlderAdult}, "Child, older adult", "birth–17 years, 65 years and over"},
	}
	for _, tt := range tests {
		if got := AgeGroupsLabel(tt.groups); got != tt.label {
			t.Errorf("AgeGroupsLabel(%v) = %q, want %q", tt.groups, got, tt.label)
		}
		if got := AgeGroupsSpan(tt.groups); got != tt.span {
			t.Errorf("AgeGroupsSpan(%v) = %q, want %q", tt.groups, got, tt.span)
		}
	}
}

func TestAgeGroupsRange(t *testing.T) {
	tests := []struct {
		groups []AgeGroup
		label  string
		ok     bool
	}{
		{[]AgeGroup{AgeGroupChild}, "≤17 years", true},
		{[]AgeGroup{AgeGroupAdult}, "18 years – 64 years", true},
		{[]AgeGroup{AgeGroupAdult, AgeGroupOlderAdult}, "≥18 years", true},
		{[]AgeGroup{AgeGroupChild, AgeGroupAdult}, "≤64 years", true},
		{[]AgeGroup{AgeGroupChild, AgeGroupOlderAdult}, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		r, ok := AgeGroupsRange(tt.groups)
		if ok != tt.ok || r.Label() != tt.label {
			t.Errorf("AgeGroupsRange(%v) = %q, %v; want %q, %v", tt.groups, r.Label(), ok, tt.label, tt.ok)
		}
		if !ok {
			continue
		}
		for _, age := range []string{"0d", "7y", "17y11m", "18y", "64y11m", "65y", "90y"} {
			days, _, _ := ParsePatientAge(age)
			if r.Admits(days) != AgeGroupsAdmit(tt.groups, days) {
				t.Errorf("AgeGroupsRange(%v) and AgeGroupsAdmit disagree at %s", tt.groups, age)
			}
		}
	}
}

func TestAgeGroupsOnlyWithoutBounds(t *testing.T) {
	p := mustPatient(t, "7y", "", nil, nil)
	adultOnly := Trial{AgeGroups: []AgeGroup{AgeGroupAdult}, Provenance: map[Field]string{FieldAgeGroups: "row 2, Age: ADULT"}}
	f := Assess(p, &adultOnly)
	if f.Verdict != VerdictExcluded || len(f.Reasons) != 1 || f.Reasons[0] != "Age: 7 years is outside the trial's age groups (Adult, 18–64 years)." {
		t.Errorf("7 years against an adult-only trial: %+v", f)
	}
	if f := Assess(p, &Trial{AgeGroups: []AgeGroup{AgeGroupChild, AgeGroupAdult}}); f.Verdict != VerdictPossible {
		t.Errorf("7 years against a child and adult trial: %+v", f)
	}
	// Stated bounds win over the groups.
	bounded := Trial{Ages: AgeRange{Min: bound(5, Years, true)}, AgeGroups: []AgeGroup{AgeGroupAdult}}
	if f := Assess(p, &bounded); f.Verdict != VerdictPossible {
		t.Errorf("7 years against ≥5 years with the adult group: %+v", f)
	}
	if got := adultOnly.AgeText(); got != "Adult (age groups)" {
		t.Errorf("AgeText() = %q", got)
	}
	if got := bounded.AgeText(); got != "≥5 years" {
		t.Errorf("AgeText() with bounds = %q", got)
	}
	if src := adultOnly.AgeSource(); !strings.Contains(src, "row 2, Age: ADULT") || !strings.Contains(src, "18–64 years") {
		t.Errorf("AgeSource() = %q", src)
	}
	older := Trial{AgeGroups: []AgeGroup{AgeGroupAdult, AgeGroupOlderAdult}}
	row := NewComparison([]Trial{older}).Rows
	for _, r := range row {
		if r.Field == FieldAges && r.Cells[0].Text != "Adult, older adult (age groups)" {
			t.Errorf("age row = %q", r.Cells[0].Text)
		}
	}
}
