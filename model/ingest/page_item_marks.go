package ingest

import (
	"regexp"
	"strings"
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
