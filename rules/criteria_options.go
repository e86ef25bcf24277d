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
	// Every lead-in holds "of" or "either": a line with neither is passed
	// over without the pattern.
	return strings.HasSuffix(strings.TrimSpace(line), ":") && (indexFold(line, "of") >= 0 || indexFold(line, "either") >= 0) &&
		optionsLeadIn.MatchString(line)
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

// isOption reports whether an item at the top level's indent is an option
// or a sub-item of the item above it: a lettered or bulleted item under
// numbered ones ("2. One of: / a. AML / b. MDS", "5. Organ function / -
// Creatinine …"), a lettered one under a bulleted one that leads in to it
// ("- Eligible with the following: / a. MYCN amplification"), or a
// bulleted item below a bulleted one that asks for one of those below it,
// on a page that does not indent its options, while the items are short
// and do not open as that item does ("Patients must …") or lead in to a
// list of their own. Options left at the top level would each read as a
// criterion the patient must meet.
func isOption(last listItem, topKind, kind markerKind, options bool, text string) bool {
	if kind == letterMark && (topKind == numberMark || topKind == bulletMark && strings.HasSuffix(last.text, ":")) || kind == bulletMark && topKind == numberMark {
		return true
	}
	// Numbered items that go on with the numbers are the next criteria.
	return options && kind == bulletMark && topKind == bulletMark && len(text) <= maxFlatOption && !strings.HasSuffix(text, ":") &&
		!strings.EqualFold(firstWord(last.text), firstWord(text))
}

// maxFlatOption is the longest item read as an option of the one above it
// on a page that does not indent its options: options are short ("Stage
// IIIB", "Any first or greater T-ALL medullary relapse"), and a longer item
// is the next criterion.
const maxFlatOption = 100

// statesNoCriterion reports whether an item says there is none: "None",
// "N/A", "Not provided".
func statesNoCriterion(item string) bool {
	item = strings.TrimRight(strings.TrimSpace(item), ".")
	if len(item) > len("not applicable") {
		return false
	}
	switch strings.ToLower(item) {
	case "none", "n/a", "na", "nil", "not applicable", "not provided", "not specified", "not stated", "not available":
		return true
	}
	return false
}
