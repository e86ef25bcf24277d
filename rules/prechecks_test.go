package rules

import (
	"strings"
	"testing"
)

// TestMayMentionSupportiveUse checks the quick test against lower-casing
// the text, as markSupportive did before it.
func TestMayMentionSupportiveUse(t *testing.T) {
	for _, text := range []string{
		"", "Fludarabine given for lymphodepletion", "LYMPHODEPLETING chemotherapy", "Conditioning regimen",
		"reduced-intensity CONDITIONING", "no such thing", "lymphodeple", "condİtioning", "\u212a conditionin",
		"conditioning\u00e9", "ſ lymphodepletion",
	} {
		lower := strings.ToLower(text)
		slow := strings.Contains(lower, "lymphodeplet") || strings.Contains(lower, "conditioning")
		if slow && !mayMentionSupportiveUse(text) {
			t.Errorf("%q: the quick test misses it", text)
		}
		if !foldsIntoASCII(text) && mayMentionSupportiveUse(text) != slow {
			t.Errorf("%q: %v, want %v", text, mayMentionSupportiveUse(text), slow)
		}
	}
}

// TestMayNotBeAgeItem checks the quick test against notAgeItem.
func TestMayNotBeAgeItem(t *testing.T) {
	items := append([]string{
		"", "Age 1 to 21 years", "Lansky ≥ 50 for patients aged < 16 years", "KARNOFSKY 60", "ECOG 0-2 and age ≥ 18",
		"For patients aged 12 or older", "If aged under 18", "IF x", "Performance status", "formerly aged", "ifosfamide at age 3",
		"\u212aarnofsky for age 16", "ſ", "\u0130f aged",
	}, seedLines(t)...)
	for _, it := range items {
		if notAgeItem.MatchString(it) && !mayNotBeAgeItem(it) {
			t.Errorf("%q: the quick test misses it", it)
		}
	}
}

// FuzzPrechecks: on any text, a quick test never says no where the full
// test says yes.
func FuzzPrechecks(f *testing.F) {
	f.Add("Lansky ≥ 50 for patients aged < 16 years; lymphodepleting conditioning")
	f.Add("\u212aarnofsky \u0130f condİtioning")
	f.Fuzz(func(t *testing.T, text string) {
		if notAgeItem.MatchString(text) && !mayNotBeAgeItem(text) {
			t.Errorf("%q: mayNotBeAgeItem misses it", text)
		}
		lower := strings.ToLower(text)
		if (strings.Contains(lower, "lymphodeplet") || strings.Contains(lower, "conditioning")) && !mayMentionSupportiveUse(text) {
			t.Errorf("%q: mayMentionSupportiveUse misses it", text)
		}
	})
}

var spaceTexts = []string{
	"", " ", "a", "  a  b\t\tc\n", "x\u00a0y\u2003z", "\u0085a", "a\xffb  c", "1.\n2)  \n3", "1.x\n", "  12.\t\nA", "a)\n", "5 .\n",
}

func checkSpacesAndMarkers(t *testing.T, s string) {
	t.Helper()
	if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
	}
	if danglingMarker.MatchString(s) && !mayHaveDanglingMarker(s) {
		t.Errorf("%q: mayHaveDanglingMarker misses it", s)
	}
}

// TestSpacesAndMarkers checks collapseSpaces against strings.Fields and
// the quick test before danglingMarker against it.
func TestSpacesAndMarkers(t *testing.T) {
	lines := seedLines(t)
	for _, s := range append(append(append([]string(nil), spaceTexts...), lines...), strings.Join(lines, "\n")) {
		checkSpacesAndMarkers(t, s)
	}
}

func FuzzSpacesAndMarkers(f *testing.F) {
	for _, s := range spaceTexts {
		f.Add(s)
	}
	f.Fuzz(checkSpacesAndMarkers)
}
