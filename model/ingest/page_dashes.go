package ingest

import "strings"

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
