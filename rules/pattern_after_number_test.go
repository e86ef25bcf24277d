package rules

import (
	"reflect"
	"strings"
	"testing"
)

// withoutAfterNumber returns alts without the test of what follows their
// number.
func withoutAfterNumber(alts alternation) alternation {
	out := make(alternation, len(alts))
	for i, a := range alts {
		a.afterNumber = nil
		out[i] = a
	}
	return out
}

func TestBytesAfterNumber(t *testing.T) {
	for _, c := range []struct {
		pattern string
		known   bool
		follow  string
		not     string
	}{
		{named("plain", numberRE) + `\s*` + unitRE, true, " y\tmwd", "x%.,0-"},
		{named("n", numberRE) + `\s*(?:-|to)\s*n/?a\b`, true, " -t", "yn0"},
		{`(\d+)\s*y`, false, "", ""},
		{named("n", numberRE) + `\d`, false, "", ""},
		{named("n", numberRE) + `(?:y)?`, false, "", ""},
		{`age\s*` + numberRE, false, "", ""},
	} {
		set, known := bytesAfterNumber(c.pattern)
		if known != c.known {
			t.Errorf("%s: known = %v, want %v", c.pattern, known, c.known)
			continue
		}
		for i := range len(c.follow) {
			if !set.has(c.follow[i]) {
				t.Errorf("%s: %q should follow", c.pattern, c.follow[i])
			}
		}
		for i := range len(c.not) {
			if set.has(c.not[i]) {
				t.Errorf("%s: %q should not follow", c.pattern, c.not[i])
			}
		}
	}
}

func TestMayFollowNumber(t *testing.T) {
	after := byteSet{}
	after.add('y')
	after.add(' ')
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"18 years", true}, {"18y", true}, {"18.5 y", true}, {"18.5y", true}, {"18%", false}, {"18", false},
		{"18.", false}, {"18.5", false}, {"18.x", false}, {"18.5%", false}, {"1.2.3 y", false},
	} {
		if got := mayFollowNumber(c.s, 0, &after); got != c.want {
			t.Errorf("mayFollowNumber(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// checkAgeAlternations compares the age alternations' matches with and
// without the test of what follows a number, on a normalised text.
func checkAgeAlternations(t *testing.T, text string) {
	t.Helper()
	s := ageNormalizer.Replace(strings.ToLower(text))
	for _, alts := range []alternation{agePhrase, ageRarePhrase} {
		if got, want := alts.findAll(s, -1), withoutAfterNumber(alts).findAll(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// TestAgeAlternationsAfterNumber checks the alternations on samples and
// every seed line.
func TestAgeAlternationsAfterNumber(t *testing.T) {
	filtered := 0
	for _, a := range agePhrase {
		if a.afterNumber != nil {
			filtered++
		}
	}
	if filtered < 3 {
		t.Errorf("%d age patterns test what follows their number, want 3", filtered)
	}
	for _, text := range append([]string{
		"Age 1 to 21 years", "12-29 years", "18.5 years or older", "platelets ≥ 75,000/µl and age ≥ 12 months", "3 years",
		"1 month through age 29", "18 years to n/a", "aged 1.5-2.5y", "1 2 3 4 years", "10.5.3 years", "18+ years",
	}, seedLines(t)...) {
		checkAgeAlternations(t, text)
	}
}

// FuzzAgeAlternationsAfterNumber checks the alternations on any text.
func FuzzAgeAlternationsAfterNumber(f *testing.F) {
	f.Add("Age 1 to 21 years; 18.5 years or older; ≥ 12 months")
	f.Fuzz(checkAgeAlternations)
}
