package ingest

import "strings"

// Paragraphs read as a list's items: at least minParagraphItems, each at
// most maxParagraphItem bytes.
const (
	minParagraphItems = 3
	maxParagraphItem  = 300
)

// paragraphItems reads the unmarked lines under an eligibility heading as
// its items when each is a short paragraph of its own, a blank line
// between them ("Patients with T-ALL must be enrolled on …" / "Age: >1
// and <31 years of age" / "No prior cytotoxic chemotherapy …"), and
// returns them marked; nil when they are prose.
func paragraphItems(lines []string) []string {
	if items := runOnClauses(lines); items != nil {
		return items
	}
	var items []string
	blankBefore := true
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			blankBefore = true
			continue
		case !blankBefore || len(t) > maxParagraphItem:
			return nil
		case len(t) > 1 && t[0] == '*' && t[1] != ' ':
			// A footnote to the items: "*these restrictions apply …".
			continue
		}
		items = append(items, "- "+t)
		blankBefore = false
	}
	if len(items) < minParagraphItems {
		return nil
	}
	return items
}

// runOnClauses reads the first paragraph under an eligibility heading as
// its items when it runs them together, each clause ended by a semicolon
// ("Bone metastasis from …; planned treatment with zoledronic
// acid;</= 3 doses …; Zubrod PS 0-3; …"), and returns them marked; nil
// when it does not. A semicolon with no space after it parts clauses here
// too; rules.SplitSeparatedItems, which reads lists in general, needs the
// space. What follows the paragraph is no item of it.
func runOnClauses(lines []string) []string {
	first := nextNonBlank(lines, 0)
	if first < 0 {
		return nil
	}
	paragraph := strings.TrimSpace(lines[first])
	if strings.Count(paragraph, "; ") < minParagraphItems-1 {
		return nil
	}
	var items []string
	for _, c := range strings.Split(paragraph, ";") {
		c = strings.TrimSpace(c)
		if len(c) > maxParagraphItem {
			return nil
		}
		if c != "" {
			items = append(items, "- "+c)
		}
	}
	if len(items) < minParagraphItems {
		return nil
	}
	return items
}
