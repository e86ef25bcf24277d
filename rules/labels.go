package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LabelField is the trial field a page's label names.
type LabelField string

// The fields labels name.
const (
	LabelTitle         LabelField = "title"
	LabelAcronym       LabelField = "acronym"
	LabelStatus        LabelField = "status"
	LabelSponsor       LabelField = "sponsor"
	LabelPhase         LabelField = "phase"
	LabelAges          LabelField = "ages"
	LabelMinAge        LabelField = "min_age"
	LabelMaxAge        LabelField = "max_age"
	LabelSex           LabelField = "sex"
	LabelEnrollment    LabelField = "enrollment"
	LabelConditions    LabelField = "conditions"
	LabelInterventions LabelField = "interventions"
)

// labelsLongestFirst lists the labels, longest first, for labels glued to
// their value.
var labelsLongestFirst = func() []string {
	out := make([]string, 0, len(labelSynonyms))
	for l := range labelSynonyms {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}()

// maxLabelBytes bounds the length of a line FieldOfLabel reads as a label.
var maxLabelBytes = 2*len(labelsLongestFirst[0]) + 8

// FieldOfLabel names the field a label stands for, such as "Sexes
// Eligible" → sex or "Target recruitment" → enrollment. Case, spacing and a
// trailing ":" or "|" do not matter.
func FieldOfLabel(label string) (LabelField, bool) {
	if len(label) > maxLabelBytes {
		// Longer than any label with room for spacing: a sentence.
		return "", false
	}
	f, ok := labelSynonyms[normalLabel(label)]
	return f, ok
}

func normalLabel(label string) string {
	l := strings.ToLower(strings.Join(strings.Fields(label), " "))
	return strings.TrimSpace(strings.TrimRight(l, ":|# "))
}

// SplitGluedLabel reads a line whose label is glued to its value, as text
// copied from a two-column table often is: "SexAll", "AgesN/A to 21 Years",
// "Upper age limit15 Years". The value must start with a capital letter or
// a digit, so that a word that merely begins like a label is not split.
func SplitGluedLabel(line string) (field LabelField, label, value string, ok bool) {
	s := strings.TrimSpace(line)
	lower := strings.ToLower(s)
	for _, l := range labelsLongestFirst {
		if !strings.HasPrefix(lower, l) || len(s) == len(l) {
			continue
		}
		rest := s[len(l):]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		return labelSynonyms[l], s[:len(l)], strings.TrimSpace(rest), true
	}
	return "", "", "", false
}

// maxSpacedLabelWords is the most words a line with a spaced label holds:
// such a line is a table row, not a sentence.
const maxSpacedLabelWords = 8

// SplitSpacedLabel reads a short line whose label is set before its value
// with a space, as a two-column table copied as text often is: "Minimum
// Age 0 Years", "Gender BOTH", "Phase Phase 2". Only the labels of fields
// whose values must parse (phase, ages, sex) are read so, and the value must
// start with a capital letter or a digit.
func SplitSpacedLabel(line string) (field LabelField, label, value string, ok bool) {
	s := strings.TrimSpace(line)
	if len(strings.Fields(s)) > maxSpacedLabelWords {
		return "", "", "", false
	}
	lower := strings.ToLower(s)
	for _, l := range labelsLongestFirst {
		if !spacedLabelFields[labelSynonyms[l]] || !strings.HasPrefix(lower, l+" ") {
			continue
		}
		rest := strings.TrimSpace(s[len(l):])
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		return labelSynonyms[l], s[:len(l)], rest, true
	}
	return "", "", "", false
}
