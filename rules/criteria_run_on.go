package rules

import (
	"regexp"
	"strings"
)

// runOnMust is "Must" with a capital inside a line, after a word or a
// bracket rather than a sentence's end: where the next item of a list that
// a page ran together begins ("… Stage Ms Neuroblastoma Must be newly
// diagnosed …").
var runOnMust = regexp.MustCompile(`[\p{L}\p{N})\]:,] Must (?:not |also )?[a-z]`)

var (
	// numberedItem opens a numbered item: "1. ", "2) ".
	numberedItem = regexp.MustCompile(`^\(?\d{1,2}[.)]\s`)
	// runOnBullets are the bullets a run-on line's items take again.
	runOnBullets = []string{"- ", "– ", "• ", "* ", "+ ", "· ", "◦ ", "▪ "}
)

// SplitRunOnItems puts each item of a list that a page ran together into
// one line, every item opening with "Must", on a line of its own: "Must be
// less than 12 months of age Must be newly diagnosed Must not have had
// chemotherapy" is three items. A lead-in before the first item, ending
// with ":" ("Inclusion criteria, including but not limited to:"), goes. A
// line that does not open with "Must" or with such a lead-in is left as it
// is: a capital "Must" in running text is not an item's start.
func SplitRunOnItems(text string) string {
	if !strings.Contains(text, " Must ") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if numberedItem.MatchString(t) {
			// A numbered item's number marks one item.
			continue
		}
		mark := ""
		for _, b := range runOnBullets {
			if strings.HasPrefix(t, b) {
				mark, t = b, strings.TrimSpace(t[len(b):])
				break
			}
		}
		starts := runOnMust.FindAllStringIndex(t, -1)
		if len(starts) == 0 {
			continue
		}
		first := starts[0][0] + 2
		leadIn := strings.TrimSpace(t[:first])
		if !strings.HasPrefix(t, "Must ") && !strings.HasSuffix(leadIn, ":") {
			continue
		}
		var parts []string
		from := 0
		if !strings.HasPrefix(t, "Must ") {
			from = first
		}
		for _, s := range starts {
			at := s[0] + 2
			if at <= from {
				continue
			}
			parts = append(parts, mark+strings.TrimSpace(t[from:at]))
			from = at
		}
		parts = append(parts, mark+strings.TrimSpace(t[from:]))
		lines[i] = strings.Join(parts, "\n")
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}
