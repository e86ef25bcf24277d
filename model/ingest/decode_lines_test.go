package ingest

import (
	"strings"
	"testing"
)

// lineEndings is what normalizeLines does, as a replacer: slower, but
// plain to read.
var lineEndings = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u2028", "\n", "\u2029", "\n")

// TestNormalizeLines checks the line endings and spaces normalizeLines
// changes, against the replacer it stands in for.
func TestNormalizeLines(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", ""},
		{"a\nb", "a\nb"},
		{"a\r\nb\r\n", "a\nb\n"},
		{"a\rb\r", "a\nb\n"},
		{"\r\r\n\n\r", "\n\n\n\n"},
		{"a\r\n\r\nb", "a\n\nb"},
		{"a\u00a0b\r\nc", "a b\nc"},
		{"a\u2028b\u2029c\rd", "a\nb\nc\nd"},
		{"\u00e9t\u00e9\r\n\u2265 1", "\u00e9t\u00e9\n\u2265 1"},
		{"\u2013 \u201cx\u201d \u00e9", "\u2013 \u201cx\u201d \u00e9"},
		{"\xc2\xe2\x80\r", "\xc2\xe2\x80\n"},
		{"\xe2\x80\xa8\xc2\xa0\xc2", "\n \xc2"},
	}
	for _, tt := range tests {
		if got := normalizeLines(tt.text); got != tt.want {
			t.Errorf("normalizeLines(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if got := lineEndings.Replace(tt.text); got != tt.want {
			t.Errorf("lineEndings.Replace(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzNormalizeLines: normalizeLines changes any text as lineEndings does.
func FuzzNormalizeLines(f *testing.F) {
	f.Add("a\r\nb\rc\n\u00a0\u2028\u2029")
	f.Add("\r\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := normalizeLines(text), lineEndings.Replace(text); got != want {
			t.Fatalf("normalizeLines(%q) = %q, want %q", text, got, want)
		}
	})
}
