package ingest

import (
	"strings"
	"unicode"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// interventionTypes are ClinicalTrials.gov's intervention types, which
// trial finders copying its records glue to the intervention's name
// ("DRUGGEMTUZUMAB OZOGAMICIN"), longest first. One line an entry.
var interventionTypes = []string{
	"COMBINATION_PRODUCT",
	"DIETARY_SUPPLEMENT",
	"DIAGNOSTIC_TEST",
	"BIOLOGICAL",
	"BEHAVIORAL",
	"PROCEDURE",
	"RADIATION",
	"GENETIC",
	"DEVICE",
	"OTHER",
	"DRUG",
}

// maxInterventionWords is the most words a glued intervention line holds.
const maxInterventionWords = 8

// gluedInterventions reads the interventions a page lists one a line with
// the type glued to the name: "DRUGCYTARABINE" / "DRUGGEMTUZUMAB
// OZOGAMICIN". A glued line counts beside another one or under an
// interventions label, so that a word that merely starts like a type
// ("OTHERWISE") is not taken for one.
func gluedInterventions(lines []string) (ivs []model.Intervention, from string) {
	names := make([]string, len(lines))
	for i, l := range lines {
		names[i] = gluedName(strings.TrimSpace(l))
	}
	for i, name := range names {
		if name == "" {
			continue
		}
		beside := i > 0 && names[i-1] != "" || i+1 < len(names) && names[i+1] != ""
		if !beside && !underInterventionsLabel(lines, i) {
			continue
		}
		if from == "" {
			from = strings.TrimSpace(lines[i])
		}
		ivs = append(ivs, model.Intervention{Name: name})
	}
	return ivs, from
}

// gluedName returns the name of a line that is an intervention type glued
// to a name, "" for any other line.
func gluedName(line string) string {
	if len(strings.Fields(line)) > maxInterventionWords {
		return ""
	}
	for _, t := range interventionTypes {
		rest, ok := strings.CutPrefix(line, t)
		if !ok || rest == "" {
			continue
		}
		if r := rune(rest[0]); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return rest
		}
		return ""
	}
	return ""
}

// underInterventionsLabel reports whether the line before line i that is
// not blank is an interventions label.
func underInterventionsLabel(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		l := strings.TrimSpace(lines[j])
		if l == "" {
			continue
		}
		f, ok := rules.FieldOfLabel(strings.TrimRight(l, ": |"))
		return ok && f == rules.LabelInterventions
	}
	return false
}
