package rules

import (
	"regexp"

	"github.com/trialcompare/trialcompare/model"
)

var (
	// orWord parts alternatives in a sentence.
	orWord = regexp.MustCompile(`(?i)\bor\b`)
	// andBetween joins a second range to a first as its alternative:
	// "between 18 and 55 years and between 65 and 85 years", two groups
	// of whom either may take part.
	andBetween = regexp.MustCompile(`(?i)\band(\s+between)\b`)
)

// widenedByOr returns the range a sentence of alternatives admits, each
// with its own bound: "up to 18 years at diagnosis or up to 21 years at
// transplant" admits up to 21 years, and so do ranges joined by "and
// between". A bound is widened only when every
// alternative that bounds an age states it; "18 years or older" is one
// phrase, not two alternatives.
func widenedByOr(sentence string, r model.AgeRange) model.AgeRange {
	if indexFold(sentence, "between") >= 0 {
		sentence = andBetween.ReplaceAllString(sentence, "or$1")
	}
	if indexFold(sentence, "or") < 0 || !orWord.MatchString(sentence) {
		return r
	}
	var parts []model.AgeRange
	for _, part := range orWord.Split(sentence, -1) {
		if a, _, ok := parseAge(part, false); ok {
			parts = append(parts, a.Range)
		}
	}
	if len(parts) < 2 {
		return r
	}
	allMin, allMax := true, true
	for _, p := range parts {
		allMin = allMin && p.Min != nil
		allMax = allMax && p.Max != nil
	}
	for _, p := range parts {
		if allMin && r.Min != nil && p.Min.InDays() < r.Min.InDays() {
			r.Min = p.Min
		}
		if allMax && r.Max != nil && p.Max.InDays() > r.Max.InDays() {
			r.Max = p.Max
		}
	}
	return r
}
