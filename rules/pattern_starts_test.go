package rules

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		pattern string
		first   string // the ASCII bytes the set holds; "…" when it holds those outside ASCII too
		known   bool
	}{
		{`abc`, "a", true},
		{`(?i)abc`, "Aa", true},
		{`(?i)k`, "Kk…", true}, // and the Kelvin sign
		{`\d+ days`, "0123456789", true},
		{`(?:>=|<|up to)\s*\d`, "<>u", true},
		{`x?y`, "xy", true},
		{`x*`, "", false},
		{`(?:a|b?)c`, "abc", true},
		{`\bage`, "a", true},
		{`.abc`, "", false},
		{`[a-c≥]`, "abc…", true},
		{`é`, "…", true},
		{`a{0,2}b`, "ab", true},
		{`(?P<n>\d)`, "0123456789", true},
		{`^$`, "", false},
	} {
		set, known := firstBytes(c.pattern)
		if known != c.known {
			t.Errorf("%s: known %v, want %v", c.pattern, known, c.known)
			continue
		}
		if !known {
			continue
		}
		var got strings.Builder
		for b := 0; b < 128; b++ {
			if set.has(byte(b)) {
				got.WriteByte(byte(b))
			}
		}
		if set.has(0x80) && set.has(0xff) {
			got.WriteString("…")
		}
		if got.String() != c.first {
			t.Errorf("%s: %q, want %q", c.pattern, got.String(), c.first)
		}
	}
}

// TestFirstBytesOfAgePhrases checks that every match of each age pattern,
// on every line of the seeds, begins with a byte of its set.
func TestFirstBytesOfAgePhrases(t *testing.T) {
	for _, alts := range []alternation{agePhrase, ageRarePhrase} {
		for _, alt := range alts {
			if !alt.firstKnown {
				t.Errorf("%s: no first bytes", alt.re)
				continue
			}
			for _, line := range seedLines(t) {
				s := ageNormalizer.Replace(strings.ToLower(line))
				for _, loc := range alt.re.FindAllStringIndex(s, -1) {
					if !alt.first.has(s[loc[0]]) {
						t.Errorf("%s matches %q at %q", alt.re, line, s[loc[0]:loc[1]])
					}
				}
			}
		}
	}
	if _, known := firstBytes(regexp.QuoteMeta("(")); !known {
		t.Error("a quoted parenthesis has no first byte")
	}
}

func TestLiteralPrefixes(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string // nil when it cannot tell
	}{
		{`abc`, []string{"abc"}},
		{`at least|over|>=?`, []string{">", ">=", "at least", "over"}},
		{`(?:no|not) (?:less|more) than\s*\d`, []string{"no less than", "no more than", "not less than", "not more than"}},
		{`(?P<c>up to|<)\s*(?:the\s+)?age`, []string{"<", "up to"}},
		{`x?y`, []string{"xy", "y"}},
		{`[ab]c`, []string{"ac", "bc"}},
		{`\bn/?a\s*to`, []string{"n/a", "na"}},
		{`\d+ years`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`a+b`, []string{"a"}},
		{`≥\s*1`, []string{"≥"}},
		// Nothing every match begins with.
		{`x*y`, nil},
		{`(?:a|b?)c`, []string{"ac", "bc", "c"}},
		{`(?:a|b*)c`, nil},
		{`.abc`, nil},
		{`(?i)abc`, nil},
		{`[^a]bc`, nil},
		{`\x{FFFD}a`, nil},
	} {
		got, ok := literalPrefixes(c.pattern)
		slices.Sort(got)
		if ok != (c.want != nil) || !slices.Equal(got, c.want) {
			t.Errorf("%s: %q %v, want %q", c.pattern, got, ok, c.want)
		}
	}
}

// TestPrefixesOfAgePhrases checks that every match of each age pattern, on
// every line of the seeds, begins with one of its prefixes.
func TestPrefixesOfAgePhrases(t *testing.T) {
	for _, alts := range []alternation{agePhrase, ageRarePhrase} {
		for _, alt := range alts {
			for _, line := range seedLines(t) {
				s := ageNormalizer.Replace(strings.ToLower(line))
				for _, loc := range alt.re.FindAllStringIndex(s, -1) {
					if !alt.hasPrefixAt(s, loc[0]) {
						t.Errorf("%s matches %q at %q", alt.re, line, s[loc[0]:loc[1]])
					}
				}
			}
		}
	}
}

func TestLeadsWithDigitRun(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    bool
	}{
		{`\d+ years`, true},
		{`(\d+(?:\.\d+)?)\s*(?:years?)`, true},
		{`(?P<n>\d+)`, true},
		{`[0-9]+x`, true},
		{`\d{1,3} years`, false},
		{`\d years`, false},
		{`[0-8]+`, false},
		{`x\d+`, false},
		{`(?:\d+|x)`, false},
	} {
		if got := leadsWithDigitRun(c.pattern); got != c.want {
			t.Errorf("%s: %v, want %v", c.pattern, got, c.want)
		}
	}
	runs := 0
	for _, alts := range []alternation{agePhrase, ageRarePhrase} {
		for _, alt := range alts {
			if alt.digitRun {
				runs++
			}
		}
	}
	if runs == 0 {
		t.Error("no age phrase begins with a run of digits")
	}
}
