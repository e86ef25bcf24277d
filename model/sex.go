package model

import "strings"

// Sex is the sex a trial accepts: ALL, FEMALE or MALE. Empty means not stated.
type Sex string

// The sexes.
const (
	SexAll    Sex = "ALL"
	SexFemale Sex = "FEMALE"
	SexMale   Sex = "MALE"
)

// ParseSex reads "All", "Both", "Female", "Male" or a code.
func ParseSex(text string) (Sex, bool) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "all", "both", "both sexes", "all sexes", "male and female", "female and male":
		return SexAll, true
	case "female", "females", "women", "female only":
		return SexFemale, true
	case "male", "males", "men", "male only":
		return SexMale, true
	}
	return "", false
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
