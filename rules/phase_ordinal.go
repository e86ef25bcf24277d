package rules

import (
	"regexp"
	"strings"
	"unicode"
)

// ordinalPhase is a phase written as an ordinal before the words of a
// clinical trial: "the third phase of clinical trials", "the second and
// final phase of clinical testing", "a first-phase clinical trial". An
// ordinal phase of a study without "clinical" ("the first phase of the
// study") is a study's stage, and is not read.
var ordinalPhase = regexp.MustCompile(`(?i)\b(?:first|second|third|fourth)(?:\s+and\s+(?:final|last))?[\s-]+phase(?:\s+of(?:\s+(?:the|its|their))?)?\s+clinical\s+(?:trials?|testing|tests|studies|study|research|development)\b`)

// ordinalNumbers are the phase numbers of the ordinals ordinalPhase reads.
var ordinalNumbers = map[string]string{"first": "1", "second": "2", "third": "3", "fourth": "4"}

// withOrdinalPhasesNumbered writes each ordinal phase as a numbered one,
// in the same number of bytes, so that a place in the text stays where it
// was: "third phase of clinical trials" reads as "phase 3     of clinical
// trials".
func withOrdinalPhasesNumbered(text string) string {
	if !mayNameOrdinalPhase(text) {
		return text
	}
	return ordinalPhase.ReplaceAllStringFunc(text, func(m string) string {
		ordinal := strings.ToLower(m[:strings.IndexFunc(m, func(r rune) bool { return !unicode.IsLetter(r) })])
		lead := strings.Index(strings.ToLower(m), "phase") + len("phase")
		numbered := "phase " + ordinalNumbers[ordinal]
		return numbered + strings.Repeat(" ", lead-len(numbered)) + m[lead:]
	})
}

// mayNameOrdinalPhase reports, by a cheap test, whether a text may hold an
// ordinal phase: it holds "phase" and "clinical".
func mayNameOrdinalPhase(text string) bool {
	return (strings.Contains(text, "linical") || strings.Contains(text, "LINICAL")) && (strings.Contains(text, "hase") || strings.Contains(text, "HASE"))
}
