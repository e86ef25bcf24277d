package compare

import (
	"github.com/trialcompare/trialcompare/eligibility"
)

// CriteriaLegend explains the marks OutcomeMark gives.
const CriteriaLegend = "× rules the patient out · ? to check by hand · √ met"

// OutcomeMark is how a criterion's outcome is marked in the window and
// the PDF: "×" rules out, "?" to check, "√" met. The app's font has these
// signs (it lacks ✓ and ✗).
func OutcomeMark(o eligibility.Outcome) string {
	switch o {
	case eligibility.RulesOut:
		return "×"
	case eligibility.Met:
		return "√"
	}
	return "?"
}

// CriteriaLines writes each criterion of a fit on a line: its mark, its
// label and text, and why it rules out. Those that rule out come first,
// then those to check in the order they most often decide, then those
// met.
func CriteriaLines(f eligibility.Fit) []string {
	var out, check, met []string
	for _, c := range f.Criteria {
		line := OutcomeMark(c.Outcome) + " " + c.Text
		if c.Number > 0 {
			line = OutcomeMark(c.Outcome) + " " + c.Label() + ": " + c.Text
		}
		switch c.Outcome {
		case eligibility.RulesOut:
			if c.Reason != "" {
				line += " — " + c.Reason
			}
			out = append(out, line)
		case eligibility.Met:
			met = append(met, line)
		default:
			check = append(check, line)
		}
	}
	return append(append(out, check...), met...)
}

// CriterionOutcome is how a patient fares against criterion number (1-based)
// of a trial's list ("inclusion" or "exclusion"); "" with no patient.
func (c Comparison) CriterionOutcome(trial int, list string, number int) eligibility.Outcome {
	if trial >= len(c.Fits) {
		return ""
	}
	for _, r := range c.Fits[trial].Criteria {
		if r.List == list && r.Number == number {
			return r.Outcome
		}
	}
	return ""
}
