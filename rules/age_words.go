package rules

import (
	"regexp"
	"sort"
	"strings"
)

// foreignAgeWord matches any of the foreign age words as a whole word,
// longest first.
var foreignAgeWord = func() *regexp.Regexp {
	words := make([]string, 0, len(foreignAgeWords))
	for w := range foreignAgeWords {
		words = append(words, regexp.QuoteMeta(w))
	}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	return regexp.MustCompile(`(?i)(?:^|[^\pL])(` + strings.Join(words, "|") + `)(?:$|[^\pL])`)
}()

// EnglishAgeWords puts the German, French and Spanish words of an age
// phrase into English, so that "bis 21 Jahren" reads as "up to 21 years"
// and "de 1 à 18 ans" as "de 1 to 18 years". Other words are kept.
func EnglishAgeWords(text string) string {
	var b strings.Builder
	from := 0
	// Each search starts after the last word, not after the character
	// that ended it, so that two foreign words in a row are both read.
	for {
		loc := foreignAgeWord.FindStringSubmatchIndex(text[from:])
		if loc == nil {
			break
		}
		b.WriteString(text[from : from+loc[2]])
		b.WriteString(foreignAgeWords[strings.ToLower(text[from+loc[2]:from+loc[3]])])
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
	for _, m := range foreignMarks {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}
