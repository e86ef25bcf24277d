package compare

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestAgeAxis(t *testing.T) {
	if AgeAxisPosition(0) != 0 || AgeAxisPosition(100*365.25) != 1 || AgeAxisPosition(-5) != 0 {
		t.Error("the axis does not run from birth to 80 years")
	}
	prev := -1.0
	for _, tick := range AgeAxisTicks {
		x := AgeAxisPosition(tick.Months * 365.25 / 12)
		if x <= prev {
			t.Errorf("tick %s at %g is not right of the one before", tick.Label, x)
		}
		prev = x
	}
	if one, eighteen := AgeAxisPosition(365.25), AgeAxisPosition(18*365.25); one < 0.3 || eighteen < 0.6 {
		t.Errorf("the young end is not stretched: 1 y at %g, 18 y at %g", one, eighteen)
	}
	lo, hi := AgeAxisSpan(model.AgeRange{Max: bound(18, model.Years, false)})
	if lo != 0 || hi >= 1 {
		t.Errorf("span of <18 years = %g … %g", lo, hi)
	}
}
