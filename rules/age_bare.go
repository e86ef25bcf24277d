package rules

import (
	"regexp"
	"slices"
	"strings"
)

// withoutAgeNote returns an item without the note in brackets that ends
// it ("18-59 years (18 and 59 included)", "≥ 18 years (at consent)"), so
// that an age with a note is still a bare age; a note that names a group
// of patients ("(cohort B)") stays, as the age is that group's.
func withoutAgeNote(item string) string {
	before, note, ok := trailingBrackets(strings.TrimRight(item, " .;"))
	if !ok || strings.TrimSpace(before) == "" || slices.ContainsFunc(groupWords, func(w string) bool { return containsFold(note, w) }) {
		return item
	}
	return before
}

// maxBareAge is the longest item isBareAge reads: an age phrase alone is
// short ("Between 18 and 65 years of age").
const maxBareAge = 48

// isBareAge reports whether an item is an age phrase and nothing else, or
// with only the people it is about before or after it: "18 t/m 65 jaar."
// read as "18 to 65 years.", "Between 1 and 21 years", "Males and females
// between 16 - 75 years", "18歳以上の患者" read as "at least 18 years の
// patients".
func isBareAge(item string) bool {
	item = withoutAgeNote(item)
	if len(item) > maxBareAge || !strings.ContainsAny(item, "0123456789") || !namesAgeUnit(item) {
		return false
	}
	s := strings.Trim(ageNormalizer.Replace(strings.ToLower(item)), " \t.;:,")
	if loc := peopleBeforeAge.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	for _, lead := range []string{"between ", "from "} {
		s = strings.TrimPrefix(s, lead)
	}
	ms := ageMatches(s)
	if len(ms) != 1 || ms[0].start != 0 || ms[0].g["plain"] != "" {
		return false
	}
	switch strings.Trim(strings.Map(dropUnspaced, s[ms[0].end:]), " \t.;:,") {
	case "", "old", "of age", "patients", "children", "people", "participants", "subjects", "adults":
		return true
	}
	return false
}

// peopleBeforeAge is the people an age item names before its age, or the
// verb that says they are of it, in lower case: "Males and females between
// 16 - 75 years", "Patients 18 to 65 years", "You are at least 65 years".
var peopleBeforeAge = regexp.MustCompile(`^(?:(?:males?|men|boys)\s+(?:and|or)\s+(?:females?|women|girls)|(?:females?|women|girls)\s+(?:and|or)\s+(?:males?|men|boys)|patients|children|adults|participants|subjects|people|(?:you\s+)?(?:are|must\s+be|be|is))\s+(?:aged?\s+)?`)

// dropUnspaced drops the characters of Chinese and Japanese from a text
// (strings.Map's -1), so that what an item adds to its age in them ("の方",
// "の患者") leaves it a bare age.
func dropUnspaced(r rune) rune {
	if isUnspacedScript(r) {
		return -1
	}
	return r
}

// namesAgeUnit reports whether a text holds a unit an age phrase spells
// out: year, month, week or day.
func namesAgeUnit(text string) bool {
	return slices.ContainsFunc(ageUnits, func(unit string) bool { return containsFold(text, unit) })
}
