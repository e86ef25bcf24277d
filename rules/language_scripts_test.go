package rules

import (
	"strings"
	"testing"
)

// TestScriptsMarkShortTexts reads texts too short to hold a mark word:
// three letters in a row of a script only one language writes mark that
// language, while a Greek letter or two in English ("TNF-α", "γδ T cells")
// and kanji alone (Chinese or Japanese) mark none.
func TestScriptsMarkShortTexts(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Κλινική δοκιμή φάσης 2", "el"},
		{"ניסוי קליני שלב 2", "he"},
		{"2상 임상시험", "ko"},
		{"ブリナツモマブ", "ja"},
		{"第2相試験のお知らせ", "ja"},
		{"ระยะที่ 2", "th"},
		{"તબક્કો 2", "gu"},
		{"దశ 2 ట్రయల్", "te"},
		{"ফেজ ২", "bn"},
		{"கட்ட 2", "ta"},
		{"Phase 1 study of TNF-α and IFN-γ blockade", ""},
		{"Expansion of γδ T cells and αβ T cells", ""},
		{"β2-microglobulin and Ki-67", ""},
		{"臨床試験", ""},
	} {
		if got := strings.Join(LanguagesOf(c.text).Names(), ","); got != c.want {
			t.Errorf("LanguagesOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
