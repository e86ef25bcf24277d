package rules

import "strings"

// romanNumerals are the numeral signs Ⅰ–Ⅻ (U+2160–U+216B) in letters.
var romanNumerals = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// FoldWidth writes the wide forms Chinese and Japanese text uses in their
// plain forms: full-width letters, digits and signs ("１８", "：", "（"),
// the ideographic space, the numeral signs Ⅰ–Ⅻ and ⅰ–ⅻ, and the
// ideographic full stop and comma, which become ". " and ", ". Text
// without them is returned as it is.
func FoldWidth(text string) string {
	if !HasCJK(text) && !hasRomanNumeral(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range text {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			b.WriteRune(r - 0xFEE0)
		case r == '\u3000':
			b.WriteByte(' ')
		case r >= 0x2160 && r <= 0x216B:
			b.WriteString(romanNumerals[r-0x2160])
		case r >= 0x2170 && r <= 0x217B:
			b.WriteString(strings.ToLower(romanNumerals[r-0x2170]))
		case r == '。':
			b.WriteString(". ")
		case r == '、':
			b.WriteString(", ")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasRomanNumeral reports whether text holds a numeral sign (U+2160–U+217F,
// UTF-8 E2 85 A0–BF).
func hasRomanNumeral(text string) bool {
	for i := strings.IndexByte(text, 0xE2); i >= 0 && i+2 < len(text); {
		if text[i+1] == 0x85 && text[i+2] >= 0xA0 {
			return true
		}
		next := strings.IndexByte(text[i+1:], 0xE2)
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}
