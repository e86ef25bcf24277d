package rules

import "testing"

// TestFoldIndicDigits writes the digits of the scripts of India as ASCII
// digits and leaves every other letter and sign as it is.
func TestFoldIndicDigits(t *testing.T) {
	for in, want := range map[string]string{
		"१८ वर्ष से अधिक":    "18 वर्ष से अधिक",
		"चरण ३ का परीक्षण":   "चरण 3 का परीक्षण",
		"१ से १८ वर्ष\n२०२३": "1 से 18 वर्ष\n2023",
		"०९":               "09",
		"कमी। ॥ ॰":         "कमी। ॥ ॰",
		"૭ થી ૧૧ વર્ષના":   "7 થી 11 વર્ષના",
		"౧౨ నుంచి ౧౮ ఏళ్ల": "12 నుంచి 18 ఏళ్ల",
		"১৮ বছর":           "18 বছর",
		"௧௮ வயது":          "18 வயது",
		"ഒ൧":               "ഒ1",
		"18 वर्ष":          "18 वर्ष",
		"plain 18 years":   "plain 18 years",
		"":                 "",
		"\xe0\xa5":         "\xe0\xa5",
		"क\xe0\xa5":        "क\xe0\xa5",
		"\u0AF0":           "\u0AF0",
		"\u0A70":           "\u0A70",
	} {
		if got := FoldIndicDigits(in); got != want {
			t.Errorf("FoldIndicDigits(%q) = %q, want %q", in, got, want)
		}
	}
}
