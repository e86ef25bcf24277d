package export

import (
	_ "embed"
	"unicode/utf8"
)

// rtlFont is DejaVu Sans (Bitstream Vera license, see fonts/NOTICE): the Go
// font has no Hebrew, and this one has it; Arabic's script prints in Noto
// Sans Arabic (arabicFont).
//
//go:embed fonts/DejaVuSans.ttf
var rtlFont []byte

// isRightToLeft reports whether a rune is of Hebrew or Arabic, their marks
// and presentation forms.
func isRightToLeft(r rune) bool {
	return 0x0590 <= r && r <= 0x08FF || 0xFB1D <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF
}

// isArabicScript reports whether a rune is of the Arabic script: its
// letters, marks and digits, and their presentation forms.
func isArabicScript(r rune) bool {
	return 0x0600 <= r && r <= 0x08FF || 0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF
}

// hasRightToLeft reports whether a text holds a rune of Hebrew or Arabic.
func hasRightToLeft(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 0xD6 && c <= 0xDF || c == 0xE0 || c == 0xEF {
			if r, _ := utf8.DecodeRuneInString(text[i:]); isRightToLeft(r) {
				return true
			}
		}
	}
	return false
}

// printForm returns a line as the sheet prints it: its Arabic letters
// joined (shapeArabic), and its characters in the order the eye meets them
// from the left (visualOrder). A line with no Hebrew or Arabic is returned
// as it is.
func printForm(line string) string {
	if !hasRightToLeft(line) {
		return line
	}
	return visualOrder(shapeArabic(line))
}
