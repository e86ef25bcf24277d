package eligibility

import (
	"fmt"

	"github.com/trialcompare/trialcompare/model"
)

// Verdict is a screening result. There is no "eligible": only a human
// reading the full protocol can say that.
type Verdict string

// The verdicts.
const (
	VerdictExcluded Verdict = "excluded"
	VerdictPossible Verdict = "possible"
)

// Fit is how a patient fares against one trial: the verdict, why, and
// every criterion screened.
type Fit struct {
	Verdict Verdict
	// Reasons say which criterion rules the patient out, each starting
	// with its rule ("Prior therapy: …").
	Reasons []string
	// Review lists the criteria to check by hand, those that most often
	// decide first.
	Review []string
	// Unscreened marks a "possible" that rests on nothing: the trial states
	// no age bound or group and no condition, and no criterion mentions the
	// patient's facts.
	Unscreened bool
	// Criteria are every criterion with its outcome, requirements and
	// reason.
	Criteria []CriterionResult
	// Summary is the verdict in one line, as the board's Fit row shows it.
	Summary string
}

// NotEnoughToScreen qualifies a "possible" verdict that rests on nothing.
const NotEnoughToScreen = "not enough stated to screen"

// Qualifier says what a "possible" rests on: "2 criteria to check", "no
// criterion mentions the patient's facts" or "not enough stated to screen".
// It is "" for "excluded", whose reasons say why.
func (f Fit) Qualifier() string {
	switch {
	case f.Verdict != VerdictPossible:
		return ""
	case f.Unscreened:
		return NotEnoughToScreen
	}
	return criteriaToCheck(len(f.Review))
}

// Assess screens a patient against a trial, criterion by criterion (see
// Screen). It says "excluded" only where a stated fact of the patient
// contradicts a literal requirement of a criterion.
func Assess(p Profile, t *model.Trial) Fit {
	s, err := Screen(p, t)
	if err != nil {
		return Fit{Verdict: VerdictPossible, Review: []string{fmt.Sprintf("Not screened: %v", err)}, Summary: "Possible — not screened"}
	}
	return fitOf(s)
}

// fitOf is a screening as a Fit, with its criteria and summary.
func fitOf(s Screening) Fit {
	f := s.Fit()
	f.Criteria, f.Summary = s.Criteria, s.Summary()
	return f
}

// criteriaToCheck says how many criteria are left to check.
func criteriaToCheck(n int) string {
	switch n {
	case 0:
		return "no criterion mentions the patient's facts"
	case 1:
		return "1 criterion to check"
	}
	return fmt.Sprintf("%d criteria to check", n)
}
