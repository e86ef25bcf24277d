package rules

// The digits of the scripts of India ("१८ वर्ष", Gujarati "૧૮ વર્ષ",
// Telugu "౧౮ ఏళ్లు", Bengali "১৮ বছর"), which pages in those languages may
// write an age or a phase with. Each script's digits ० to ९ stand at
// U+0x66–0x6F of its block: Devanagari U+0966, Bengali U+09E6, Gurmukhi
// U+0A66, Gujarati U+0AE6, Oriya U+0B66, Tamil U+0BE6, Telugu U+0C66,
// Kannada U+0CE6 and Malayalam U+0D66, in UTF-8 E0, then an odd byte from
// A5 to B5, then A6–AF.
const (
	indicLead        = 0xE0
	indicFirstBlock  = 0xA5
	indicLastBlock   = 0xB5
	indicZeroByte    = 0xA6
	indicNineByte    = 0xAF
	indicDigitLength = 3
)

// FoldIndicDigits writes the digits of the scripts of India in a text as
// ASCII digits, so that "१८ वर्ष" reads as "18 वर्ष", as every reader of
// numbers reads them. Text without them is returned as it is, and every
// other byte is kept. Each digit takes one byte instead of three; lines
// stay as they are.
func FoldIndicDigits(text string) string {
	if !hasIndicDigit(text) {
		return text
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		if d, ok := indicDigitAt(text, i); ok {
			b = append(b, '0'+d)
			i += indicDigitLength - 1
			continue
		}
		b = append(b, text[i])
	}
	return string(b)
}

// indicDigitAt returns the value of the digit of a script of India that
// text holds at i, if any.
func indicDigitAt(text string, i int) (byte, bool) {
	if i+2 >= len(text) || text[i] != indicLead {
		return 0, false
	}
	block, last := text[i+1], text[i+2]
	if block < indicFirstBlock || block > indicLastBlock || (block-indicFirstBlock)%2 != 0 || last < indicZeroByte || last > indicNineByte {
		return 0, false
	}
	return last - indicZeroByte, true
}

// hasIndicDigit reports whether text holds such a digit: a cheap byte
// test.
func hasIndicDigit(text string) bool {
	return anyAtByte(text, indicLead, func(i int) bool {
		_, ok := indicDigitAt(text, i)
		return ok
	})
}
