package rules

import (
	"strings"
	"testing"
)

// naiveLabelledLine is the rule labelSpans answers: the text before at on
// its line, or the line before, holds an identifier label.
func naiveLabelledLine(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	if start > 0 {
		start = strings.LastIndexByte(text[:start-1], '\n') + 1
	}
	lower := strings.ToLower(text[start:at])
	for _, l := range registries().idLabels {
		if strings.Contains(lower, l) {
			return true
		}
	}
	return false
}

func TestLabelSpansAgreeWithTheRule(t *testing.T) {
	texts := []string{
		"ClinicalTrials.gov Identifier: NCT01234567",
		"Related: NCT01234567\nNCT07654321",
		"Secondary IDs\nNCT01234567, NCT07654321\nthird line NCT01111111",
		"A trial (NCT01234567) and its STUDY ID NCT07654321 and NCT01111111",
		"Number\n\nNCT01234567",
		"identifie\nr NCT01234567",
		"NCT01234567 registry",
		"",
	}
	for _, text := range texts {
		ls := newLabelSpans(text)
		for at := range len(text) + 1 {
			if got, want := ls.labelledLine(at), naiveLabelledLine(text, at); got != want {
				t.Errorf("%q at %d: labelledLine = %v, want %v", text, at, got, want)
			}
		}
	}
}
