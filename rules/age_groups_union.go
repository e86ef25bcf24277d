package rules

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// groupWords open an item that states one group of a trial's patients:
// "Group A: …", "Cohort 2: …", "Stratum B is for …".
var groupWords = []string{"group", "cohort", "arm", "stratum", "part"}

// opensWithGroup reports whether an item opens with a group's name: one of
// groupWords and a short letter, number or numeral ("A", "2", "IIb").
func opensWithGroup(item string) bool {
	s := strings.TrimLeft(item, " \t*-•")
	for _, w := range groupWords {
		if len(s) <= len(w)+1 || !strings.EqualFold(s[:len(w)], w) || s[len(w)] != ' ' {
			continue
		}
		name := s[len(w)+1:]
		n := 0
		for n < len(name) && n <= 4 && isAlnumByte(name[n]) {
			n++
		}
		if n == 0 || n > 4 {
			return false
		}
		rest := strings.TrimLeft(name[n:], " ")
		return rest == "" || strings.ContainsRune(":.)-–(", rune(rest[0])) || strings.HasPrefix(strings.ToLower(rest), "is ")
	}
	return false
}

// unionOfGroups widens the age range of a group's item to cover the groups
// listed right after it: each group's patients may take part, so the trial
// takes the youngest lower bound and the oldest upper bound. A bound is
// widened only when every group states one; "Group A: younger than 12
// months" and "Group B: younger than 18 months" give "< 18 months".
func unionOfGroups(r model.AgeRange, later []string) model.AgeRange {
	for _, it := range later {
		if !opensWithGroup(it) {
			break
		}
		other, ok := ageOfItem(it)
		if !ok {
			continue
		}
		r.Min = lowerOf(r.Min, other.Min)
		r.Max = higherOf(r.Max, other.Max)
	}
	return r
}

// lowerOf returns the younger of two lower bounds, nil when either is nil.
func lowerOf(a, b *model.AgeBound) *model.AgeBound {
	if a == nil || b == nil {
		return nil
	}
	if b.InDays() < a.InDays() || b.InDays() == a.InDays() && b.Inclusive {
		return b
	}
	return a
}

// higherOf returns the older of two upper bounds, nil when either is nil.
func higherOf(a, b *model.AgeBound) *model.AgeBound {
	if a == nil || b == nil {
		return nil
	}
	if b.InDays() > a.InDays() || b.InDays() == a.InDays() && b.Inclusive {
		return b
	}
	return a
}

// ParseNamedAgeGroups reads the whole value of an age label that names two
// groups of patients or more, each with its ages in brackets, as the range
// they cover together: "Adults (18-65 years), Elderly (over 65 years)" is
// 18 years or older.
func ParseNamedAgeGroups(value string) (model.AgeRange, bool) {
	parts := strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < 2 {
		return model.AgeRange{}, false
	}
	var union model.AgeRange
	for i, p := range parts {
		name, rest, ok := strings.Cut(strings.TrimSpace(p), "(")
		ages, tail, closed := strings.Cut(rest, ")")
		if !ok || !closed || strings.TrimSpace(name) == "" || strings.TrimSpace(tail) != "" {
			return model.AgeRange{}, false
		}
		r, ok := ParseAgeRange(ages)
		if !ok {
			return model.AgeRange{}, false
		}
		if i == 0 {
			union = r
			continue
		}
		union.Min = lowerOf(union.Min, r.Min)
		union.Max = higherOf(union.Max, r.Max)
	}
	return union, union.Stated()
}
