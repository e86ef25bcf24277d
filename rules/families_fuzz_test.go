package rules

import (
	"strings"
	"testing"
)

// FuzzRegistryLayoutPhrases: the rules for registries' layouts, glued tags
// and several NCT IDs never panic; an NCT ID found is one; splitting and
// joining items keep every word of their text, and a run-on list's items
// are parts of it.
func FuzzRegistryLayoutPhrases(f *testing.F) {
	f.Add("RecruitingPhase 1Phase 2NCT04726241\nClinicalTrials.GovNCT04293562")
	f.Add("E.3 Principal inclusion criteria\nActive infection; pregnancy - Prior therapy (a; b)")
	f.Add("Related trials\nNCT02222222\n\nNCT Number: NCT01111111\nafter at least\none line")
	f.Add("Ages: 0–9, 10–17, 18–26\n≤ 21 years at the time of initial diagnosis")
	f.Add("Inclusion criteria, including: Must be under 21 years Must have relapsed ALL\n- Must be 1 year old Must not be pregnant")
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range FindNCTIDs(text) {
			if !strings.HasPrefix(text[m.At:], "NCT") || !strings.Contains(text[m.At:], m.ID[3:]) || len(m.ID) != nctLen {
				t.Fatalf("%q: NCT ID %+v", text, m)
			}
		}
		_, _, _ = OwnNCTID(strings.Split(text, "\n"))
		_, _ = ReadGluedTags(text)
		_, _ = ParseAgeBuckets(text)
		_ = IsRegistrySection(text)
		for _, s := range []string{SplitSeparatedItems(text), JoinContinuedItems(text)} {
			if wordsWithoutSeparators(s) != wordsWithoutSeparators(text) {
				t.Fatalf("%q became %q", text, s)
			}
		}
		for _, l := range strings.Split(SplitRunOnItems(text), "\n") {
			for _, b := range runOnBullets {
				l = strings.TrimPrefix(strings.TrimSpace(l), b)
			}
			if !strings.Contains(text, strings.TrimSpace(l)) {
				t.Fatalf("%q: run-on split made %q", text, l)
			}
		}
	})
}

// wordsWithoutSeparators is a text's characters without spacing and the
// separators items are split at.
func wordsWithoutSeparators(s string) string {
	return strings.NewReplacer(";", "", "-", "").Replace(strings.Join(strings.Fields(s), ""))
}
