package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

// spacedDashes puts a space after a dash glued to the capital that opens a
// line's item, as some sites type their bullets: "-Patients must be …" is
// the item "- Patients must be …". A dash before two capitals
// ("-MYCN") or a digit is left as it is.
func spacedDashes(text string) string {
	if !strings.Contains(text, "\n-") && !strings.HasPrefix(text, "-") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if len(l) > 2 && l[0] == '-' && isUpperASCII(l[1]) && 'a' <= l[2] && l[2] <= 'z' {
			lines[i] = "- " + l[1:]
		}
	}
	return strings.Join(lines, "\n")
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// bareMarks are the list marks a page may set on a line of their own.
var bareMarks = append(strings.Split(rules.Bullets, ""), "-", "–", "—", "*", "+")

// joinedBareMarks joins a line that holds only a list mark to the line
// after it, in the criteria lists of a page copied from a site that sets
// each bullet in a box of its own: under "Inclusion Criteria", "-" over
// "Life expectancy ≥ 3 months" is the item "- Life expectancy ≥ 3 months".
// A mark outside a criteria list, as a page's rule around its title, and a
// mark over a blank line, another mark or the end of the page are left as
// they are.
func joinedBareMarks(text string) string {
	if !mayHaveBareMark(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	out := lines[:0]
	changed, inCriteria := false, false
	for i := 0; i < len(lines); i++ {
		if _, rest, ok := rules.CriteriaHeadingOf(lines[i]); ok && rest == "" {
			inCriteria = true
		}
		if inCriteria && i+1 < len(lines) && isBareMark(lines[i]) && strings.TrimSpace(lines[i+1]) != "" && !isBareMark(lines[i+1]) {
			out = append(out, strings.TrimRight(lines[i], " \t")+" "+strings.TrimSpace(lines[i+1]))
			i++
			changed = true
			continue
		}
		out = append(out, lines[i])
	}
	if !changed {
		return text
	}
	return strings.Join(out, "\n")
}

// isBareMark reports whether a line holds only a list mark.
func isBareMark(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) <= len("—") && slices.Contains(bareMarks, t)
}

// mayHaveBareMark is a quick test before joinedBareMarks: some line is at
// most a few bytes long.
func mayHaveBareMark(text string) bool {
	for from := 0; from < len(text); {
		end := strings.IndexByte(text[from:], '\n')
		if end < 0 {
			end = len(text) - from
		}
		if end > 0 && end <= 16 && isBareMark(text[from:from+end]) {
			return true
		}
		from += end + 1
	}
	return false
}

// gluedNumber is an item's number glued to the capital that opens it:
// "1.Bone marrow", " 2.Cytotoxic".
var gluedNumber = regexp.MustCompile(`(^|\s)(\d{1,2})\.([A-Z][a-z])`)

// spacedItemNumbers puts a space after the numbers of a line's items that
// a site glues to their text: "1.Bone marrow … 2.Cytotoxic …" is the items
// "1. Bone marrow …" and "2. Cytotoxic …". Only a line that opens with
// item 1 glued so and holds item 2 glued so is changed; "2.5 mg" is never
// an item.
func spacedItemNumbers(text string) string {
	if !strings.Contains(text, "1.") {
		return text
	}
	return rewriteLines(text, func(l string) string {
		t := strings.TrimLeft(l, " \t")
		if len(t) > 3 && strings.HasPrefix(t, "1.") && isUpperASCII(t[2]) && strings.Contains(t, " 2.") && gluedNumber.MatchString(t[1:]) {
			return gluedNumber.ReplaceAllString(l, "$1$2. $3")
		}
		return l
	})
}
