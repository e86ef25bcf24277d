package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hebrew joins its one-letter words to the word after them: ה (the), ו
// (and), ב (in), ל (to), מ (from), ש (that), כ (as), one to three of them
// ("הניסוי", the trial; "ובניסוי", and in the trial). A word in Hebrew is
// read after such letters at the start of a word, as it is after a space;
// a word of fewer than three letters is not, for such a word is often the
// end of another ("ועד" is a committee, not "and up to"): a language file
// lists its joined forms ("מגיל", from the age of).

// hebrewPrefixes are the letters Hebrew joins to the word after them.
const hebrewPrefixes = "הובלמשכ"

// maxHebrewPrefixes is how many of them a word may take: "ושב…", "וכש…".
const maxHebrewPrefixes = 3

// minHebrewPrefixedRunes is the fewest letters of a word read after such
// letters.
const minHebrewPrefixedRunes = 3

// hebrewPrefixed reports whether the word, found at s[at:], stands after
// one to three of the letters Hebrew joins to a word, at the start of a
// word: "בשלב" holds "שלב", "הניסוי" holds "ניסוי".
func (w *languageWord) hebrewPrefixed(s string, at int) bool {
	if !isHebrewLetter(w.first) || utf8.RuneCountInString(w.word) < minHebrewPrefixedRunes {
		return false
	}
	i := at
	for n := 0; n < maxHebrewPrefixes && i > 0; n++ {
		j := withoutPointsBefore(s, i)
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !strings.ContainsRune(hebrewPrefixes, r) {
			break
		}
		i = j - size
	}
	if i == at {
		return false
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isSpacedLetterOrDigit(r)
}

// withoutPointsBefore returns where the run of Hebrew points that ends at
// s[i] begins: the points of a joined letter ("בְּ" of "בְּטיחוּת") stand
// between it and its word.
func withoutPointsBefore(s string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isHebrewPoint(r) {
			break
		}
		i -= size
	}
	return i
}

// isHebrewPoint reports whether r is one of Hebrew's points or
// cantillation marks (niqqud, U+0591–U+05C7, its punctuation aside), which
// a word may be written with or without: "מִתנדבים" is "מתנדבים".
func isHebrewPoint(r rune) bool {
	return r >= 0x0591 && r <= 0x05C7 && r != 0x05BE && r != 0x05C0 && r != 0x05C3 && r != 0x05C6
}

// isHebrew reports whether r is a letter, point or sign of Hebrew.
func isHebrew(r rune) bool { return r >= 0x0591 && unicode.Is(unicode.Hebrew, r) }

// isHebrewLetter reports whether r is a letter of Hebrew.
func isHebrewLetter(r rune) bool {
	return r >= 0x05D0 && r <= 0x05EA || r >= 0xFB1D && r <= 0xFB4F && unicode.IsLetter(r)
}

// hebrewUnprefixed returns a word in Hebrew without the one to three
// letters Hebrew may have joined to it, shortest last: "ובבלינטומומאב"
// gives "בבלינטומומאב", "בלינטומומאב" and "לינטומומאב". Each is at least
// minHebrewPrefixedRunes letters; a word not in Hebrew gives none.
func hebrewUnprefixed(word string) []string {
	var out []string
	rest := word
	for n := 0; n < maxHebrewPrefixes; n++ {
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune(hebrewPrefixes, r) || utf8.RuneCountInString(rest[size:]) < minHebrewPrefixedRunes {
			break
		}
		rest = rest[size:]
		out = append(out, rest)
	}
	return out
}
