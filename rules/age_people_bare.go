package rules

import (
	"regexp"
	"slices"
	"strings"
)

// peoplesBareAge is a number without a unit after the people a trial takes
// (or the verb that says they are of it) and a comparator, where what
// follows says they may take part or ends the sentence: "anyone over 18
// can take part", "men and women over 18 able to participate", "the trial
// is open to people over 18." A number followed by a unit or by anything
// else ("patients over 65 are at higher risk") is not matched.
var peoplesBareAge = regexp.MustCompile(`(?i)\b((?:anyone|everyone|people|persons|patients|children|adults|participants|volunteers|men|women|males|females|those|adolescents|are|must\s+be|be|is)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than))\s+(\d{1,2})(\s*(?:[.;!)]|$|(?:can|may|able|who|are\s+(?:eligible|able|invited|needed|welcome|sought|wanted))\b))`)

// bareAgeGroup is a range of numbers without a unit before the words
// that make it an age group: "children in the 2-18 age group", a page in
// another language put into English ("2-18 age children").
var bareAgeGroup = regexp.MustCompile(`(?i)\b(\d{1,2}\s*[-–]\s*\d{1,2})(\s+age(?:\s+(?:groups?|brackets?|range))?\b)`)

// bareAgeComparators are the words peoplesBareAge's comparators hold, a
// quick test before it.
var bareAgeComparators = []string{"over", "under", "above", "below", "older", "younger"}

// withPeoplesAgeInYears writes "years" after such numbers: "anyone over 18
// years can take part", "children in the 2-18 years age group".
func withPeoplesAgeInYears(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	if containsFold(s, "age") {
		s = bareAgeGroup.ReplaceAllString(s, "$1 years$2")
	}
	if slices.ContainsFunc(bareAgeComparators, func(w string) bool { return containsFold(s, w) }) {
		s = peoplesBareAge.ReplaceAllString(s, "$1 $2 years$3")
	}
	return s
}
