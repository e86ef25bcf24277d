package rules

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// ParseAgeGroup reads a group as a record writes it: "CHILD", "Child",
// "OLDER_ADULT" or "Older Adult".
func ParseAgeGroup(text string) (model.AgeGroup, bool) {
	key := strings.ToUpper(strings.Join(strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '_' }), "_"))
	for _, g := range model.AgeGroupOrder() {
		if string(g) == key {
			return g, true
		}
	}
	return "", false
}

// ParseAgeGroups reads a list of groups, such as "ADULT, OLDER_ADULT" or
// "Child, Adult, Older Adult", in age order without repeats. unknown holds
// the parts that are not a group.
func ParseAgeGroups(text string) (groups []model.AgeGroup, unknown []string) {
	seen := map[model.AgeGroup]bool{}
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '|' || r == ';' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		g, ok := ParseAgeGroup(part)
		if !ok {
			unknown = append(unknown, part)
			continue
		}
		seen[g] = true
	}
	for _, g := range model.AgeGroupOrder() {
		if seen[g] {
			groups = append(groups, g)
		}
	}
	return groups, unknown
}
