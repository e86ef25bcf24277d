package export

import "strings"

// arabicLetter is an Arabic letter's presentation forms: isolated at
// first, then final, initial and medial, one after another; forms is 4 for
// a letter that joins the letters on both sides, 2 for one that joins only
// the letter before it (alef, dal, reh, waw …) and 1 for the hamza, which
// joins neither.
type arabicLetter struct {
	first rune
	forms int
}

// arabicLetters maps Arabic's and Persian's letters onto their forms in
// Unicode's presentation-form blocks, which the board sheet's font draws:
// a PDF prints the glyphs it is given, so the sheet joins the letters
// itself.
var arabicLetters = map[rune]arabicLetter{
	'ء': {0xFE80, 1}, 'آ': {0xFE81, 2}, 'أ': {0xFE83, 2}, 'ؤ': {0xFE85, 2}, 'إ': {0xFE87, 2},
	'ئ': {0xFE89, 4}, 'ا': {0xFE8D, 2}, 'ب': {0xFE8F, 4}, 'ة': {0xFE93, 2}, 'ت': {0xFE95, 4},
	'ث': {0xFE99, 4}, 'ج': {0xFE9D, 4}, 'ح': {0xFEA1, 4}, 'خ': {0xFEA5, 4}, 'د': {0xFEA9, 2},
	'ذ': {0xFEAB, 2}, 'ر': {0xFEAD, 2}, 'ز': {0xFEAF, 2}, 'س': {0xFEB1, 4}, 'ش': {0xFEB5, 4},
	'ص': {0xFEB9, 4}, 'ض': {0xFEBD, 4}, 'ط': {0xFEC1, 4}, 'ظ': {0xFEC5, 4}, 'ع': {0xFEC9, 4},
	'غ': {0xFECD, 4}, 'ف': {0xFED1, 4}, 'ق': {0xFED5, 4}, 'ك': {0xFED9, 4}, 'ل': {0xFEDD, 4},
	'م': {0xFEE1, 4}, 'ن': {0xFEE5, 4}, 'ه': {0xFEE9, 4}, 'و': {0xFEED, 2}, 'ى': {0xFEEF, 2},
	'ي': {0xFEF1, 4},
	// Persian's own letters, in Presentation Forms-A.
	'پ': {0xFB56, 4}, 'چ': {0xFB7A, 4}, 'ژ': {0xFB8A, 2}, 'ک': {0xFB8E, 4}, 'گ': {0xFB92, 4},
	'ی': {0xFBFC, 4},
	// Urdu's own letters, in Presentation Forms-A: ٹ ڈ ڑ ں ھ ہ ے. The noon
	// ghunna and the yeh barree have no initial or medial forms; they end
	// a word.
	'\u0679': {0xFB66, 4}, '\u0688': {0xFB88, 2}, '\u0691': {0xFB8C, 2}, '\u06BA': {0xFB9E, 2},
	'\u06BE': {0xFBAA, 4}, '\u06C1': {0xFBA6, 4}, '\u06D2': {0xFBAE, 2},
}

// lamAlef maps an alef that follows a lam onto the isolated form of the
// ligature the two make; its final form is the next rune.
var lamAlef = map[rune]rune{'آ': 0xFEF5, 'أ': 0xFEF7, 'إ': 0xFEF9, 'ا': 0xFEFB}

// tatweel, the stretching line, joins the letters on both sides.
const tatweel = 'ـ'

// isArabicMark reports whether a rune is a vowel sign or other mark that
// sits on a letter and leaves its joining as it is.
func isArabicMark(r rune) bool {
	return 0x064B <= r && r <= 0x065F || r == 0x0670 || 0x06D6 <= r && r <= 0x06ED
}

// joinsAfter reports whether a rune joins the letter after it: a letter
// that joins on both sides, or the tatweel.
func joinsAfter(r rune) bool {
	return r == tatweel || arabicLetters[r].forms == 4
}

// joinsBefore reports whether a rune joins the letter before it.
func joinsBefore(r rune) bool {
	return r == tatweel || arabicLetters[r].forms >= 2
}

// shapeArabic writes each Arabic letter of a line in the form its place in
// its word asks for, and a lam before an alef as their ligature. Other
// runes are kept as they are.
func shapeArabic(line string) string {
	if !hasArabicLetter(line) {
		return line
	}
	runes := []rune(line)
	var b strings.Builder
	b.Grow(len(line))
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		letter, ok := arabicLetters[r]
		if !ok {
			b.WriteRune(r)
			continue
		}
		before := joinsAfter(neighbour(runes, i, -1))
		next := neighbourAt(runes, i, 1)
		if r == 'ل' && next >= 0 {
			if lig, ok := lamAlef[runes[next]]; ok {
				if before {
					lig++
				}
				b.WriteRune(lig)
				// The marks between the two letters go after the ligature.
				for _, m := range runes[i+1 : next] {
					b.WriteRune(m)
				}
				i = next
				continue
			}
		}
		after := next >= 0 && joinsBefore(runes[next])
		b.WriteRune(letter.first + formOf(letter.forms, before, after))
	}
	return b.String()
}

// formOf is the offset of a letter's form from its isolated one: final 1,
// initial 2, medial 3.
func formOf(forms int, before, after bool) rune {
	switch {
	case forms == 4 && before && after:
		return 3
	case forms == 4 && after:
		return 2
	case forms >= 2 && before:
		return 1
	}
	return 0
}

// neighbour returns the letter next to runes[i] on the side step goes to,
// past the marks on it, or -1.
func neighbour(runes []rune, i, step int) rune {
	if j := neighbourAt(runes, i, step); j >= 0 {
		return runes[j]
	}
	return -1
}

// neighbourAt returns where the letter next to runes[i] on the side step
// goes to stands, past the marks on it, or -1.
func neighbourAt(runes []rune, i, step int) int {
	for j := i + step; j >= 0 && j < len(runes); j += step {
		if !isArabicMark(runes[j]) {
			return j
		}
	}
	return -1
}

// hasArabicLetter reports whether a line holds a rune of the Arabic block,
// whose UTF-8 forms open with the bytes 0xD8 to 0xDB.
func hasArabicLetter(line string) bool {
	for i := 0; i < len(line); i++ {
		if c := line[i]; c >= 0xD8 && c <= 0xDB {
			return true
		}
	}
	return false
}
