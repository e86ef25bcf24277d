package rules

import (
	"slices"
	"testing"
)

func TestNeededTexts(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`(?:prior|history of)\b[^.;]{0,60}?(?:\bCAR[- ]?T|gene[- ]therap)`, []string{"car", "therap"}},
		{`\d+\s*(?:days?|weeks?)\s*(?:prior to|before)`, []string{"before", "prior to"}},
		{`live (?:attenuated )?vaccin`, []string{"vaccin"}},
		{`other (?:cancer|tumou?r)`, []string{"cancer", "tumo"}},
		{`within \d+\s*(?:hours?|days?)\s*(?:prior|of)`, []string{"day", "hour"}},
		{`Live[- ]Virus VACCIN`, []string{"virus vaccin"}},
		// Nothing needed past the start, or only texts too short to help.
		{`infection`, nil},
		{`hepatitis\s*[BC]\b`, nil},
		{`>\s*\d+\s*(?:d|w)`, nil},
		{`prior.*(?:x|yz)`, nil},
		{`prior (?:CAR)?`, nil},
		{`prior (?:ß-cell|CAR)`, nil},
	} {
		got := neededTexts(c.pattern)
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.pattern, got, c.want)
		}
	}
}
