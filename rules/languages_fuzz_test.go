package rules

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLanguageWords: finding a text's languages, putting its age words
// into English, finding a phase in another language and folding wide forms
// never panic; the English and the folded text keep the text's lines, a
// phase's line is one of the text's, and valid text stays valid; folding
// Greek keeps every byte in its place.
func FuzzLanguageWords(f *testing.F) {
	for _, s := range []string{"Alter: 1 bis 18 Jahre", "≥ 1 an et ≤ 21 ans", "生後28日～21歳", "1歳以上22歳未満の患者",
		"年龄 18-65 岁", "第Ⅱ相\n試験", "III期神经母细胞瘤", "fase I/II", "以上", "\xe3\x81", "ＩＩ期", "L-アスパラギナーゼ",
		"alle 18-vuotiaat", "-vuotiaat", "a 18. életévüket betöltött", "II. fázisú", "cel puţin 18 ani",
		"만 1세이상 21세 이하의 환자", "CD19를 표적으로", "ΚΡΙΤΗΡΙΑ ΕΝΤΑΞΗΣ", "μελέτη Γ΄ φάσης ΙΙ", "\xce",
		"מִתנדבים בריאים בני 55-18", "من عمر ١٨ عام إلى ٦٠ عام", "Voitte osallistua THL:n tutkimukseen, jos:", "passare alla fase 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		langs := LanguagesOf(text)
		for _, l := range []Languages{langs, AllLanguages()} {
			english := l.EnglishAgeWords(text)
			if strings.Count(english, "\n") != strings.Count(text, "\n") {
				t.Fatalf("EnglishAgeWords(%q) = %q: the lines changed", text, english)
			}
			if utf8.ValidString(text) && !utf8.ValidString(english) {
				t.Fatalf("EnglishAgeWords(%q) = %q is not valid text", text, english)
			}
			if _, line, ok := l.FindPhase(text); ok && !strings.Contains(text, line) {
				t.Fatalf("FindPhase(%q) names the line %q, which the text lacks", text, line)
			}
		}
		if folded := FoldWidth(text); strings.Count(folded, "\n") != strings.Count(text, "\n") {
			t.Fatalf("FoldWidth(%q) = %q: the lines changed", text, folded)
		}
		if folded := foldGreek(text); len(folded) != len(text) || utf8.ValidString(text) != utf8.ValidString(folded) {
			t.Fatalf("foldGreek(%q) = %q moved a byte or changed the text's validity", text, folded)
		}
		_, _ = ParseSex(text)
		_ = FindTargets(text)
		_, _, _ = CriteriaHeadingOf(text)
		_, _ = AllLanguages().FindBothSexes(text)
	})
}
