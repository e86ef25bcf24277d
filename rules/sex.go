package rules

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// sexValues maps the values a sex field takes, lower-cased, "&" read as
// "and", and without a trailing "patients", "participants", "subjects" or
// "eligible", onto a sex. "Not specified" is absent: it states nothing.
var sexValues = map[string]model.Sex{
	"all": model.SexAll, "both": model.SexAll, "both sexes": model.SexAll, "all sexes": model.SexAll, "all genders": model.SexAll,
	"male and female": model.SexAll, "female and male": model.SexAll, "male or female": model.SexAll, "female or male": model.SexAll,
	"males and females": model.SexAll, "males or females": model.SexAll, "men and women": model.SexAll,
	"boys and girls": model.SexAll, "girls and boys": model.SexAll, "male/female": model.SexAll, "female/male": model.SexAll,
	"male, female": model.SexAll, "female, male": model.SexAll, "both genders": model.SexAll, "any gender": model.SexAll, "any sex": model.SexAll,
	"regardless of gender": model.SexAll, "regardless of sex": model.SexAll, "any": model.SexAll,
	"female": model.SexFemale, "females": model.SexFemale, "women": model.SexFemale, "female only": model.SexFemale, "girls": model.SexFemale,
	"male": model.SexMale, "males": model.SexMale, "men": model.SexMale, "male only": model.SexMale, "boys": model.SexMale,
}

// ParseSex reads a sex field's value: "All", "Both", "Female", "Male or
// female patients", "regardless of gender" or a code. "Not specified" is
// not stated.
func ParseSex(text string) (model.Sex, bool) {
	v := strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(text), " ")), " & ", " and ")
	v = sexNoun.ReplaceAllString(strings.TrimRight(v, ".;,"), "")
	if s, ok := sexValues[v]; ok {
		return s, true
	}
	if s, ok := languageSex(v); ok {
		return s, true
	}
	// "Both, male and female", "Both males and females", "All (male and female)"
	for _, part := range sexParts.Split(v, -1) {
		if s, ok := sexValues[sexNoun.ReplaceAllString(strings.TrimSpace(part), "")]; ok && s == model.SexAll {
			return s, true
		}
	}
	if at := gluedCapital(text); at > 0 {
		// The next field's label glued to the value: "Male/FemaleAccepts
		// Healthy Volunteers".
		return ParseSex(text[:at])
	}
	return "", false
}

// gluedCapital returns where a capital letter stands glued to the small
// letter before it ("FemaleAccepts"), or -1.
func gluedCapital(text string) int {
	for i := 1; i < len(text); i++ {
		if 'a' <= text[i-1] && text[i-1] <= 'z' && 'A' <= text[i] && text[i] <= 'Z' {
			return i
		}
	}
	return -1
}

var sexParts = regexp.MustCompile(`[,;()]|^(?:both|all)\s`)

// sexPhrase finds a sentence that opens a trial to both sexes: "Male or
// female age ≥ 18 years", "Males and females between 16 - 75 years", "Male
// and female subjects", "patients of all genders", "regardless of gender",
// "Adult men and women", "boys and girls aged 1 to 18", or a line of its
// own that names both ("Both Male and Female", a listing's tag).
var sexPhrase = regexp.MustCompile(`(?im)^[ \t]*(?:both[ \t]+)?(?:males?[ \t]+and[ \t]+females?|females?[ \t]+and[ \t]+males?)[ \t]*$|\b(?:males?\s+(?:and|or)\s+females?|females?\s+(?:and|or)\s+males?)\s+(?:patients|participants|subjects|children|aged?\b|age\s|\d|(?:between|from|over|under)\s+\d|[≥≤<>])|\b(?:boys\s+and\s+girls|girls\s+and\s+boys)\s+(?:aged?\b|age\s|\d|(?:can|may|are\s+able\s+to)\s+(?:take\s+part|join|participate))|\b(?:of\s+all\s+genders|of\s+either\s+sex|regardless\s+of\s+(?:gender|sex)|men\s+and\s+women|women\s+and\s+men)\b`)

// FindSex finds in running text a phrase that states the trial takes both
// sexes, and returns the phrase. It never reads "pregnant females" or
// "male patients must use contraception" as a limit.
func FindSex(text string) (model.Sex, string, bool) {
	loc := sexPhrase.FindStringIndex(text)
	if loc == nil {
		return "", "", false
	}
	return model.SexAll, strings.TrimSpace(text[loc[0]:loc[1]]), true
}

// sexNoun is the noun a sex value may carry: "Male patients", "Female
// participants eligible".
var sexNoun = regexp.MustCompile(`(?:\s+(?:patients|participants|subjects|children|volunteers|eligible|accepted))+$`)

// answeredSex is a registry's yes-or-no field for one sex: "F.2.1 Female:
// Yes", "Male No".
var answeredSex = regexp.MustCompile(`(?im)^[ \t]*(?:[a-z]\.\d+(?:\.\d+)*[ \t]+)?(female|male)[ \t]*:?[ \t]*(yes|no)[ \t]*$`)

// AnsweredSex reads the sexes a registry's yes-or-no fields admit ("F.2.1
// Female: Yes" / "F.2.2 Male: Yes" is both), and returns the lines it read
// them from. Both fields must be answered: one alone states nothing of the
// other.
func AnsweredSex(text string) (model.Sex, string, bool) {
	if indexFold(text, "female") < 0 {
		return "", "", false
	}
	answers := map[string]bool{}
	var lines []string
	for _, m := range answeredSex.FindAllStringSubmatch(text, -1) {
		sex := strings.ToLower(m[1])
		if _, seen := answers[sex]; seen {
			continue
		}
		answers[sex] = strings.EqualFold(m[2], "yes")
		lines = append(lines, strings.TrimSpace(m[0]))
	}
	female, femaleAnswered := answers["female"]
	male, maleAnswered := answers["male"]
	where := strings.Join(lines, " / ")
	switch {
	case !femaleAnswered || !maleAnswered:
		return "", "", false
	case female && male:
		return model.SexAll, where, true
	case female:
		return model.SexFemale, where, true
	case male:
		return model.SexMale, where, true
	}
	return "", "", false
}
