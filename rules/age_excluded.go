package rules

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	// excludedAfterAge is what follows an age that running text says the
	// trial excludes, up to the words that say so: "patients aged 81 years
	// or older were excluded", "children younger than 1 year are not
	// eligible", a page in another language put into English ("81 years or
	// older の patients は excluded された"). Its first group is what stands
	// between, within the clause.
	excludedAfterAge = regexp.MustCompile(`^([^.;:]{0,40}?)\b(?:excluded|not\s+(?:be\s+)?eligible|ineligible)\b`)
	// excludedBeforeAge is what precedes such an age: "excluding patients
	// older than 80 years", "we excluded children under 2 years".
	excludedBeforeAge = regexp.MustCompile(`\b(?:excluding|excluded|exclusion\s+of)\s+(?:all\s+)?(?:the\s+)?(?:(?:patients|children|people|participants|subjects|adults|infants|those|persons|volunteers)\s+)?(?:aged?\s+|ages\s+|who\s+(?:are|were)\s+)?$`)
	// takesSomeone marks words between an age and "excluded" that say whom
	// the trial takes, so that "excluded" belongs to another clause:
	// "aged 18 or older are eligible, and those with CNS disease are excluded".
	takesSomeone = regexp.MustCompile(`\b(?:eligible|included|include|enrolled|enroll|recruited|take\s+part|join|participate)\b`)
	// notBefore is a negation just before "excluded": "patients aged 65
	// or older are not excluded" says they may take part, not that the
	// trial takes only them.
	notBefore = regexp.MustCompile(`\b(?:not|never)\s*$`)
	// withCondition marks a further condition the excluded people meet
	// besides their age: "patients older than 80 with heart failure were
	// excluded" excludes neither all of that age nor only them.
	withCondition = regexp.MustCompile(`\b(?:with|who|having|and|or)\b|,`)
)

// ageExclusion is what a sentence says of the people of its first age
// phrase.
type ageExclusion int

const (
	// ageTaken: the sentence says nothing of excluding them.
	ageTaken ageExclusion = iota
	// ageExcluded: the trial excludes everyone of that age.
	ageExcluded
	// ageNoLimit: it excludes those of that age only when they meet a
	// further condition, or says they are not excluded; the sentence
	// states no limit.
	ageNoLimit
)

// exclusionOfAge reads whether a sentence says that the trial excludes
// the people of its first age phrase, rather than takes them.
func exclusionOfAge(sentence string) ageExclusion {
	s := ageNormalizer.Replace(strings.ToLower(sentence))
	ms := ageMatches(s)
	if len(ms) == 0 {
		return ageTaken
	}
	if excludedBeforeAge.MatchString(s[:ms[0].start]) {
		return ageExcluded
	}
	g := excludedAfterAge.FindStringSubmatch(s[ms[0].end:])
	switch {
	case g == nil || takesSomeone.MatchString(g[1]):
		return ageTaken
	case withCondition.MatchString(g[1]) || notBefore.MatchString(g[1]):
		return ageNoLimit
	}
	return ageExcluded
}

// complementOf returns the ages a one-sided range leaves out, the ages a
// trial takes when it excludes that range: "81 years or older" excluded
// leaves "under 81 years". A range bounded on both sides has no one range
// as its complement; ok is false.
func complementOf(r model.AgeRange) (model.AgeRange, bool) {
	switch {
	case r.Min != nil && r.Max == nil:
		b := *r.Min
		b.Inclusive = !b.Inclusive
		return model.AgeRange{Max: &b}, true
	case r.Max != nil && r.Min == nil:
		b := *r.Max
		b.Inclusive = !b.Inclusive
		return model.AgeRange{Min: &b}, true
	}
	return model.AgeRange{}, false
}
