package rules

import "strings"

// maxTagLine is the longest line read as a bare tag.
const maxTagLine = 24

// IsTagLine reports whether a line is a bare tag a listing prints below
// a trial's text: only a phase ("Phase III", "Phase 1/2") or only an NCT
// ID. Such a line goes on with no criterion above it.
func IsTagLine(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) > maxTagLine {
		return false
	}
	if ids := FindNCTIDs(t); len(ids) == 1 && len(strings.Fields(t)) == 1 {
		return true
	}
	return hasPrefixFold(t, "phase") && phaseWord.FindString(t) == t
}
