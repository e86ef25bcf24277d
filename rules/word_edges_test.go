package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestKoreanWordEdges reads a Korean word beside a digit, before its
// particles and at the start of a compound, and not inside a longer word.
func TestKoreanWordEdges(t *testing.T) {
	for text, want := range map[string]string{
		"18세의 환자":   "18 years 의  patients ",
		"만18세":      " aged 18 years ",
		"세포 치료":     "세포 치료",
		"조혈모세포":     "조혈모세포",
		"T세포":       "T세포",
		"세 가지":      " years  가지",
		"소아환자":      " children 환자",
		"환자를 위한 치료": " patients 를 위한 치료",
	} {
		if got := AllLanguages().EnglishAgeWords(text); got != want {
			t.Errorf("EnglishAgeWords(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"임상1상을 마쳤다": true,
		"제2상의 결과":   true,
		"12상자":      false,
	} {
		if _, _, ok := AllLanguages().FindPhase(text); ok != want {
			t.Errorf("FindPhase(%q) found %v, want %v", text, ok, want)
		}
	}
}

// TestHebrewPrefixes reads a word in Hebrew after the one-letter words
// Hebrew joins to it, and not at the end of another word, nor a word of
// fewer than three letters after them.
func TestHebrewPrefixes(t *testing.T) {
	for text, want := range map[string]bool{
		"ניסוי שלב 2":          true,
		"בניסוי שלב 2":         true,
		"ובניסוי בשלב 2":       true,
		"הניסוי הקליני בשלב 2": true,
		"בבניסוי בשלב 2":       true,
		"בבבבניסוי בשלב 2":     false,
		"ניסויי שלב 2":         false,
		"אניסוי שלב 2":         false,
		"2ניסוי שלב 2":         false,
		"קליני בשלב 3":         true,
		"סרטן בשלב 3":          false,
	} {
		if _, _, ok := AllLanguages().FindPhase(text); ok != want {
			t.Errorf("FindPhase(%q) found %v, want %v", text, ok, want)
		}
	}
	for text, want := range map[string]string{
		"כילדים":    "כchildren",
		"ולמבוגרים": "וadults",
		"עד גיל 18": "up to age 18",
		"ועד 18":    "to 18",
		"כעד 18":    "כעד 18",
		"ילדות":     "ילדות",
		"בחולים":    "בpatients",
	} {
		if got := AllLanguages().EnglishAgeWords(text); got != want {
			t.Errorf("EnglishAgeWords(%q) = %q, want %q", text, got, want)
		}
	}
	for word, want := range map[string][]string{
		"ובבלינטומומאב": {"בבלינטומומאב", "בלינטומומאב", "לינטומומאב"},
		"הגיל":          {"גיל"},
		"בגל":           nil,
		"blinatumomab":  nil,
	} {
		if got := hebrewUnprefixed(word); !slices.Equal(got, want) {
			t.Errorf("hebrewUnprefixed(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestDevanagariWordEdges reads a word in Devanagari as a whole word with
// its vowel signs and viramas, and with a nukta or without it alike.
func TestDevanagariWordEdges(t *testing.T) {
	for text, want := range map[string]string{
		"18 वर्ष से कम":     " under 18 years ",
		"कमी 18 वर्ष":       "कमी 18 years",
		"से":                "to",
		"सेना 3":            "सेना 3",
		"कैसे 3":            "कैसे 3",
		"वर्षा":             "वर्षा",
		"18 वर्षों":         "18 years",
		"बच्चों":            "children",
		"बच्चोंका":          "बच्चोंका",
		"18 से ज़्यादा":     " over 18 ",
		"18 से ज्यादा":      " over 18 ",
		"18 से \u095B्यादा": " over 18 ",
	} {
		if got := AllLanguages().EnglishAgeWords(text); got != want {
			t.Errorf("EnglishAgeWords(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"फेज 2 ट्रायल":   true,
		"फ़ेज़ 2 ट्रायल": true,
		"फेज़ 2":         true,
		"\u095Eेज 3":     true,
		"फेजों 2":        false,
		"सफेज 2":         false,
	} {
		if _, _, ok := AllLanguages().FindPhase(text); ok != want {
			t.Errorf("FindPhase(%q) found %v, want %v", text, ok, want)
		}
	}
	for text, want := range map[string]string{
		"क्रिजोटिनिब से इलाज": "ALK",
		"क्रिज़ोटिनिब":        "ALK",
		"CD19 और":             "CD19",
	} {
		var got []string
		for _, h := range FindTargets(text) {
			got = append(got, h.Target)
		}
		if strings.Join(got, ",") != want {
			t.Errorf("FindTargets(%q) = %v, want %q", text, got, want)
		}
	}
}

// TestBengaliNukta reads Bengali's ড়, ঢ় and য় written as one character
// and as the letter and its nukta alike, in the words the scanner reads and
// in the labels read as whole lines.
func TestBengaliNukta(t *testing.T) {
	composed, decomposed := "\u09DF", "\u09AF\u09BC"
	for _, y := range []string{composed, decomposed} {
		phase := "তৃতী" + y + " ধাপের ট্রা" + y + "াল"
		if phases, _, ok := AllLanguages().FindPhase(phase); !ok || len(phases) != 1 || phases[0] != model.Phase3 {
			t.Errorf("FindPhase(%q) = %v, %v", phase, phases, ok)
		}
		age := "18 বছরের বেশি ব" + y + "সী"
		if got := AllLanguages().EnglishAgeWords(age); !strings.Contains(got, "over") || !strings.Contains(got, "years") {
			t.Errorf("EnglishAgeWords(%q) = %q", age, got)
		}
		label := "ব" + y + "স"
		if field, ok := FieldOfLabel(label); !ok || field != LabelAges {
			t.Errorf("FieldOfLabel(%q) = %q, %v", label, field, ok)
		}
	}
}
