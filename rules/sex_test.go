package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestSexValueFamily(t *testing.T) {
	tests := []struct {
		value string
		want  model.Sex
		ok    bool
	}{
		{"All", model.SexAll, true},
		{"Both", model.SexAll, true},
		{"Male or female patients", model.SexAll, true},
		{"regardless of gender", model.SexAll, true},
		{"ALL", model.SexAll, true},
		{"Female", model.SexFemale, true},
		{"Males", model.SexMale, true},
		{"Not specified", "", false},
		{"Both, male and female", model.SexAll, true},
		{"Both males and females", model.SexAll, true},
		{"All (male and female)", model.SexAll, true},
		{"Boys and girls", model.SexAll, true},
		{"Male/Female", model.SexAll, true},
		{"Males & Females", model.SexAll, true},
		{"Female, Male", model.SexAll, true},
		{"Both genders", model.SexAll, true},
		{"All sexes eligible", model.SexAll, true},
		{"Female patients accepted", model.SexFemale, true},
		{"Female (pregnant women excluded)", "", false},
		{"Male/FemaleAccepts Healthy Volunteers", model.SexAll, true},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseSex(tt.value)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseSex(%q) = %q, %v; want %q, %v", tt.value, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSexPhraseFamily(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"Male or female age ≥ 18 years", true},
		{"Males and females between 16 - 75 years.", true},
		{"Male or female ≥ 12 years", true},
		{"Males and females between the two arms were balanced", false},
		{"Male and female subjects, ranging from 1 month through age 29", true},
		{"children of all genders, aged 2 to 18", true},
		{"open to patients regardless of gender", true},
		{"Adult men and women who are candidates for transplant", true},
		{"Boys and girls aged 1 to 18 with relapsed ALL", true},
		{"Both girls and boys can take part", true},
		{"Neuroblastoma affects boys and girls equally", false},
		{"Women who are pregnant are excluded", false},
		{"Females of child-bearing potential must have a negative pregnancy test", false},
		{"Male patients must agree to use contraception", false},
		{"Both male and female post-pubertal subjects must use contraception", false},
		{"79 years old\nBoth Male and Female\nYes", true},
		{"Males and females", true},
	}
	for _, tt := range tests {
		sex, _, ok := FindSex(tt.text)
		if ok != tt.ok || (ok && sex != model.SexAll) {
			t.Errorf("FindSex(%q) = %q, %v; want found %v", tt.text, sex, ok, tt.ok)
		}
	}
}

func TestAnsweredSexFamily(t *testing.T) {
	tests := []struct {
		text string
		want model.Sex
	}{
		{"F.2 Gender\nF.2.1 Female: Yes\nF.2.2 Male: Yes", model.SexAll},
		{"F.2.1 Female Yes\nF.2.2 Male No", model.SexFemale},
		{"Female: No\nMale: Yes", model.SexMale},
		{"Female: Yes", ""},
		{"Pregnant females are excluded.\nMale patients must use contraception.", ""},
	}
	for _, tt := range tests {
		got, _, _ := AnsweredSex(tt.text)
		if got != tt.want {
			t.Errorf("AnsweredSex(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
