package compare

import (
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
)

// bound is an age bound for the tests.
func bound(v float64, u model.AgeUnit, incl bool) *model.AgeBound {
	return &model.AgeBound{Value: v, Unit: u, Inclusive: incl}
}

// profile builds a patient from facts given as flag, value pairs.
func profile(t *testing.T, facts ...string) eligibility.Profile {
	t.Helper()
	var p eligibility.Profile
	for i := 0; i+1 < len(facts); i += 2 {
		if err := eligibility.ApplyFlag(&p, facts[i], facts[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	return p
}
