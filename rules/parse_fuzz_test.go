package rules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
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
		for _, bound := range []*model.AgeBound{r.Min, r.Max, b} {
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

// FuzzPagePhrases: the phrase families the general page reader uses never
// panic, and an inline list keeps every word of its text.
func FuzzPagePhrases(f *testing.F) {
	f.Add("1. a 2. B 3.\nC 1) sub")
	f.Add("Who can't take part: - Active CNS disease - HIV")
	f.Add("SexAll\nUpper age limit15 Years\nPeople aged 3 to 65 years")
	f.Add("This phase III trial; phase 2 dose")
	f.Add("【選択基準】18歳以上の方\n[Exclusion criteria] Pregnancy")
	f.Add("Patients aged 81 years or older were excluded; anyone over 18 can take part.")
	f.Fuzz(func(t *testing.T, text string) {
		split := SplitInlineItems(text)
		if strings.Join(strings.Fields(split), "") != strings.Join(strings.Fields(text), "") {
			t.Fatalf("SplitInlineItems(%q) lost or added text: %q", text, split)
		}
		_, _, _ = CriteriaHeadingOf(text)
		_, _, _, _ = SplitGluedLabel(text)
		if at := NextLabelAt(text); at > len(text) {
			t.Fatalf("NextLabelAt(%q) = %d, past the text", text, at)
		}
		_, _, _ = FindAgeLimit(text)
		_, _, _ = FindSex(text)
		_, _, _ = AnsweredSex(text)
		_ = CriteriaInSentences(text)
		_, _, _ = FindTrialPhase(text)
		_ = FindTargetsBesidesPriorTherapy(text)
	})
}
