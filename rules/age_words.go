package rules

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// numberWords are the numbers an age may be written in words, as news
// items and other languages put into English write them: "younger than one
// year", "from two years of age".
var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

var (
	// ageNumberWords is a number in words before an age's unit, in lower
	// case.
	ageNumberWords = regexp.MustCompile(`\b(` + strings.Join(numberWords, "|") + `)\s+(years?|months?|weeks?|days?)\b`)
	// rangeFromWord is a range's first age in words before its second in
	// digits: "aged one to 30 years".
	rangeFromWord = regexp.MustCompile(`\b(aged?|ages)\s+(` + strings.Join(numberWords, "|") + `)(\s*(?:to|-|through)\s*\d)`)
	// rangeInWords is a range with both its ages in words after the word
	// that opens a range: "from five to twenty years", "aged between two
	// and ten years", as other languages put into English write them.
	rangeInWords = regexp.MustCompile(`\b(aged?|ages|from|between)\s+(` + strings.Join(numberWords, "|") + `)(\s*(?:to|up to|and|-|through)\s*)(` + strings.Join(numberWords, "|") + `)(\s+(?:years?|months?|weeks?|days?))\b`)
	// ageInWords is such a number where only an age stands: after a
	// comparator an age takes or "aged between", or before "old" or "of
	// age". "Enrolled over three years" and "followed for two years" are
	// durations.
	ageInWords = regexp.MustCompile(`\b(?:younger than|older than|under|aged?|age of|at least|up to|from|aged? between)\s+(?:` + strings.Join(numberWords, "|") + `)\s+(?:years?|months?|weeks?|days?)\b|\b(?:` + strings.Join(numberWords, "|") + `)\s+(?:years?|months?|weeks?|days?)\s+(?:old|of age)\b`)
)

// writeAgesInDigits writes the numbers of a lower-case text's ages in
// digits, when one of its numbers in words stands where only an age does:
// "aged six months to eighteen years" → "aged 6 months to 18 years", a
// range's first age before a second in digits, "aged one to 30 years", and
// a range in words, "from five to twenty years".
func writeAgesInDigits(s string) string {
	s = rangeInWords.ReplaceAllStringFunc(s, func(m string) string {
		g := rangeInWords.FindStringSubmatch(m)
		return g[1] + " " + strconv.Itoa(slices.Index(numberWords, g[2])) + g[3] + strconv.Itoa(slices.Index(numberWords, g[4])) + g[5]
	})
	s = rangeFromWord.ReplaceAllStringFunc(s, func(m string) string {
		g := rangeFromWord.FindStringSubmatch(m)
		return g[1] + " " + strconv.Itoa(slices.Index(numberWords, g[2])) + g[3]
	})
	if !ageInWords.MatchString(s) {
		return s
	}
	return ageNumberWords.ReplaceAllStringFunc(s, digitsOfAge)
}

// ageUnits are the units an age in words takes, as mayNameAgeInWords
// finds them.
var ageUnits = []string{"year", "month", "week", "day"}

// mayNameAgeInWords reports whether a text may hold an age whose number is
// written in words: a number word stands before a unit an age takes, or
// after "aged" ("aged one to 30 years").
func mayNameAgeInWords(text string) bool {
	for _, lead := range []string{"aged ", "ages "} {
		if i := indexFold(text, lead); i >= 0 && isNumberWord(wordAfter(text, i+len(lead))) {
			return true
		}
	}
	for _, unit := range ageUnits {
		for from := 0; ; {
			i := indexFold(text[from:], unit)
			if i < 0 {
				break
			}
			at := from + i
			if isNumberWord(wordBefore(text, at)) {
				return true
			}
			from = at + len(unit)
		}
	}
	return false
}

// wordBefore returns the ASCII word that ends, after spaces, where text's
// byte at begins.
func wordBefore(text string, at int) string {
	end := at
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\n') {
		end--
	}
	start := end
	for start > 0 && isASCIILetter(text[start-1]) {
		start--
	}
	return text[start:end]
}

// wordAfter returns the word of ASCII letters that starts at text[at].
func wordAfter(text string, at int) string {
	end := at
	for end < len(text) && isASCIILetter(text[end]) {
		end++
	}
	return text[at:end]
}

// isNumberWord reports whether word is one of numberWords, in any ASCII
// case.
func isNumberWord(word string) bool {
	if len(word) < len("one") {
		return false
	}
	for _, w := range numberWords {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// digitsOfAge writes the number of an age in words, "one year", in
// digits: "1 year".
func digitsOfAge(age string) string {
	f := strings.Fields(age)
	for n, w := range numberWords {
		if w == f[0] {
			return strconv.Itoa(n) + " " + f[1]
		}
	}
	return age
}
