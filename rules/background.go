package rules

import (
	"regexp"
	"sync"
)

// IsBackground reports whether a sentence is about what earlier work found
// ("CAR T-cell therapy that targets CD19 has been shown to cure ALL"), by
// the cues of background_cues.tsv, case ignored.
//
// A paper's title that reports what its own study found ("CD19 CAR-T
// has demonstrated significant activity in children: a multicentre study
// in China") is the study's: only its subtitle is looked at.
func IsBackground(sentence string) bool {
	if loc := studySubtitle.FindStringIndex(sentence); loc != nil {
		sentence = sentence[loc[0]:]
	}
	return backgroundIndex().findFold(sentence).any()
}

// studySubtitle is a paper's subtitle that names the study its title
// reports on, at the end of the title: "…: a multicentre study in China",
// "…: results of the ELIANA trial", "…: a report from the COG AALL0232
// study".
var studySubtitle = regexp.MustCompile(`(?i):\s+(?:(?:an?\s+)?report\s+(?:from|of)\s+|(?:the\s+)?(?:final\s+|interim\s+|long-term\s+|first\s+)?results?\s+(?:of|from)\s+)?(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,5}?(?:trial|study)\b[^:.]{0,60}\.?\s*$`)

// backgroundIndex finds the cues of earlier work in one pass over a text,
// however many there are.
var backgroundIndex = sync.OnceValue(func() *startIndex { return newStartIndex(backgroundCues()) })
