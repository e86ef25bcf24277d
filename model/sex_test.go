package model

import "testing"

func TestSexValueFamily(t *testing.T) {
	tests := []struct {
		value string
		want  Sex
		ok    bool
	}{
		{"All", SexAll, true},
		{"Both", SexAll, true},
		{"Male or female patients", SexAll, true},
		{"regardless of gender", SexAll, true},
		{"ALL", SexAll, true},
		{"Female", SexFemale, true},
		{"Males", SexMale, true},
		{"Not specified", "", false},
		{"Both, male and female", SexAll, true},
		{"Both males and females", SexAll, true},
		{"All (male and female)", SexAll, true},
		{"Boys and girls", SexAll, true},
		{"Male/Female", SexAll, true},
		{"Males & Females", SexAll, true},
		{"Female, Male", SexAll, true},
		{"Both genders", SexAll, true},
		{"All sexes eligible", SexAll, true},
		{"Female patients accepted", SexFemale, true},
		{"Female (pregnant women excluded)", "", false},
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
	}
	for _, tt := range tests {
		sex, _, ok := FindSex(tt.text)
		if ok != tt.ok || (ok && sex != SexAll) {
			t.Errorf("FindSex(%q) = %q, %v; want found %v", tt.text, sex, ok, tt.ok)
		}
	}
}
