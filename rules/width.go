package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// romanNumerals are the numeral signs Ⅰ–Ⅻ (U+2160–U+216B) in letters.
var romanNumerals = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// FoldWidth writes the wide forms Chinese and Japanese text uses in their
// plain forms: full-width letters, digits and signs ("１８", "：", "（"),
// the ideographic space, the numeral signs Ⅰ–Ⅻ and ⅰ–ⅻ, the Kangxi
// radicals a PDF's text gives for ideographs ("⽉" for "月"), and the
// ideographic full stop and comma, which become ". " and ", ". It also
// writes the digits Arabic and Persian pages use, Arabic-Indic
// ("٠١٢٣٤٥٦٧٨٩") and Extended Arabic-Indic ("۰۱۲۳۴۵۶۷۸۹"), and their
// decimal separator "٫", as ASCII ("المرحلة ٢" → "المرحلة 2", "۱۸ سال" →
// "18 سال"), and leaves out the right-to-left, left-to-right and Arabic
// letter marks (U+200F, U+200E, U+061C) such pages set beside a number.
// A numeral sign glued to a word is written apart from it ("phaseⅡtrial"
// is "phaseII trial"). Text without them is returned as it is.
func FoldWidth(text string) string {
	if !HasCJK(text) && !hasNumeralOrRadical(text) && !hasArabicDigitOrMark(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, r := range text {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			b.WriteRune(r - 0xFEE0)
		case r == '\u3000':
			b.WriteByte(' ')
		case r >= 0x2160 && r <= 0x216B:
			b.WriteString(romanNumerals[r-0x2160])
			spaceBeforeLetter(&b, text[i+utf8.RuneLen(r):])
		case r >= 0x2170 && r <= 0x217B:
			b.WriteString(strings.ToLower(romanNumerals[r-0x2170]))
			spaceBeforeLetter(&b, text[i+utf8.RuneLen(r):])
		case r == '。':
			b.WriteString(". ")
		case r == '、':
			b.WriteString(", ")
		case r >= '٠' && r <= '٩':
			b.WriteByte(byte('0' + r - '٠'))
		case r >= '۰' && r <= '۹':
			b.WriteByte(byte('0' + r - '۰'))
		case r == '٫':
			b.WriteByte('.')
		case r >= 0x2F00 && r <= 0x2FD5:
			// A Kangxi radical a PDF's text layer gives for the ideograph
			// it looks like: "⽣後6か⽉" is "生後6か月".
			b.WriteString(norm.NFKC.String(string(r)))
		case r == '\u200E' || r == '\u200F' || r == '\u061C':
			// A direction mark, which no reader sees.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spaceBeforeLetter writes a space when the rest of a text opens with a
// word of Latin letters: a numeral sign glued to a word ("phaseⅡtrial") is
// written apart from it ("phaseII trial"), as its letters would otherwise
// run into the word. A single letter after it is its sub-phase ("Ⅲb").
func spaceBeforeLetter(b *strings.Builder, rest string) {
	n := 0
	for n < len(rest) && rest[n] < utf8.RuneSelf && unicode.IsLetter(rune(rest[n])) {
		n++
	}
	if n >= 2 {
		b.WriteByte(' ')
	}
}

// hasNumeralOrRadical reports whether text holds a numeral sign
// (U+2160–U+217F, UTF-8 E2 85 A0–BF) or a Kangxi radical (U+2F00–U+2FD5,
// UTF-8 E2 BC 80 to E2 BF 95).
func hasNumeralOrRadical(text string) bool {
	return anyAtByte(text, 0xE2, func(i int) bool {
		return i+2 < len(text) && (text[i+1] == 0x85 && text[i+2] >= 0xA0 || text[i+1] >= 0xBC && text[i+1] <= 0xBF)
	})
}

// anyAtByte reports whether test holds at some place of text where the
// byte c stands, trying the places left to right: a quick scan for the
// lead byte of a few runes.
func anyAtByte(text string, c byte, test func(i int) bool) bool {
	for from := 0; ; {
		i := strings.IndexByte(text[from:], c)
		if i < 0 {
			return false
		}
		if test(from + i) {
			return true
		}
		from += i + 1
	}
}

// hasArabicDigitOrMark reports whether text holds an Arabic-Indic or
// Extended Arabic-Indic digit (arabicDigitAt), the decimal separator "٫"
// (U+066B, UTF-8 D9 AB), a direction mark (U+200E, U+200F, E2 80 8E–8F)
// or the Arabic letter mark (U+061C, D8 9C).
func hasArabicDigitOrMark(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		switch c, d := text[i], text[i+1]; {
		case arabicDigitAt(text, i), c == 0xD9 && d == 0xAB, c == 0xD8 && d == 0x9C:
			return true
		case c == 0xE2 && d == 0x80 && i+2 < len(text) && (text[i+2] == 0x8E || text[i+2] == 0x8F):
			return true
		}
	}
	return false
}

// HasArabicDigits reports whether a text holds an Arabic-Indic or Extended
// Arabic-Indic digit, which FoldWidth writes in ASCII.
func HasArabicDigits(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if arabicDigitAt(text, i) {
			return true
		}
	}
	return false
}

// ArabicDigitsAtStart returns how many bytes the Arabic-Indic or Extended
// Arabic-Indic digits that open text take ("١٢. …" gives 4).
func ArabicDigitsAtStart(text string) int {
	n := 0
	for n+1 < len(text) && arabicDigitAt(text, n) {
		n += 2
	}
	return n
}

// arabicDigitAt reports whether text holds at i an Arabic-Indic digit
// (U+0660–U+0669, UTF-8 D9 A0–A9) or an Extended Arabic-Indic one
// (U+06F0–U+06F9, DB B0–B9).
func arabicDigitAt(text string, i int) bool {
	c, d := text[i], text[i+1]
	return c == 0xD9 && d >= 0xA0 && d <= 0xA9 || c == 0xDB && d >= 0xB0 && d <= 0xB9
}
