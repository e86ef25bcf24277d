package compare

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// genericOpening matches the words many titles open with that tell trials
// apart not at all: "A Phase 1/2, Open-label Study of", "Clinical Study
// of", "Phase I Clinical Trial of", "A Randomized Trial Evaluating".
var genericOpening = regexp.MustCompile(`(?i)^(?:an?\s+|the\s+)?` +
	`(?:(?:open[- ]label|single[- ]arm|randomi[sz]ed|non[- ]randomi[sz]ed|multi-?cent(?:er|re)|pilot|first[- ]in[- ]human|prospective|international)[\s,]+)*` +
	`(?:(?:early\s+)?phase\s+(?:[0-9][ab]?|iv|i{1,3}[ab]?)(?:\s*[/-]\s*(?:phase\s+)?(?:[0-9][ab]?|iv|i{1,3}[ab]?))?[\s,]+)?` +
	`(?:(?:open[- ]label|single[- ]arm|randomi[sz]ed|non[- ]randomi[sz]ed|multi-?cent(?:er|re)|pilot|first[- ]in[- ]human|prospective|international)[\s,]+)*` +
	`(?:clinical\s+)?(?:study|trial)\s+(?:of|to\s+(?:evaluate|assess|test|investigate|determine)|evaluating|testing|investigating|on|with|using)\s+(?:the\s+)?`)

// ShortName is what tells a trial apart in a narrow list: its acronym, or
// else its title without a generic opening ("Phase I Clinical Trial of CART
// Cell Therapy …" reads "CART Cell Therapy …", its case kept as written).
// It is "" when the document states neither.
func ShortName(t *model.Trial) string {
	if t.Acronym != "" {
		return t.Acronym
	}
	title := strings.TrimSpace(t.Title)
	if loc := genericOpening.FindStringIndex(title); loc != nil && loc[1] < len(title) {
		return title[loc[1]:]
	}
	return title
}
