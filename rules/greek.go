package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Greek capitals drop their accents ("ΚΡΙΤΗΡΙΑ ΕΝΤΑΞΗΣ" is "Κριτήρια
// ένταξης" in capitals), so Greek words are compared in their folded form:
// small letters without accents, a final sigma as any sigma. Every letter
// of the Greek block takes two bytes in UTF-8, folded or not, so folding
// keeps each byte's place in a text.

// foldGreekRune returns a Greek letter small and without its accent, a
// final sigma as σ; any other rune as it is.
func foldGreekRune(r rune) rune {
	if r < 'Ά' || r > 'ώ' {
		return r
	}
	switch r = unicode.ToLower(r); r {
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	}
	return r
}

// foldGreek returns a text with its Greek letters folded as foldGreekRune
// folds them, every byte in its place; a text without Greek as it is.
func foldGreek(s string) string {
	if !hasGreek(s) {
		return s
	}
	return foldInPlace(s, foldGreekRune)
}

// foldInPlace returns s with each rune folded by fold, which keeps a
// rune's UTF-8 length (a letter to another of its block), so that every
// byte stays in its place.
func foldInPlace(s string, fold func(rune) rune) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if f := fold(r); f != r {
			utf8.EncodeRune(b[i:], f)
		}
		i += size
	}
	return string(b)
}

// hasGreek reports whether a text may hold a Greek letter: a cheap byte
// test for the first bytes of U+0380–U+03FF.
func hasGreek(s string) bool {
	return strings.IndexByte(s, 0xCE) >= 0 || strings.IndexByte(s, 0xCF) >= 0
}

// isGreekLetter reports whether r is a letter of the Greek block.
func isGreekLetter(r rune) bool { return r >= 'Ά' && r <= 'ϻ' && unicode.IsLetter(r) }

// greekNumeralSigns are the signs a Greek numeral letter takes ("Γ' φάσης",
// phase 3), typed as any of them: the apostrophe, the right single
// quotation mark, the tonos and the keraia.
const greekNumeralSigns = "'’΄ʹ"

// readsAsLatin reports whether a text's rune r reads as a word's ASCII rune
// wr where a Greek page types it otherwise: a roman numeral's I as the Greek
// capital iota ("φάσης ΙΙ"), a numeral letter's sign as any of
// greekNumeralSigns.
func readsAsLatin(r, wr rune) bool {
	switch wr {
	case 'i':
		return r == 'Ι'
	case '\'':
		return strings.ContainsRune(greekNumeralSigns, r)
	}
	return false
}
