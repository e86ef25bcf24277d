package model

import (
	"slices"
	"strconv"
	"strings"
)

// AgeGroup is one of ClinicalTrials.gov's standard age groups, which a
// record may state instead of, or beside, its age bounds.
type AgeGroup string

// The standard age groups, as ClinicalTrials.gov defines them: a child is
// from birth to 17 years, an adult 18 to 64 years and an older adult 65
// years and over.
const (
	AgeGroupChild      AgeGroup = "CHILD"
	AgeGroupAdult      AgeGroup = "ADULT"
	AgeGroupOlderAdult AgeGroup = "OLDER_ADULT"
)

// ageGroupSpans are the groups in age order, with the years each spans (to
// the end of the last year) and their names for people.
var ageGroupSpans = []struct {
	group    AgeGroup
	from, to float64 // whole years; to is 0 when the group has no end
	name     string
}{
	{AgeGroupChild, 0, 17, "child"},
	{AgeGroupAdult, 18, 64, "adult"},
	{AgeGroupOlderAdult, 65, 0, "older adult"},
}

// AgeGroupsAdmit reports whether an age in days falls in one of the groups.
// A child is admitted up to the day before the 18th birthday, an adult up to
// the day before the 65th.
func AgeGroupsAdmit(groups []AgeGroup, ageDays float64) bool {
	years := ageDays / daysPerUnit[Years]
	for _, s := range ageGroupSpans {
		if !slices.Contains(groups, s.group) {
			continue
		}
		if years >= s.from && (s.to == 0 || years < s.to+1) {
			return true
		}
	}
	return false
}

// AgeGroupsRange returns the ages the groups span as a range: a child is up
// to 17 years (inclusive: the whole 17th year), an adult 18 to 64 years, an
// older adult 65 years and over. ok is false with no groups, or with a gap
// between them, which one range cannot state.
func AgeGroupsRange(groups []AgeGroup) (r AgeRange, ok bool) {
	first, last := -1, -1
	for i, s := range ageGroupSpans {
		if !slices.Contains(groups, s.group) {
			continue
		}
		if last >= 0 && last != i-1 {
			return AgeRange{}, false
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 {
		return AgeRange{}, false
	}
	if from := ageGroupSpans[first].from; from > 0 {
		r.Min = &AgeBound{Value: from, Unit: Years, Inclusive: true}
	}
	if to := ageGroupSpans[last].to; to > 0 {
		r.Max = &AgeBound{Value: to, Unit: Years, Inclusive: true}
	}
	return r, true
}

// AgeGroupsLabel names the groups for people, such as "Adult, older adult".
func AgeGroupsLabel(groups []AgeGroup) string {
	var names []string
	for _, s := range ageGroupSpans {
		if slices.Contains(groups, s.group) {
			names = append(names, s.name)
		}
	}
	label := strings.Join(names, ", ")
	if label == "" {
		return ""
	}
	return strings.ToUpper(label[:1]) + label[1:]
}

// AgeGroupsSpan states the ages the groups cover, such as "18–64 years",
// "birth–64 years" or "18 years and over". Groups that leave a gap are
// spanned one by one: "birth–17 years, 65 years and over".
func AgeGroupsSpan(groups []AgeGroup) string {
	var spans []string
	for i := 0; i < len(ageGroupSpans); i++ {
		if !slices.Contains(groups, ageGroupSpans[i].group) {
			continue
		}
		first := ageGroupSpans[i]
		last := first
		for i+1 < len(ageGroupSpans) && slices.Contains(groups, ageGroupSpans[i+1].group) {
			i++
			last = ageGroupSpans[i]
		}
		spans = append(spans, spanText(first.from, last.to))
	}
	return strings.Join(spans, ", ")
}

func spanText(from, to float64) string {
	switch {
	case from == 0 && to == 0:
		return "any age"
	case to == 0:
		return formatYears(from) + " years and over"
	case from == 0:
		return "birth–" + formatYears(to) + " years"
	}
	return formatYears(from) + "–" + formatYears(to) + " years"
}

func formatYears(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// AgeText renders the ages a trial accepts: its bounds, such as "28 days –
// <18 years", or, where it states none, its age groups, such as "Adult,
// older adult (age groups)". It is "" when neither is stated.
func (t *Trial) AgeText() string {
	if t.Ages.Stated() || len(t.AgeGroups) == 0 {
		return t.Ages.Label()
	}
	return AgeGroupsLabel(t.AgeGroups) + " (age groups)"
}

// AgeSource is where the ages in AgeText were read from; for age groups it
// adds the ages the groups span.
func (t *Trial) AgeSource() string {
	if t.Ages.Stated() || len(t.AgeGroups) == 0 {
		return t.Provenance[FieldAges]
	}
	span := "Age groups as ClinicalTrials.gov defines them: " + AgeGroupsSpan(t.AgeGroups) + "."
	if src := t.Provenance[FieldAgeGroups]; src != "" {
		return src + "\n" + span
	}
	return span
}

// AgeGroupOrder returns the standard age groups from youngest to oldest.
func AgeGroupOrder() []AgeGroup {
	groups := make([]AgeGroup, len(ageGroupSpans))
	for i, s := range ageGroupSpans {
		groups[i] = s.group
	}
	return groups
}
