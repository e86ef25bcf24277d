package compare

import (
	"math"

	"github.com/trialcompare/trialcompare/model"
)

// AgeAxisMaxMonths is the right end of the shared age axis: 80 years.
const AgeAxisMaxMonths = 80 * 12

// AgeTick is an age marked on the age axis.
type AgeTick struct {
	Months float64
	Label  string
}

// AgeAxisTicks are the ages the axis marks, from birth to 80 years.
var AgeAxisTicks = []AgeTick{{0, "0"}, {1, "1 m"}, {6, "6 m"}, {12, "1 y"}, {24, "2 y"}, {60, "5 y"}, {120, "10 y"}, {216, "18 y"}, {360, "30 y"}, {600, "50 y"}, {960, "80 y"}}

// AgeAxisPosition maps an age in days to a fraction of the age axis, 0 at
// birth and 1 at 80 years. The axis is stretched at the young end, so that
// months read as well as years; the app's age chart and the PDF share it.
func AgeAxisPosition(days float64) float64 {
	months := math.Min(math.Max(days/(365.25/12), 0), AgeAxisMaxMonths)
	return math.Log1p(months) / math.Log1p(AgeAxisMaxMonths)
}

// AgeAxisSpan returns where a range's bar starts and ends on the axis; an
// unstated bound runs to the axis' end on its side.
func AgeAxisSpan(r model.AgeRange) (lo, hi float64) {
	lo, hi = 0, 1
	if r.Min != nil {
		lo = AgeAxisPosition(r.Min.InDays())
	}
	if r.Max != nil {
		hi = AgeAxisPosition(r.Max.InDays())
	}
	return lo, hi
}
