package rules

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// ageOfOptions reads the ages an item's sub-items state, as options:
// "Patients must be:" over "• < 12 months of age with stage L1; or" and
// "• < 18 months of age with stage L2". Options are alternatives, so the
// range covers each of them (lowerOf, higherOf). Sub-items under a short
// lead-in about the age or the patients ("Age:", "Patients must be:") that
// are not alternatives ("Age:" over "≥ 1 year" and "≤ 21 years") are read
// as a list of criteria. ok is false when the item has no sub-items, none
// of them states an age, or they are under a lead-in of another kind.
func ageOfOptions(item string) (r model.AgeRange, ok bool) {
	lead, subs, found := strings.Cut(item, "\n")
	if !found || !strings.HasSuffix(strings.TrimSpace(lead), ":") {
		return model.AgeRange{}, false
	}
	options := strings.Split(subs, "\n")
	for i, o := range options {
		options[i] = strings.TrimLeft(o, " •")
	}
	if AsksForOneOf(lead) || endsWithOr(options[0]) {
		return unionOfAlternatives(options)
	}
	if l := strings.ToLower(strings.TrimSpace(lead)); !containsWord(l, "age") && !(len(l) <= maxPatientLeadIn && opensWithPopulation(l)) {
		// Sub-items under another lead-in ("Adequate organ function:")
		// may hold a table by age ("Age 1 to < 2 years: creatinine
		// ≤ 0.6 mg/dL"), which states no limit of the trial's.
		return model.AgeRange{}, false
	}
	r, _, ok = AgeFromCriteria(options)
	return r, ok
}

// unionOfAlternatives returns the range that covers the ages of the items,
// which are alternatives: each bound is widened only when every item that
// states an age states that bound.
func unionOfAlternatives(items []string) (r model.AgeRange, ok bool) {
	for _, it := range items {
		a, found := ageOfItem(it)
		if !found {
			continue
		}
		if !ok {
			r, ok = a, true
			continue
		}
		r.Min = lowerOf(r.Min, a.Min)
		r.Max = higherOf(r.Max, a.Max)
	}
	return r, ok
}

// endsWithOr reports whether an item ends with "or", so that the item
// after it is its alternative: "< 12 months of age with stage L1; or".
func endsWithOr(item string) bool {
	t := strings.TrimRight(item, " \t.")
	return len(t) >= 3 && strings.EqualFold(t[len(t)-2:], "or") && !isASCIILetter(t[len(t)-3])
}

// alternativesFrom returns the item at i and the items after it that each
// follow an item ending with "or".
func alternativesFrom(items []string, i int) []string {
	end := i + 1
	for end < len(items) && endsWithOr(items[end-1]) {
		end++
	}
	return items[i:end]
}

// maxPatientLeadIn is the longest lead-in about the patients ("Patients
// must be:") whose sub-items may state their age.
const maxPatientLeadIn = 30

// opensWithPopulation reports whether a lower-case lead-in opens with the
// people a trial takes: "patients must be:".
func opensWithPopulation(l string) bool {
	for _, w := range []string{"patients ", "participants ", "subjects ", "children "} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}
