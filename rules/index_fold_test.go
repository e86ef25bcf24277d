package rules

import (
	"strings"
	"testing"
)

var foldLeads = []string{"criteri", "eligibility", "lymphodeplet", "conditioning", "phase", "age", "cd19", "x", "ab ab", "car-t"}

// lowerASCIILetters lower-cases the ASCII letters of s only.
func lowerASCIILetters(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// checkIndexFold compares indexFold with strings.Index on the text with
// its ASCII letters lower-cased.
func checkIndexFold(t *testing.T, text string) {
	t.Helper()
	lower := lowerASCIILetters(text)
	for _, lead := range foldLeads {
		if got, want := indexFold(text, lead), strings.Index(lower, lead); got != want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", text, lead, got, want)
		}
	}
}

// TestIndexFold checks indexFold on samples and on every seed line.
func TestIndexFold(t *testing.T) {
	for _, text := range append([]string{
		"", "c", "CRITERIA", "Inclusion Criteria:", "eeeeligibility", "ELIGIBILITY eligib", "lymphodepleting", "ab abab ab",
		"CD19 CAR-T", "xage", "Ag", "ṡ phase", "\u212a criteri", "car-tcar-t",
	}, seedLines(t)...) {
		checkIndexFold(t, text)
	}
	if got := rarestByte("eligibility"); got != 5 {
		t.Errorf("rarestByte(eligibility) = %d, want 5 (the b)", got)
	}
}

// FuzzIndexFold compares indexFold with the plain search on any text.
func FuzzIndexFold(f *testing.F) {
	f.Add("Inclusion Criteria: eligibility")
	f.Fuzz(checkIndexFold)
}
