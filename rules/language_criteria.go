package rules

import (
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// criterionKinds are the kinds of language words a criterion's themes are
// read with.
var criterionKinds = []string{vocab.LanguageCriterion}

// EnglishCriterionWords puts the criterion words of the languages l into
// English, so that the exclusion themes read them: "Schwangerschaft oder
// Stillzeit" reads as "pregnancy oder breastfeeding", "活動性の感染症" as
// "活動性の infection ". A text with no such word is returned as it is.
func (l Languages) EnglishCriterionWords(text string) string {
	return l.englishWords(text, criterionKinds)
}

// exclusionLanguages returns the languages of a trial's exclusion criteria,
// read from its first few; a trial in English has none, and its criteria
// are read as they are. A short list ("Embarazo o lactancia") may hold no
// mark of its language: then the title's, or else the first inclusion
// criterion's, is the list's.
func exclusionLanguages(t *model.Trial) Languages {
	var l Languages
	for _, c := range t.Exclusion[:min(len(t.Exclusion), languageSample)] {
		l |= LanguagesOf(c)
	}
	if l.Empty() {
		l = LanguagesOf(t.Title)
	}
	if l.Empty() && len(t.Inclusion) > 0 {
		l = LanguagesOf(t.Inclusion[0])
	}
	return l
}

// languageSample is how many of a trial's criteria its language is read
// from: a trial's criteria are written in one language.
const languageSample = 3
