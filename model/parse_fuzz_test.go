package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseAge: reading an age phrase or bound never panics, and what it
// reads has a unit and no negative value.
func FuzzParseAge(f *testing.F) {
	for _, s := range []string{"12-29 years", "≥ 12 months and < 30 years", "28 Days", "N/A", "15 Years to 70 Years (Child, Adult)", "1e308 years", "-3 weeks"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, _ := ParseAgeRange(text)
		b, _ := ParseAgeBound(text)
		for _, bound := range []*AgeBound{r.Min, r.Max, b} {
			if bound == nil {
				continue
			}
			if bound.Unit == "" || bound.Value < 0 {
				t.Fatalf("%q read as %+v", text, *bound)
			}
		}
		_, _ = r.Label(), r.Describe()
	})
}

// FuzzSplitCriteria: splitting an eligibility text never panics, and
// every criterion is non-blank valid text when the input is.
func FuzzSplitCriteria(f *testing.F) {
	f.Add("Inclusion Criteria:\n\n* Age ≥ 1 year\n  * sub\n\nExclusion Criteria:\n\n1. CNS-3 disease\n2. Pregnancy")
	f.Add("Eligibility criteria:\n- a\nInclusion criteria (secondary randomisation):\n- b")
	f.Add("Exclusion Criteria:\n\\- escaped \\> 5")
	f.Fuzz(func(t *testing.T, text string) {
		c := SplitCriteria(text)
		for _, item := range append(c.Inclusion, c.Exclusion...) {
			if strings.TrimSpace(item) == "" {
				t.Fatalf("blank criterion from %q", text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(item) {
				t.Fatalf("invalid UTF-8 criterion %q", item)
			}
		}
		_ = Unescape(text)
	})
}
