package model

import (
	"regexp"
	"strings"
)

// Sex is the sex a trial accepts: ALL, FEMALE or MALE. Empty means not stated.
type Sex string

// The sexes.
const (
	SexAll    Sex = "ALL"
	SexFemale Sex = "FEMALE"
	SexMale   Sex = "MALE"
)

// sexValues maps the values a sex field takes, lower-cased, "&" read as
// "and", and without a trailing "patients", "participants", "subjects" or
// "eligible", onto a sex. "Not specified" is absent: it states nothing.
var sexValues = map[string]Sex{
	"all": SexAll, "both": SexAll, "both sexes": SexAll, "all sexes": SexAll, "all genders": SexAll,
	"male and female": SexAll, "female and male": SexAll, "male or female": SexAll, "female or male": SexAll,
	"males and females": SexAll, "males or females": SexAll, "men and women": SexAll,
	"boys and girls": SexAll, "girls and boys": SexAll, "male/female": SexAll, "female/male": SexAll,
	"male, female": SexAll, "female, male": SexAll, "both genders": SexAll, "any gender": SexAll, "any sex": SexAll,
	"regardless of gender": SexAll, "regardless of sex": SexAll, "any": SexAll,
	"female": SexFemale, "females": SexFemale, "women": SexFemale, "female only": SexFemale, "girls": SexFemale,
	"male": SexMale, "males": SexMale, "men": SexMale, "male only": SexMale, "boys": SexMale,
}

var sexNoun = regexp.MustCompile(`(?:\s+(?:patients|participants|subjects|children|volunteers|eligible|accepted))+$`)

// ParseSex reads a sex field's value: "All", "Both", "Female", "Male or
// female patients", "regardless of gender" or a code. "Not specified" is
// not stated.
func ParseSex(text string) (Sex, bool) {
	v := strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(text), " ")), " & ", " and ")
	v = sexNoun.ReplaceAllString(strings.TrimRight(v, ".;,"), "")
	if s, ok := sexValues[v]; ok {
		return s, true
	}
	// "Both, male and female", "Both males and females", "All (male and female)"
	for _, part := range sexParts.Split(v, -1) {
		if s, ok := sexValues[sexNoun.ReplaceAllString(strings.TrimSpace(part), "")]; ok && s == SexAll {
			return s, true
		}
	}
	return "", false
}

var sexParts = regexp.MustCompile(`[,;()]|^(?:both|all)\s`)

// sexPhrase finds a sentence that opens a trial to both sexes: "Male or
// female age ≥ 18 years", "Male and female subjects", "patients of all
// genders", "regardless of gender", "Adult men and women", "boys and girls
// aged 1 to 18".
var sexPhrase = regexp.MustCompile(`(?i)\b(?:males?\s+(?:and|or)\s+females?|females?\s+(?:and|or)\s+males?)\s+(?:patients|participants|subjects|children|aged?\b|age\s|\d)|\b(?:boys\s+and\s+girls|girls\s+and\s+boys)\s+(?:aged?\b|age\s|\d|(?:can|may|are\s+able\s+to)\s+(?:take\s+part|join|participate))|\b(?:of\s+all\s+genders|of\s+either\s+sex|regardless\s+of\s+(?:gender|sex)|men\s+and\s+women|women\s+and\s+men)\b`)

// FindSex finds in running text a phrase that states the trial takes both
// sexes, and returns the phrase. It never reads "pregnant females" or
// "male patients must use contraception" as a limit.
func FindSex(text string) (Sex, string, bool) {
	loc := sexPhrase.FindStringIndex(text)
	if loc == nil {
		return "", "", false
	}
	return SexAll, strings.TrimSpace(text[loc[0]:loc[1]]), true
}

// Label renders a sex for people.
func (s Sex) Label() string {
	switch s {
	case SexAll:
		return "All"
	case SexFemale:
		return "Female"
	case SexMale:
		return "Male"
	}
	return string(s)
}
