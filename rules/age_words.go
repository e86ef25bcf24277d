package rules

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/vocab"
)

// foreignVocabulary holds age_words.tsv and language_marks.tsv in lookup
// form.
type foreignVocabulary struct {
	// english maps the words German, French and Spanish pages use to state
	// an age limit, lower case, onto the English words the age phrases
	// read.
	english map[string]string
	// word matches any of them as a whole word, longest first.
	word *regexp.Regexp
	// marks are short words, a space either side, that mark running text
	// as German, French or Spanish.
	marks []string
}

// foreign is the foreign words of the vocabulary in use.
var foreign = sync.OnceValue(func() *foreignVocabulary {
	v := InUse()
	return newForeignVocabulary(v.AgeWords, v.LanguageMarks)
})

func newForeignVocabulary(ageWords []vocab.AgeWord, marks []vocab.Word) *foreignVocabulary {
	fv := &foreignVocabulary{english: map[string]string{}}
	words := make([]string, 0, len(ageWords))
	for _, w := range ageWords {
		lower := strings.ToLower(w.Word)
		fv.english[lower] = w.English
		words = append(words, regexp.QuoteMeta(lower))
	}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	fv.word = regexp.MustCompile(`(?i)(?:^|[^\pL])(` + strings.Join(words, "|") + `)(?:$|[^\pL])`)
	for _, m := range marks {
		fv.marks = append(fv.marks, " "+m.Text+" ")
	}
	return fv
}

// EnglishAgeWords puts the German, French and Spanish words of an age
// phrase into English, so that "bis 21 Jahren" reads as "up to 21 years"
// and "de 1 à 18 ans" as "de 1 to 18 years". Other words are kept.
func EnglishAgeWords(text string) string {
	var b strings.Builder
	fv := foreign()
	from := 0
	// Each search starts after the last word, not after the character
	// that ended it, so that two foreign words in a row are both read.
	for {
		loc := fv.word.FindStringSubmatchIndex(text[from:])
		if loc == nil {
			break
		}
		b.WriteString(text[from : from+loc[2]])
		b.WriteString(fv.english[strings.ToLower(text[from+loc[2]:from+loc[3]])])
		from += loc[3]
	}
	if from == 0 {
		return text
	}
	b.WriteString(text[from:])
	return b.String()
}

// IsForeignText reports whether running text reads as German, French or
// Spanish, whose age words EnglishAgeWords puts into English.
func IsForeignText(text string) bool {
	for _, m := range foreign().marks {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}
