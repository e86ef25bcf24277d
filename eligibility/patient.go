package eligibility

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	durationPart = regexp.MustCompile(`(?i)(\d+(?:\.\d+)?)\s*(years?|yrs?|y|months?|mos?|m|weeks?|wks?|w|days?|d)`)
	daysPer      = map[byte]float64{'y': 365.25, 'm': 365.25 / 12, 'w': 7, 'd': 1}
)

// parseDuration reads "7y", "7y6m", "7 years", "7 yrs", "18 months", "6m"
// or "10d" as days and a label. A number needs its unit: "7" may mean
// years, months or days, so it is refused rather than guessed.
func parseDuration(s string) (days float64, label string, err error) {
	s = strings.TrimSpace(s)
	if _, e := strconv.ParseFloat(s, 64); e == nil {
		return 0, "", fmt.Errorf("%q has no unit: write %sy for years, %sm for months or %sd for days", s, s, s, s)
	}
	parts := durationPart.FindAllStringSubmatch(s, -1)
	if len(parts) == 0 || strings.TrimSpace(durationPart.ReplaceAllString(s, "")) != "" {
		return 0, "", fmt.Errorf("cannot read %q as a time: write it with a unit, as 7y, 7y6m, 18m, 3w or 28d", s)
	}
	var labels []string
	for _, p := range parts {
		v, _ := strconv.ParseFloat(p[1], 64)
		unit := strings.ToLower(p[2])[0]
		days += v * daysPer[unit]
		name := map[byte]string{'y': "year", 'm': "month", 'w': "week", 'd': "day"}[unit]
		if v != 1 {
			name += "s"
		}
		labels = append(labels, strconv.FormatFloat(v, 'f', -1, 64)+" "+name)
	}
	return days, strings.Join(labels, " "), nil
}

// ParsePatientAge reads an age such as "7y", "7y6m", "7 years", "18m" or
// "28d". A bare number is refused: its unit would be a guess.
func ParsePatientAge(s string) (days float64, label string, err error) {
	if strings.TrimSpace(s) == "" {
		return 0, "", fmt.Errorf("the age is missing: write it with a unit, as 7y, 7y6m, 18m or 28d")
	}
	return parseDuration(s)
}
