package ingest

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	// noExclusions is a line that says a trial has no exclusion criteria:
	// "There are no exclusion criteria for this study.", "Exclusion
	// criteria: none".
	noExclusions = regexp.MustCompile(`(?i)^(?:there\s+are\s+)?no\s+(?:additional\s+)?exclusion\s+criteria\b|^exclusion\s+criteria\s*:?\s*(?:none|n/?a|not\s+applicable)\.?$`)
	// noneLine is a list that holds only "None".
	noneLine = regexp.MustCompile(`(?i)^(?:none|n/?a|not\s+applicable)\.?$`)
)

// noteNoExclusions notes, for a page with no exclusion items, the line
// that says the trial has none, so that the page is not warned of a list
// it does not have.
func noteNoExclusions(t *model.Trial, lines []string) {
	if len(t.Exclusion) > 0 {
		return
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if noExclusions.MatchString(l) {
			t.Note(model.FieldExclusion, model.NoneStated+": "+l)
			return
		}
		if next := nextNonBlank(lines, i+1); next >= 0 && strings.EqualFold(strings.TrimRight(l, ": "), "exclusion criteria") &&
			noneLine.MatchString(strings.TrimSpace(lines[next])) {
			t.Note(model.FieldExclusion, model.NoneStated+": "+l+" "+strings.TrimSpace(lines[next]))
			return
		}
	}
}
