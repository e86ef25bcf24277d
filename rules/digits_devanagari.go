package rules

// Devanagari digits ०–९ (U+0966–U+096F), which Hindi pages may write an age
// or a phase with ("१८ वर्ष", "चरण ३").
const (
	devanagariZero = '०'
	devanagariNine = '९'
)

// FoldDevanagariDigits writes the Devanagari digits of a text as ASCII
// digits, so that "१८ वर्ष" reads as "18 वर्ष", as every reader of numbers
// reads them. Text without them is returned as it is, and every other
// byte is kept. Each digit takes one byte instead of three; lines stay as
// they are.
func FoldDevanagariDigits(text string) string {
	if !hasDevanagariDigit(text) {
		return text
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		if r, ok := devanagariDigitAt(text, i); ok {
			b = append(b, byte('0'+r-devanagariZero))
			i += 2
			continue
		}
		b = append(b, text[i])
	}
	return string(b)
}

// devanagariDigitAt returns the Devanagari digit text holds at i, if any.
func devanagariDigitAt(text string, i int) (rune, bool) {
	if i+2 >= len(text) || text[i] != 0xE0 || text[i+1] != 0xA5 || text[i+2] < 0xA6 || text[i+2] > 0xAF {
		return 0, false
	}
	return devanagariZero + rune(text[i+2]-0xA6), true
}

// hasDevanagariDigit reports whether text holds a Devanagari digit (UTF-8
// E0 A5 A6–AF): a cheap byte test.
func hasDevanagariDigit(text string) bool {
	return anyAtByte(text, 0xE0, func(i int) bool {
		_, ok := devanagariDigitAt(text, i)
		return ok
	})
}
