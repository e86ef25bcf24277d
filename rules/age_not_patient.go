package rules

import (
	"regexp"
	"strings"
)

// gestationalAge reports whether the text after an age phrase makes it a
// gestational age, "> 36 weeks gestational age", "37 weeks of gestation":
// an infant's age at birth, not the patient's age.
func gestationalAge(after string) bool {
	after = strings.TrimLeft(after, " ")
	after = strings.TrimPrefix(after, "of ")
	return strings.HasPrefix(after, "gestation")
}

// diagnosisAge finds an age bounded at diagnosis: "less than 18 years at
// first diagnosis", "≤ 21 years at the time of initial diagnosis". Such an
// item states the patient's age limit as an "aged" one does.
var diagnosisAge = regexp.MustCompile(`(?i)\b(?:years?|yrs?|months?|days?)\s+(?:of\s+age\s+)?at\s+(?:the\s+time\s+of\s+)?(?:(?:first|initial|original|primary)\s+)?diagnosis\b`)
