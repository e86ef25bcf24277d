package rules

import "testing"

// TestFoldDevanagariDigits writes Devanagari digits as ASCII digits and
// leaves every other letter and sign of Devanagari as it is.
func TestFoldDevanagariDigits(t *testing.T) {
	for in, want := range map[string]string{
		"१८ वर्ष से अधिक":    "18 वर्ष से अधिक",
		"चरण ३ का परीक्षण":   "चरण 3 का परीक्षण",
		"१ से १८ वर्ष\n२०२३": "1 से 18 वर्ष\n2023",
		"०९":             "09",
		"कमी। ॥ ॰":       "कमी। ॥ ॰",
		"18 वर्ष":        "18 वर्ष",
		"plain 18 years": "plain 18 years",
		"":               "",
		"\xe0\xa5":       "\xe0\xa5",
		"क\xe0\xa5":      "क\xe0\xa5",
	} {
		if got := FoldDevanagariDigits(in); got != want {
			t.Errorf("FoldDevanagariDigits(%q) = %q, want %q", in, got, want)
		}
	}
}
