package compare

import "github.com/trialcompare/trialcompare/model"

// bound is an age bound for the tests.
func bound(v float64, u model.AgeUnit, incl bool) *model.AgeBound {
	return &model.AgeBound{Value: v, Unit: u, Inclusive: incl}
}
