package model

// Sex is the sex a trial accepts: ALL, FEMALE or MALE. Empty means not stated.
type Sex string

// The sexes.
const (
	SexAll    Sex = "ALL"
	SexFemale Sex = "FEMALE"
	SexMale   Sex = "MALE"
)

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
