package rules

import "testing"

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
