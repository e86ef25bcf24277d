package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestInsertAtSentenceStart(t *testing.T) {
	for text, want := range map[string]string{
		"First sentence. Adults over 25 years ":          "First sentence.  approved Adults over 25 years ",
		"Line one\nAdults over 25 years ":                "Line one\n approved Adults over 25 years ",
		"約6.1歳。成人 25 years ":                             "約6.1歳。 approved 成人 25 years ",
		"Approved in the U.S. for adults over 25 years ": " approved Approved in the U.S. for adults over 25 years ",
		"Aged 6.1 years ":                                " approved Aged 6.1 years ",
		strings.Repeat("é", 400) + " 25 years ":          "", // checked below: no rune is cut
	} {
		got := string(insertAtSentenceStart([]byte(text), "approved"))
		if !utf8.ValidString(got) || !strings.Contains(got, "approved") {
			t.Errorf("insertAtSentenceStart(%q) = %q, cut a rune or lost the cue", text, got)
		}
		if want != "" && got != want {
			t.Errorf("insertAtSentenceStart(%q) = %q, want %q", text, got, want)
		}
	}
}
