package rules

import (
	"regexp"
	"testing"
)

func TestMaxMatchRunes(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    int
	}{
		{`cardiac`, 7},
		{`(?i)^(?:cardiac)`, 7},
		{`\bCNS\b`, 3},
		{`organ transplant(?:ation|ed|s)?`, 21},
		{`(?:prior|history of)\b[^.;]{0,60}?CAR`, 73},
		{`a{2,3}(?:bc|d)?`, 5},
		{`\d+\s*days`, unboundedMatch},
		{`a*`, unboundedMatch},
		{`x{2,}`, unboundedMatch},
		{`.`, 1},
		{`ſ`, 1},
		{`(`, unboundedMatch},
	} {
		if got := maxMatchRunes(c.pattern); got != c.want {
			t.Errorf("maxMatchRunes(%q) = %d, want %d", c.pattern, got, c.want)
		}
	}
}

func TestMatchWindow(t *testing.T) {
	for _, c := range []struct {
		text         string
		at, maxRunes int
		want         string
	}{
		{"prior CAR-T cells", 0, 5, "prior "},
		{"prior CAR-T cells", 6, 3, "CAR-"},
		{"prior", 0, 5, "prior"},
		{"prior", 0, unboundedMatch, "prior"},
		{"éé é", 0, 1, "éé"},
		{"a\xffb c", 0, 2, "a\xffb"},
		{"abc", 3, 2, ""},
	} {
		if got := matchWindow(c.text, c.at, c.maxRunes); got != c.want {
			t.Errorf("matchWindow(%q, %d, %d) = %q, want %q", c.text, c.at, c.maxRunes, got, c.want)
		}
	}
}

// windowPatterns are bounded anchored rules of the kinds the themes have,
// with word boundaries and the ends of a text at their ends.
var windowPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^(?:(?:prior|history of)\b[^.;]{0,20}?(?:\bCAR[- ]?T|\bCART\b|cell(?:ular)? therapy))`),
	regexp.MustCompile(`(?i)^(?:organ transplant(?:ation|ed|s)?\b)`),
	regexp.MustCompile(`(?i)^(?:ab?c$)`),
	regexp.MustCompile(`(?i)^(?:k\B.)`),
}

// FuzzMatchWindow checks that a bounded anchored rule decides on its
// window as on the whole rest of a text, at every place of it.
func FuzzMatchWindow(f *testing.F) {
	for _, s := range []string{"prior CAR-T", "Prior to CART", "history of  cellular therapy.", "organ transplanted", "organ transplants2", "abc", "ac", "abcd", "kx", "\u212ax", "ké", "prior é CAR-T\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, re := range windowPatterns {
			n := maxMatchRunes(re.String())
			for at := 0; at <= len(text); at++ {
				if got, want := re.MatchString(matchWindow(text, at, n)), re.MatchString(text[at:]); got != want {
					t.Fatalf("%s at %d of %q: %v on the window, %v on the rest", re, at, text, got, want)
				}
			}
		}
	})
}
