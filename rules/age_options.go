package rules

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// ageOfOptions reads the ages an item's sub-items state, as options: "Patients must be:"
// over "• < 12 months of age with stage L1; or" and "• < 18 months of age
// with stage L2". Options are alternatives, so the range covers each of
// them (lowerOf, higherOf). Sub-items that are not alternatives ("Age:"
// over "≥ 1 year" and "≤ 21 years") are read as a list of criteria. ok is
// false when the item has no sub-items or none of them states an age.
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
