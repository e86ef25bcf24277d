package rules

import (
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// A word of a script written with spaces is matched as a whole word: it
// must not run on into a letter or digit beside it. Korean sets spaces
// between its words, but joins a particle to the word before it ("환자를",
// patients, "18세의", of 18 years) and a counter to its number ("18세",
// "제1상"): a word in Hangul may stand beside a digit, and runs on into the
// particles after it. A word of one syllable runs on only after a digit,
// so that "세" (years) is not read in "세포" (cell). Hebrew joins its
// one-letter words to the word after them (hebrew.go).

// joinedBefore reports whether the word, found at s[at:], runs on into
// the letter or digit before it, as part of a longer word.
func (w *languageWord) joinedBefore(s string, at int) bool {
	if !w.latinStart || at == 0 {
		return false
	}
	if isArabicScript(w.first) {
		return arabicJoinedBefore(s, at, w.afterLam)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return isSpacedLetterOrDigit(r) && !hangulBesideDigit(r, w.first) && !w.unitBesideDigit(r) && !w.hebrewPrefixed(s, at)
}

// unitBesideDigit reports whether the word, an age word that opens with a
// letter of a script other than Latin, may follow the rune r with no space
// between them: a unit glued to its number ("18лет", "18वर्ष", "૧૮વર્ષ"). A
// Latin word after a digit ("1a", the first) and a word of another kind
// ("2ניסוי") run on into it.
func (w *languageWord) unitBesideDigit(r rune) bool {
	return isASCIIDigit(r) && (w.kind == vocab.LanguageAge || w.kind == vocab.LanguageAgeAfter) &&
		w.first >= 0x0370 && !unicode.Is(unicode.Latin, w.first)
}

// joinedAfter reports whether the word, found at s[at:end], runs on into
// the letter or digit after it, as part of a longer word; a particle after
// a word in Hangul is no such part.
func (w *languageWord) joinedAfter(s string, at, end int) bool {
	if !w.latinEnd || end >= len(s) {
		return false
	}
	if isArabicScript(w.last) {
		return arabicJoinedAfter(s, end)
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	if !isSpacedLetterOrDigit(r) || hangulBesideDigit(w.last, r) {
		return false
	}
	takesParticles := !w.oneRune || at > 0 && isASCIIDigit(lastRune(s[:at]))
	return !(isHangul(w.last) && isHangul(r) && takesParticles)
}

// hangulBesideDigit reports whether two runes side by side are a syllable
// in Hangul and a digit, in either order: "18세", "제1상".
func hangulBesideDigit(a, b rune) bool {
	return isHangul(a) && isASCIIDigit(b) || isASCIIDigit(a) && isHangul(b)
}

// isHangul reports whether r is a Korean letter.
func isHangul(r rune) bool { return r >= 0x1100 && unicode.Is(unicode.Hangul, r) }

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }
