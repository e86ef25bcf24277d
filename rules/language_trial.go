package rules

import "github.com/trialcompare/trialcompare/vocab"

// trialKinds are the kinds of language words that name a trial.
var trialKinds = []string{vocab.LanguageTrial}

// NamesATrial reports whether a text holds a word of one of the languages
// l that names a clinical trial or study ("Studie", "essai", "試験",
// "临床试验").
func (l Languages) NamesATrial(text string) bool {
	if l.Empty() {
		return false
	}
	found := false
	languages().scan(FoldWidth(text), l, trialKinds, func(int, int, *languageWord) bool {
		found = true
		return false
	})
	return found
}
