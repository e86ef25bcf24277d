package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/vocab"
)

// TestFoldArabic reads the letters of one family alike and keeps every
// byte's place.
func TestFoldArabic(t *testing.T) {
	for in, want := range map[string]string{
		"معايير":   "معاییر",
		"كلاهما":   "کلاهما",
		"الأولى":   "الاولی",
		"المرحلة":  "المرحله",
		"Phase II": "Phase II",
	} {
		got := foldArabic(in)
		if got != want || len(got) != len(in) {
			t.Errorf("foldArabic(%q) = %q, want %q of the same length", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"عامًا":          "عاما",
		"المـرحلة":       "المرحله",
		"معیار\u200cهای": "معیارهای",
	} {
		if got := foldArabicWord(in); got != want {
			t.Errorf("foldArabicWord(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestArabicWordEdges matches a word in the Arabic script as a whole word,
// after the prefixes Arabic joins to a word, beside a digit, and before an
// ending Persian sets off with a non-joiner.
func TestArabicWordEdges(t *testing.T) {
	ix := newLanguageIndex([]vocab.LanguageWord{
		{Language: "ar", Kind: vocab.LanguageAge, Word: "عامًا", Meaning: "years"},
		{Language: "ar", Kind: vocab.LanguageAge, Word: "و", Meaning: "and"},
		{Language: "ar", Kind: vocab.LanguagePhase, Word: "المرحلة الثانية", Meaning: "PHASE2"},
		{Language: "fa", Kind: vocab.LanguageTrial, Word: "کارآزمایی", Meaning: "clinical trial"},
	})
	for text, want := range map[string]string{
		"18 عامًا":                  "years",
		"18 عاماً":                  "years",
		"18 عاما.":                  "years",
		"18عاما":                    "years",
		"والمرحلة الثانية":          "PHASE2",
		"للمرحلة الثانية":           "PHASE2",
		"بالمرحلة الثانية":          "PHASE2",
		"المرحله الثانيه":           "PHASE2",
		"بين 1 و18":                 "and",
		"كارآزمايي":                 "clinical trial",
		"کارآزمایی\u200cهای بالینی": "clinical trial",
		"عامان":                     "",
		"العاما":                    "years",
		"تعاما":                     "",
		"المرحلة الثانيةعشر":        "",
		"سالمرحلة الثانية":          "",
		"xالمرحلة الثانية":          "",
		"کارآزماییها":               "",
		"ومعاما":                    "",
	} {
		got := ""
		ix.scan(FoldWidth(text), ix.all, []string{vocab.LanguageAge, vocab.LanguagePhase, vocab.LanguageTrial}, func(_, _ int, w *languageWord) bool {
			got = w.meaning
			return false
		})
		if got != want {
			t.Errorf("%q read as %q, want %q", text, got, want)
		}
	}
}
