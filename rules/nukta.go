package rules

import (
	"strings"
	"unicode/utf8"
)

// Devanagari writes a few consonants of loan words with a nukta, a dot
// below ("फ़ेज़", phase), which many pages leave out ("फेज"), and may write
// such a consonant as one character (U+0958–U+095F) or as the consonant and
// the nukta. Bengali writes য়, ড় and ঢ় as one character (U+09DF, U+09DC,
// U+09DD), as the Avro keyboard and many Bangladeshi pages do, or as the
// letter and its nukta (U+09BC), as Unicode's normal form does. A language
// file's word is read with a nukta or without it alike: the word is kept
// without it, and a nukta in the text is passed over.

// The nuktas of Devanagari (U+093C) and Bengali (U+09BC).
const (
	nukta        = '\u093C'
	bengaliNukta = '\u09BC'
)

// isNukta reports whether r is a nukta.
func isNukta(r rune) bool { return r == nukta || r == bengaliNukta }

// nuktaForms are the Devanagari consonants U+0958–U+095F without their
// nukta.
var nuktaForms = []rune("कखगजडढफय")

// withoutNukta returns a word without its nuktas, each consonant written
// with one in a single character as the consonant alone.
func withoutNukta(word string) string {
	if !strings.ContainsFunc(word, func(r rune) bool { return isNukta(r) || isNuktaForm(r) }) {
		return word
	}
	return strings.Map(func(r rune) rune {
		if isNukta(r) {
			return -1
		}
		return withoutNuktaRune(r)
	}, word)
}

// withoutNuktaRune returns a consonant written with a nukta as one
// character (Devanagari U+0958–U+095F; Bengali ড় ঢ় য়) as the consonant
// alone, and any other rune as it is.
func withoutNuktaRune(r rune) rune {
	switch {
	case r >= 0x0958 && r <= 0x095F:
		return nuktaForms[r-0x0958]
	case r == '\u09DC', r == '\u09DD':
		// ড় and ঢ়: ড and ঢ.
		return r - 0x09DC + 0x09A1
	case r == '\u09DF':
		// য়: য.
		return '\u09AF'
	}
	return r
}

// isNuktaForm reports whether r is a consonant written with its nukta as
// one character.
func isNuktaForm(r rune) bool { return withoutNuktaRune(r) != r }

// nuktaAt returns the bytes of the nukta s opens with, or 0.
func nuktaAt(s string) int {
	if r, size := utf8.DecodeRuneInString(s); isNukta(r) {
		return size
	}
	return 0
}
