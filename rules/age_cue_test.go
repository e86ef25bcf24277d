package rules

import (
	"regexp"
	"strings"
	"testing"
)

// joinedRareAgeCue is rareAgeCue as one regular expression.
var joinedRareAgeCue = regexp.MustCompile(`\bage[ds]?\s+(?:of\s+)?\d|\bbetween\s+\d+(?:\.\d+)?\s*(?:mo|w|d)|\bage[ds]?(?:\s+(?:range|group|limits?))?\s*:\s*\d|\b(?:birth|newborn)|\b(?:younger|older)\b|\+\s*[ymwd]|` +
	`\baged\s+(?:up to|under|below|over|above|at least|less than|younger than|older than|more than)\s*\d|\bn/?a\b|>=?\s*\d+(?:\.\d+)?[\s….,]*(?:and|to|-)?[\s….,]*<`)

var ageCueTexts = []string{
	"", "ages 1-39", "aged 3 to 18", "stage 4", "page 2", "age of 12", "n/a to 21 years", "na", "nan", "xna", "n/ab",
	">= 1 … <= 30 years", "> 1 and < 2", ">1<", "->", "exclusive", "inclusive and exclusive", "nonexclusive", "exclusive_",
	"é-exclusive-é", "age\u00a012", "age range: 1 - 21", "age group:0-17", "birth - 21 years", "rebirth", "newborn to 18 years", "18th birthday",
	"younger than 21", "18 or older", "olderly", "18+ years", "2+ toxicity", "aged up to 18", "aged under16", "between 18 months and 18", "between 2 and 5",
}

func checkRareAgeCue(t *testing.T, s string) {
	t.Helper()
	if got, want := rareAgeCue.matchesAny(s), joinedRareAgeCue.MatchString(s); got != want {
		t.Errorf("%q: %v, want %v", s, got, want)
	}
	for _, word := range []string{"exclusive", "inclusive", "na", "n/a"} {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`)
		if got, want := containsWord(s, word), re.MatchString(s); got != want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", s, word, got, want)
		}
	}
}

// TestRareAgeCue checks the cue, one pattern at a time, and containsWord
// against the regular expressions, on made-up texts and the seeds' lines.
func TestRareAgeCue(t *testing.T) {
	for _, text := range ageCueTexts {
		checkRareAgeCue(t, text)
	}
	for _, line := range seedLines(t) {
		checkRareAgeCue(t, ageNormalizer.Replace(strings.ToLower(line)))
	}
}

// FuzzRareAgeCue: on any text, the cue and containsWord decide as the
// regular expressions do.
func FuzzRareAgeCue(f *testing.F) {
	for _, text := range ageCueTexts {
		f.Add(text)
	}
	f.Fuzz(checkRareAgeCue)
}
