package rules

import (
	"strings"
	"unicode/utf8"
)

// The quick tests below run before a pattern on every line or text: each
// says no only where its pattern cannot match, and most lines are a no.

// mayNamePhase reports whether phaseWord may match text: the text holds
// "phase" in any ASCII case, or a rune that folds into an ASCII letter.
func mayNamePhase(text string) bool {
	return containsFold(text, "phase") || foldsIntoASCII(text)
}

// mayBeNoPhase reports whether phaseNA may match text: once trimmed, the
// text is no longer than "not applicable".
func mayBeNoPhase(text string) bool {
	return len(strings.TrimSpace(text)) <= len("not applicable")
}

// endsWithCriteriaWord reports whether subsectionHeading may match line:
// without its trailing spaces and colons, the line ends with "criteria" or
// "criterion" in any ASCII case.
func endsWithCriteriaWord(line string) bool {
	l := strings.TrimRight(line, " \t\n\f\r:")
	return hasSuffixFold(l, "criteria") || hasSuffixFold(l, "criterion")
}

// hasSuffixFold reports whether s ends with suffix, an ASCII lower-case
// text, in any ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}

// upToStop returns text up to its first "." or ";": a match of
// supportiveUse, which holds neither, is read there as in the whole text,
// in time that does not grow with the rest of the document.
func upToStop(text string) string {
	if end := strings.IndexAny(text, ".;"); end >= 0 {
		return text[:end]
	}
	return text
}

// regexpSpaces are the bytes \s matches.
const regexpSpaces = " \t\n\f\r"

// mayBeCriteriaHeading reports whether criteriaHeading may match line: its
// first word begins as "key", "main", "major", "general", "inclusion" or
// "exclusion" may (a non-ASCII byte may be the Kelvin sign, a "k"), and
// the line holds "criteri".
func mayBeCriteriaHeading(line string) bool {
	l := strings.TrimLeft(line, regexpSpaces)
	if l == "" {
		return false
	}
	switch l[0] | 0x20 {
	case 'k', 'm', 'g', 'i', 'e':
	default:
		if l[0] < utf8.RuneSelf {
			return false
		}
	}
	return containsFold(l, "criteri")
}

// mayBeEligibilityHeading reports whether eligibilityHeading may match
// line: it begins with "eligibility" after its spaces.
func mayBeEligibilityHeading(line string) bool {
	return hasPrefixFold(strings.TrimLeft(line, regexpSpaces), "eligibility")
}

// findCriteriaHeading returns criteriaHeading's submatches in line, or nil.
func findCriteriaHeading(line string) []string {
	if !mayBeCriteriaHeading(line) {
		return nil
	}
	return criteriaHeading.FindStringSubmatch(line)
}

// mayBeAgeItem reports whether ageItem may match text: "age" opens it or
// follows a space, or "old" follows a space, in any ASCII case.
func mayBeAgeItem(text string) bool {
	return followsSpace(text, "age") || followsSpace(text, "old")
}

// followsSpace reports whether text holds word, an ASCII lower-case text,
// in any ASCII case, at its start or after a byte \s matches.
func followsSpace(text, word string) bool {
	for from := 0; ; {
		i := indexFold(text[from:], word)
		if i < 0 {
			return false
		}
		at := from + i
		if at == 0 || strings.IndexByte(regexpSpaces, text[at-1]) >= 0 {
			return true
		}
		from = at + 1
	}
}
