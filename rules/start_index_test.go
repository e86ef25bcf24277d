package rules

import (
	"slices"
	"strings"
	"testing"
)

// containsEach is what startIndex.find must answer: strings.Contains for
// each text.
func containsEach(texts []string, text string) []bool {
	out := make([]bool, len(texts))
	for i, s := range texts {
		out[i] = strings.Contains(text, s)
	}
	return out
}

func checkStartIndex(t *testing.T, texts []string, text string) {
	t.Helper()
	got := newStartIndex(texts).find(text)
	for id, want := range containsEach(texts, text) {
		if got.has(id) != want {
			t.Errorf("texts %q in %q: %q found %v, want %v", texts, text, texts[id], got.has(id), want)
		}
	}
}

func TestStartIndex(t *testing.T) {
	for _, c := range []struct {
		texts []string
		text  string
	}{
		// Starts inside one another and overlapping ends.
		{[]string{"he", "she", "his", "hers"}, "ushers"},
		{[]string{"a", "aa", "aaa"}, "aa"},
		{[]string{"prior", "previous", "previously", "pre"}, "previously treated"},
		{[]string{"cns", "cn", "s"}, "no cns disease"},
		{[]string{"ab", "bc", "abcd", "c"}, "xabcx"},
		// Texts that hold none, or are empty.
		{[]string{"infection", "sepsis"}, ""},
		{[]string{"infection", "sepsis"}, "no such thing"},
		{[]string{"", "x"}, "abc"},
		{nil, "abc"},
		// Digits and signs.
		{strings.Split("0123456789", ""), "within 12 days"},
		{[]string{">", "within"}, "> 4 weeks"},
		// Text outside ASCII: accents, signs, a dash.
		{[]string{"ménage", "age", "≥"}, "âge ≥ 12 ans — ménage"},
		{[]string{"prednis"}, "préednisone prednisone"},
		// Lower-casing the dotted capital I and the Kelvin sign gives ASCII
		// letters; the long s stays as it is.
		{[]string{"infection", "karnofsky", "steroid"}, strings.ToLower("\u0130NFECTION \u212aarnofsky \u017fteroid")},
		// Bytes that are not UTF-8.
		{[]string{"hiv", "\xff"}, "x\xffhiv\x80"},
	} {
		checkStartIndex(t, c.texts, c.text)
	}
}

// TestThemeStartsOnSeeds checks the index of the themes' starts on every
// line of the seeds.
func TestThemeStartsOnSeeds(t *testing.T) {
	for _, line := range seedLines(t) {
		lower := strings.ToLower(line)
		got := compiledThemes().starts.find(lower)
		for id, want := range containsEach(compiledThemes().starts.texts, lower) {
			if got.has(id) != want {
				t.Errorf("%q in %q: %v, want %v", compiledThemes().starts.texts[id], line, got.has(id), want)
			}
		}
	}
}

// FuzzStartIndex: the index finds in any text what strings.Contains finds,
// for the themes' starts and for a list of overlapping ones.
func FuzzStartIndex(f *testing.F) {
	f.Add("Known CNS involvement or HIV infection within 12 days before the first dose")
	f.Add("ushers \u0130 \u212a \u017f")
	overlapping := newStartIndex([]string{"he", "she", "his", "hers", "a", "aa", "aaa"})
	f.Fuzz(func(t *testing.T, text string) {
		for _, ix := range []*startIndex{compiledThemes().starts, overlapping} {
			got := ix.find(text)
			for id, want := range containsEach(ix.texts, text) {
				if got.has(id) != want {
					t.Errorf("%q in %q: %v, want %v", ix.texts[id], text, got.has(id), want)
				}
			}
		}
		checkFindFold(t, text)
	})
}

// checkFindFold checks that findFold finds in a text what find finds in its
// lower-case form, for the themes' starts and for an index with capitals.
func checkFindFold(t *testing.T, text string) {
	t.Helper()
	for _, ix := range []*startIndex{compiledThemes().starts, newStartIndex([]string{"CNS", "cns", "é"})} {
		got, want := ix.findFold(text), ix.find(strings.ToLower(text))
		for id := range ix.texts {
			if got.has(id) != want.has(id) {
				t.Errorf("%q in %q: %v, want %v", ix.texts[id], text, got.has(id), want.has(id))
			}
		}
	}
}

func TestFindFold(t *testing.T) {
	if !compiledThemes().starts.caseless {
		t.Error("the themes' starts are not all ASCII small letters")
	}
	for _, text := range append([]string{
		"", "Known CNS Involvement", "HIV INFECTION", "PrIoR CAR-T", "\u0130NFECTION", "\u212aARNOFSKY", "\u017fTEROID",
		"ÄRZTE ÖSTERREICH", "x\xffHIV\x80", "Stéroïdes", "ΣΙΓΜΑ", "ß STRASSE",
	}, seedLines(t)...) {
		checkFindFold(t, text)
	}
}

func TestStartIndexEndsFold(t *testing.T) {
	ix := newStartIndex([]string{"has shown", "shown"})
	ends, ok := ix.endsFold("It Has Shown benefit; nothing else.")
	if !ok || !slices.Equal(ends, []int{12}) {
		t.Errorf("endsFold = %v, %v; want [12], true", ends, ok)
	}
	if _, ok := ix.endsFold("\u212a has shown"); ok {
		t.Error("endsFold ignored case in place where lower-casing moves bytes")
	}
}
