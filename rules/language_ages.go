package rules

import "github.com/trialcompare/trialcompare/vocab"

// ageKinds are the kinds of language words an age phrase is read with.
var ageKinds = []string{vocab.LanguageAge, vocab.LanguageAgeAfter}

// EnglishAgeWords puts the age words of the languages l into English, so
// that the age phrases read them: "bis 21 Jahren" reads as "up to 21
// years", "de 1 à 18 ans" as "de 1 to 18 years", "1歳以上22歳未満" as "at
// least 1 years under 22 years". Other words are kept, and a text with no
// such word is returned as it is. The result keeps the text's lines, one
// for one, so that a line read from it names a line of the text.
func (l Languages) EnglishAgeWords(text string) string {
	if l.Empty() {
		return text
	}
	folded := FoldWidth(text)
	var out []byte
	last := 0
	languages().scan(folded, l, ageKinds, func(at, end int, w *languageWord) bool {
		out = append(out, folded[last:at]...)
		if w.kind == vocab.LanguageAgeAfter {
			out = insertBeforeAge(out, w.meaning)
		} else if w.latinStart && w.latinEnd {
			out = append(out, w.meaning...)
		} else {
			// A word of a script without spaces takes spaces around its
			// English: "18歳" → "18 years ".
			out = append(append(append(out, ' '), w.meaning...), ' ')
		}
		last = end
		return true
	})
	if out == nil {
		return text
	}
	return string(append(out, folded[last:]...))
}

// insertBeforeAge puts an English comparator before the age that out ends
// with, a number and its unit ("… 18 years "), or at the end of out when
// it ends with none.
func insertBeforeAge(out []byte, comparator string) []byte {
	i := len(out)
	for i > 0 && out[i-1] == ' ' {
		i--
	}
	for i > 0 && ('a' <= out[i-1] && out[i-1] <= 'z' || 'A' <= out[i-1] && out[i-1] <= 'Z') {
		i--
	}
	for i > 0 && out[i-1] == ' ' {
		i--
	}
	digits := i
	for i > 0 && ('0' <= out[i-1] && out[i-1] <= '9' || out[i-1] == '.') {
		i--
	}
	if i == digits {
		return append(append(append(out, ' '), comparator...), ' ')
	}
	tail := string(out[i:])
	out = append(append(append(out[:i], ' '), comparator...), ' ')
	return append(out, tail...)
}
