package rules

import (
	"regexp"
	"strings"
)

// optionsLeadIn is a line that asks for one of the lines below it:
// "Patient must have one of the following:", "… that meets either of these
// criteria:", "Disease status, either:".
var optionsLeadIn = regexp.MustCompile(`(?i)\b(?:one|any|either|at least one)\s+of\b[^:]*:\s*$|\beither\s*:\s*$`)

// AsksForOneOf reports whether a criterion's line asks for one of the
// lines below it, its options: they are that criterion's sub-items, not
// criteria the patient must each meet.
func AsksForOneOf(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(line), ":") && optionsLeadIn.MatchString(line)
}

// markerKind is the kind of mark an item opens with: a number, a letter
// or roman numeral, or a bullet.
type markerKind int

const (
	bulletMark markerKind = iota
	numberMark
	letterMark
)

// kindOfMarker returns the kind of the mark at the start of line, which
// itemMarker found.
func kindOfMarker(line string) markerKind {
	t := strings.TrimLeft(strings.TrimSpace(line), "(")
	switch {
	case t == "":
		return bulletMark
	case isDigit(t[0]):
		return numberMark
	case isASCIILetter(t[0]):
		return letterMark
	}
	return bulletMark
}

// firstWord returns a line's first word, without its mark.
func firstWord(text string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return w
}
