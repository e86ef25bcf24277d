package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Arabic and Persian are written in one script, each with its own forms of
// a few letters: Persian writes ی and ک where Arabic writes ي and ك, and
// pages of either language type one for the other. Both drop a hamza's or
// madda's mark from an alef ("الاولى" for "الأولى") and a final ة's dots
// ("المرحله"), and write short vowels (harakat: "عامًا"), the stretching
// tatweel ("المـرحلة") and, in Persian, the zero-width non-joiner ("سال‌ها")
// only now and then. So a word in the Arabic script is compared in its
// folded form: one letter of each such family, with no harakat, tatweel or
// non-joiner. Every folded letter takes two bytes in UTF-8, as its letter
// does, so folding letters keeps each byte's place in a text.
//
// Arabic joins a conjunction, a preposition and the article to the word
// after them ("والمرحلة", and the phase; "للمرضى", for the patients;
// "بالسرطان", with cancer): a word in the Arabic script is matched after
// such a prefix as a whole word.

// foldArabicRune returns a letter of the Arabic script as the one of its
// family a word is compared in: ي and ى as ی, ك as ک, أ إ آ ٱ as ا, ة and ۀ
// as ه; any other rune as it is.
func foldArabicRune(r rune) rune {
	switch r {
	case 'ي', 'ى':
		return 'ی'
	case 'ك':
		return 'ک'
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ة', 'ۀ':
		return 'ه'
	}
	return r
}

// foldArabic returns a text with its Arabic letters folded as
// foldArabicRune folds them, every byte in its place; a text without
// Arabic as it is.
func foldArabic(s string) string {
	if !hasArabic(s) {
		return s
	}
	return foldInPlace(s, foldArabicRune)
}

// foldArabicWord returns a word of a language file as a text's word is
// compared with it: its letters folded (foldArabic), without harakat,
// tatweel or non-joiners.
func foldArabicWord(word string) string {
	if !hasArabic(word) {
		return word
	}
	return strings.Map(func(r rune) rune {
		if silentInArabic(r) {
			return -1
		}
		return r
	}, foldArabic(word))
}

// hasArabic reports whether a text may hold a letter of the Arabic script:
// a cheap byte test for the first bytes of U+0600–U+06FF.
func hasArabic(s string) bool {
	for c := byte(0xD8); c <= 0xDB; c++ {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return false
}

// isArabicLetter reports whether r is a letter of the Arabic script.
func isArabicLetter(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF && unicode.IsLetter(r) && r != arabicTatweel
}

// arabicTatweel stretches a joined letter ("المـرحلة"); it reads as nothing.
const arabicTatweel = 'ـ'

// silentInArabic reports whether r is a sign a word in the Arabic script
// may be written with or without: a short vowel or other mark (harakat,
// U+064B–U+065F, the superscript alef U+0670), the tatweel, or the
// zero-width non-joiner Persian sets inside a word.
func silentInArabic(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == arabicTatweel || r == zeroWidthNonJoiner
}

// skipSilentSigns returns where, from i on, the run of signs a word may
// be written with or without ends in s: those silentInArabic holds for and
// Hebrew's points (isHebrewPoint); with endings false, the run also ends
// at a non-joiner, which sets off an ending after a word ("سال‌ها").
func skipSilentSigns(s string, i int, endings bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !silentInArabic(r) && !isHebrewPoint(r) || r == zeroWidthNonJoiner && !endings {
			break
		}
		i += size
	}
	return i
}

// arabicPrefixes are the prefixes Arabic joins to a word, folded: a
// conjunction (و, ف), then a preposition (ب, ل, ک), then the article (ال),
// each of them or none; ل with the article is written لل.
var arabicPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, conj := range []string{"", "و", "ف"} {
		for _, prep := range []string{"", "ب", "ل", "ک"} {
			for _, art := range []string{"", "ال"} {
				p := conj + prep + art
				if prep == "ل" && art != "" {
					p = conj + "لل"
				}
				if p != "" {
					m[p] = true
				}
			}
		}
	}
	return m
}()

// lamPrefixes are the prefixes that end in the preposition ل, which takes
// the alef of the article after it.
var lamPrefixes = map[string]bool{"ل": true, "ول": true, "فل": true}

// arabicJoinedBefore reports whether a word in the Arabic script found at
// s[at:] runs on into the letters before it as part of a longer word: the
// letters of its word before it are no prefix Arabic joins to a word
// (arabicPrefixes). A digit before it is no part of it ("18عاما"). A
// word's form afterLam follows ل, with a conjunction or without: "للمرحلة"
// is ل and "المرحلة".
func arabicJoinedBefore(s string, at int, afterLam bool) bool {
	start := at
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !isArabicLetter(r) && !silentInArabic(r) {
			break
		}
		start -= size
	}
	if afterLam {
		return !lamPrefixes[foldArabicWord(s[start:at])] || start > 0 && isSpacedLetterOrDigit(lastRune(s[:start]))
	}
	if start == at {
		r, _ := utf8.DecodeLastRuneInString(s[:at])
		return isSpacedLetterOrDigit(r) && !isASCIIDigit(r)
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); isSpacedLetterOrDigit(r) && !isASCIIDigit(r) {
			return true
		}
	}
	return !arabicPrefixes[foldArabicWord(s[start:at])]
}

// arabicJoinedAfter reports whether a word in the Arabic script that ends
// at s[end] runs on into the letter after it, its short vowels and tatweel
// passed over. A digit after it is no part of it ("و18"), nor is an
// ending Persian sets off with a non-joiner ("کارآزمایی‌های", trials).
func arabicJoinedAfter(s string, end int) bool {
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		switch {
		case r == zeroWidthNonJoiner:
			return false
		case silentInArabic(r):
			end += size
			continue
		}
		return isSpacedLetterOrDigit(r) && !isASCIIDigit(r)
	}
	return false
}

// zeroWidthNonJoiner sets off a Persian word's ending ("سال‌ها").
const zeroWidthNonJoiner = '\u200C'

// isArabicScript reports whether r is a rune of the Arabic block.
func isArabicScript(r rune) bool { return r >= 0x0600 && r <= 0x06FF }
