package rules

import "testing"

// TestOrdinalPhasesKeepPlaces: numbering an ordinal phase keeps the text's
// length and its lines, so that a line read is the page's own.
func TestOrdinalPhasesKeepPlaces(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"now in the third phase of clinical trials", "now in the phase 3     of clinical trials"},
		{"Second and final phase of clinical testing", "phase 2                of clinical testing"},
		{"a first-phase clinical trial", "a phase 1     clinical trial"},
		{"the first phase of the study", "the first phase of the study"},
	} {
		got := withOrdinalPhasesNumbered(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("withOrdinalPhasesNumbered(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	phases, line, ok := FindTrialPhase("News\nThe drug is now in the second phase of clinical trials.")
	if !ok || len(phases) != 1 || line != "The drug is now in the second phase of clinical trials." {
		t.Errorf("FindTrialPhase = %v, %q, %v", phases, line, ok)
	}
}
