package rules

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// phaseKinds are the kinds of language words a phase is read from.
var phaseKinds = []string{vocab.LanguagePhase}

// FindPhase finds the first phase a text writes in one of the languages l
// ("第2相", "fase 2", "I/II期") and returns the line it was read from.
func (l Languages) FindPhase(text string) (phases []model.Phase, line string, ok bool) {
	if l.Empty() {
		return nil, "", false
	}
	s := FoldWidth(text)
	found := -1
	languages().scan(s, l, phaseKinds, func(at, _ int, w *languageWord) bool {
		found, phases = at, w.phases
		return false
	})
	if found < 0 {
		return nil, "", false
	}
	// The line of the text that holds the phrase: folding keeps the
	// text's lines.
	n := strings.Count(s[:found], "\n")
	lines := strings.Split(text, "\n")
	return phases, strings.TrimSpace(lines[min(n, len(lines)-1)]), true
}
