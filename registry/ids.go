package registry

import (
	"regexp"

	"github.com/trialcompare/trialcompare/model/ingest"
)

var nctPattern = regexp.MustCompile(`(?i)\bNCT\s?(\d{8})\b`)

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

// ValidNCTID reports whether s is exactly one NCT ID, such as NCT07338357,
// by the readers' rule (ingest.IsNCTID): a look-alike is not one.
func ValidNCTID(s string) bool { return ingest.IsNCTID(s) }
