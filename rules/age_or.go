package rules

import (
	"regexp"

	"github.com/trialcompare/trialcompare/model"
)

// orWord parts alternatives in a sentence.
var orWord = regexp.MustCompile(`(?i)\bor\b`)

// widenedByOr returns the range a sentence of alternatives admits, each
// with its own bound: "up to 18 years at diagnosis or up to 21 years at
// transplant" admits up to 21 years. A bound is widened only when every
// alternative that bounds an age states it; "18 years or older" is one
// phrase, not two alternatives.
func widenedByOr(sentence string, r model.AgeRange) model.AgeRange {
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
