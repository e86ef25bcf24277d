package views

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// unspaced reports whether a character is of a script that sets no spaces
// between words: Chinese, Japanese, Korean.
func unspaced(r rune) bool {
	return r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// wrappingFor wraps a text at spaces, or at any character where Chinese,
// Japanese or Korean text sets none: "1. CD19陽性の…" would otherwise leave
// its number alone on the first line. Fyne wraps only at spaces.
func wrappingFor(text string) fyne.TextWrap {
	if strings.IndexFunc(text, unspaced) >= 0 {
		return fyne.TextWrapBreak
	}
	return fyne.TextWrapWord
}

// splitWords splits text into the pieces a line may break between: its
// words, and each character of a script that sets no spaces.
func splitWords(text string) []string {
	words := strings.Fields(text)
	if strings.IndexFunc(text, unspaced) < 0 {
		return words
	}
	var out []string
	for _, w := range words {
		start := 0
		for i, r := range w {
			if !unspaced(r) {
				continue
			}
			if i > start {
				out = append(out, w[start:i])
			}
			out = append(out, string(r))
			start = i + utf8.RuneLen(r)
		}
		if start < len(w) {
			out = append(out, w[start:])
		}
	}
	return out
}
