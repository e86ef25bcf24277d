package rules

import (
	"strings"
	"testing"
)

var quickTestSamples = []string{
	"", "Phase 2", "PHASE1|PHASE2", "phaſe 1", "N/A", " not applicable ", "NA", "Not Applicable.", "a phase-2 trial",
	"Inclusion Criteria:", "Cohort A Inclusion criteria :", "B exclusion CRITERION", "inclusion criteria apply to all",
	"\u212a inclusion criteria", "\u212aey inclusion criteria:", " Key Inclusion Criteria (all cohorts)", "\tEXCLUSION CRITERION",
	"Age 1-21", "Patients aged 2 to 30", "at diagnosis AGED 3", "Stage 4 disease", "18 years old", "18 years\told", "2 months of\nage",
	"3 Years", " 6 months ", "N/A", "\tNot Applicable\n", "no limit", "", "1.5 Hours", "x3 years", "\u00a03 years",
	"Eligibility", "  eligibility criteria :", "General inclusion criteria", "Major exclusion criteria: none", "Fludarabine given for lymphodepletion.", "used as conditioning; then", "as part of the conditioning",
}

// checkQuickTests fails when a quick test says no where its pattern
// matches, or when upToStop changes supportiveUse's answer.
func checkQuickTests(t *testing.T, text string) {
	t.Helper()
	if phaseWord.MatchString(text) && !mayNamePhase(text) {
		t.Errorf("%q: mayNamePhase misses it", text)
	}
	if phaseNA.MatchString(text) && !mayBeNoPhase(text) {
		t.Errorf("%q: mayBeNoPhase misses it", text)
	}
	if subsectionHeading.MatchString(text) && !endsWithCriteriaWord(text) {
		t.Errorf("%q: endsWithCriteriaWord misses it", text)
	}
	if criteriaHeading.MatchString(text) && !mayBeCriteriaHeading(text) {
		t.Errorf("%q: mayBeCriteriaHeading misses it", text)
	}
	if eligibilityHeading.MatchString(text) && !mayBeEligibilityHeading(text) {
		t.Errorf("%q: mayBeEligibilityHeading misses it", text)
	}
	if ageItem.MatchString(text) && !mayBeAgeItem(text) {
		t.Errorf("%q: mayBeAgeItem misses it", text)
	}
	if noBound.MatchString(text) && len(strings.TrimSpace(text)) > len("not applicable") {
		t.Errorf("%q: the length test before noBound misses it", text)
	}
	if rest := strings.TrimLeft(text, regexpSpaces); singleBound.MatchString(strings.ToLower(text)) && (rest == "" || !isDigit(rest[0])) {
		t.Errorf("%q: the digit test before singleBound misses it", text)
	}
	if supportiveUse.MatchString(text) != supportiveUse.MatchString(upToStop(text)) {
		t.Errorf("%q: upToStop changes supportiveUse", text)
	}
	if supportiveUse.MatchString(text) && !mentionsSupportiveUse(text) {
		t.Errorf("%q: mentionsSupportiveUse misses it", text)
	}
}

// TestQuickTests checks the quick tests on samples and every seed line,
// and on the seed lines joined, which cross line ends and sentences.
func TestQuickTests(t *testing.T) {
	lines := seedLines(t)
	for _, text := range append(append(quickTestSamples, lines...), strings.Join(lines, "\n")) {
		checkQuickTests(t, text)
	}
	for _, c := range []struct{ text, want string }{
		{"as conditioning. Then", "as conditioning"}, {"given; for", "given"}, {"no stop", "no stop"}, {".", ""},
	} {
		if got := upToStop(c.text); got != c.want {
			t.Errorf("upToStop(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// FuzzQuickTests checks the quick tests on any text.
func FuzzQuickTests(f *testing.F) {
	for _, s := range quickTestSamples {
		f.Add(s)
	}
	f.Fuzz(checkQuickTests)
}
