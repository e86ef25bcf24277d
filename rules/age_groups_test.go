package rules

import (
	"reflect"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestParseAgeGroups(t *testing.T) {
	tests := []struct {
		text    string
		groups  []model.AgeGroup
		unknown []string
	}{
		{"ADULT, OLDER_ADULT", []model.AgeGroup{model.AgeGroupAdult, model.AgeGroupOlderAdult}, nil},
		{"Child, Adult, Older Adult", []model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult, model.AgeGroupOlderAdult}, nil},
		{"OLDER_ADULT|CHILD", []model.AgeGroup{model.AgeGroupChild, model.AgeGroupOlderAdult}, nil},
		{"CHILD, CHILD", []model.AgeGroup{model.AgeGroupChild}, nil},
		{"CHILD, INFANT", []model.AgeGroup{model.AgeGroupChild}, []string{"INFANT"}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		groups, unknown := ParseAgeGroups(tt.text)
		if !reflect.DeepEqual(groups, tt.groups) || !reflect.DeepEqual(unknown, tt.unknown) {
			t.Errorf("ParseAgeGroups(%q) = %v, %v; want %v, %v", tt.text, groups, unknown, tt.groups, tt.unknown)
		}
	}
}

func TestAgeGroupsText(t *testing.T) {
	tests := []struct {
		groups      []model.AgeGroup
		label, span string
	}{
		{[]model.AgeGroup{model.AgeGroupChild}, "Child", "birth–17 years"},
		{[]model.AgeGroup{model.AgeGroupAdult}, "Adult", "18–64 years"},
		{[]model.AgeGroup{model.AgeGroupAdult, model.AgeGroupOlderAdult}, "Adult, older adult", "18 years and over"},
		{[]model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}, "Child, adult", "birth–64 years"},
		{[]model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult, model.AgeGroupOlderAdult}, "Child, adult, older adult", "any age"},
		{[]model.AgeGroup{model.AgeGroupChild, model.AgeGroupOlderAdult}, "Child, older adult", "birth–17 years, 65 years and over"},
	}
	for _, tt := range tests {
		if got := model.AgeGroupsLabel(tt.groups); got != tt.label {
			t.Errorf("AgeGroupsLabel(%v) = %q, want %q", tt.groups, got, tt.label)
		}
		if got := model.AgeGroupsSpan(tt.groups); got != tt.span {
			t.Errorf("AgeGroupsSpan(%v) = %q, want %q", tt.groups, got, tt.span)
		}
	}
}
