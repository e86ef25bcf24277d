package eligibility

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"

	"github.com/trialcompare/trialcompare/rules"
)

// Marker is a marker the patient's blasts have or lack, with a percentage
// when known.
type Marker struct {
	Target  string
	Present bool
	// Percent is the share of blasts that express it; negative when not
	// stated.
	Percent float64
}

// PriorTherapy is a therapy the patient had, or never had.
type PriorTherapy struct {
	// Kind is what was given: "CAR-T", "HSCT", or "anti-CD38".
	Kind  string
	Never bool
	// SinceDays is how long ago it ended.
	SinceDays float64
	// Label is how the user wrote the time, such as "6 months".
	Label string
}

// Patient describes a patient for screening, with no identity at all.
type Patient struct {
	AgeDays   float64
	AgeLabel  string
	Diagnosis string
	Markers   []Marker
	Priors    []PriorTherapy
	// CNS is the CNS status 1, 2 or 3; 0 when not given.
	CNS int
}

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

var markerForm = regexp.MustCompile(`^\s*(.+?)\s*(?:(\+|-|−|pos|neg|positive|negative)|[:\s]\s*(\d+(?:\.\d+)?)\s*%)\s*$`)

// ParseMarker reads "CD19+", "CD22-", "CD22−" or "CLL-1 60%".
func ParseMarker(s string) (Marker, error) {
	m := markerForm.FindStringSubmatch(s)
	if m == nil {
		return Marker{}, fmt.Errorf("cannot read the marker %q: write it as CD19+, CD22- or \"CLL-1 60%%\"", s)
	}
	target := strings.ToUpper(m[1])
	if hits := rules.FindTargets(m[1]); len(hits) > 0 {
		target = hits[0].Target
	}
	mk := Marker{Target: target, Present: true, Percent: -1}
	switch m[2] {
	case "-", "−", "neg", "negative":
		mk.Present = false
	}
	if m[3] != "" {
		mk.Percent, _ = strconv.ParseFloat(m[3], 64)
		mk.Present = mk.Percent > 0
	}
	return mk, nil
}

// ParsePrior reads "car-t:6m", "hsct:4m" or "anti-cd38:never".
func ParsePrior(s string) (PriorTherapy, error) {
	kind, when, ok := strings.Cut(s, ":")
	if !ok || strings.TrimSpace(kind) == "" {
		return PriorTherapy{}, fmt.Errorf("cannot read the prior therapy %q: write it as car-t:6m, hsct:4m or anti-cd38:never", s)
	}
	p := PriorTherapy{Kind: normalizeTherapy(kind)}
	if strings.EqualFold(strings.TrimSpace(when), "never") {
		p.Never = true
		return p, nil
	}
	days, label, err := parseDuration(when)
	if err != nil {
		return PriorTherapy{}, fmt.Errorf("prior therapy %q: %w", s, err)
	}
	p.SinceDays, p.Label = days, label
	return p, nil
}

func normalizeTherapy(kind string) string {
	k := strings.ToLower(strings.TrimSpace(kind))
	switch k {
	case "car-t", "cart", "car t", "car-t cells", "cell therapy", "cellular therapy", "gene therapy":
		return "CAR-T"
	case "hsct", "sct", "bmt", "allo-hsct", "transplant", "stem cell transplant":
		return "HSCT"
	}
	if rest, ok := strings.CutPrefix(k, "anti-"); ok {
		if hits := rules.FindTargets(rest); len(hits) > 0 {
			return "anti-" + hits[0].Target
		}
		return "anti-" + strings.ToUpper(rest)
	}
	return kind
}

// theme returns the exclusion theme a prior therapy falls under, and the
// target for a targeted therapy.
func (p PriorTherapy) theme() (model.ThemeKey, string) {
	switch {
	case p.Kind == "CAR-T":
		return model.ThemePriorCellTherapy, ""
	case p.Kind == "HSCT":
		return model.ThemePriorTransplant, ""
	case strings.HasPrefix(p.Kind, "anti-"):
		return model.ThemePriorTargetedTherapy, strings.TrimPrefix(p.Kind, "anti-")
	}
	if hits := rules.FindTargets(p.Kind); len(hits) > 0 {
		return model.ThemePriorTargetedTherapy, hits[0].Target
	}
	return "", ""
}

// Describe renders the patient in one line, such as "7 years, B-ALL, CD19+,
// CAR-T 6 months ago, CNS-2".
func (p Patient) Describe() string {
	parts := []string{p.AgeLabel}
	if p.Diagnosis != "" {
		parts = append(parts, p.Diagnosis)
	}
	for _, m := range p.Markers {
		switch {
		case m.Percent >= 0:
			parts = append(parts, fmt.Sprintf("%s %g%%", m.Target, m.Percent))
		case m.Present:
			parts = append(parts, m.Target+"+")
		default:
			parts = append(parts, m.Target+"−")
		}
	}
	for _, pr := range p.Priors {
		if pr.Never {
			parts = append(parts, "no "+pr.Kind)
		} else {
			parts = append(parts, fmt.Sprintf("%s %s ago", pr.Kind, pr.Label))
		}
	}
	if p.CNS > 0 {
		parts = append(parts, fmt.Sprintf("CNS-%d", p.CNS))
	}
	return strings.Join(parts, ", ")
}
