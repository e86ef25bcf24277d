package rules

import "strings"

// Devanagari writes a few consonants of loan words with a nukta, a dot
// below ("फ़ेज़", phase), which many pages leave out ("फेज"), and may write
// such a consonant as one character (U+0958–U+095F) or as the consonant and
// the nukta. A language file's word is read with a nukta or without it
// alike: the word is kept without it, and a nukta in the text is passed
// over.

// nukta is Devanagari's sign U+093C.
const nukta = '\u093C'

// nuktaForms are the consonants U+0958–U+095F without their nukta.
var nuktaForms = []rune("कखगजडढफय")

// withoutNukta returns a word without its nuktas, each consonant written
// with one in a single character as the consonant alone.
func withoutNukta(word string) string {
	if !strings.ContainsRune(word, nukta) && !strings.ContainsFunc(word, isNuktaForm) {
		return word
	}
	return strings.Map(func(r rune) rune {
		if r == nukta {
			return -1
		}
		return withoutNuktaRune(r)
	}, word)
}

// withoutNuktaRune returns a consonant written with a nukta as one
// character (U+0958–U+095F) as the consonant alone, and any other rune as
// it is.
func withoutNuktaRune(r rune) rune {
	if isNuktaForm(r) {
		return nuktaForms[r-0x0958]
	}
	return r
}

func isNuktaForm(r rune) bool { return r >= 0x0958 && r <= 0x095F }

// nuktaBytes is the nukta in UTF-8.
const nuktaBytes = "\u093C"
