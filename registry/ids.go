package registry

import "regexp"

var (
	nctPattern = regexp.MustCompile(`(?i)\bNCT\s?(\d{8})\b`)
	exactNCTID = regexp.MustCompile(`^NCT\d{8}$`)
)

// NCTIDs returns the NCT IDs in any text (a list, an email, a referral
// letter), upper-cased, each once, in order of first appearance.
func NCTIDs(text string) []string {
	var ids []string
	seen := map[string]bool{}
	for _, m := range nctPattern.FindAllStringSubmatch(text, -1) {
		id := "NCT" + m[1]
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}

// ValidNCTID reports whether s is exactly one NCT ID, such as NCT07338357.
func ValidNCTID(s string) bool { return exactNCTID.MatchString(s) }
