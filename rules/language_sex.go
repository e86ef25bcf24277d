package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// minUnspacedBothSexes is the fewest characters of a Chinese or Japanese
// sex value found in running text: "男女両方", not "男女" alone, which also
// opens other words ("男女比").
const minUnspacedBothSexes = 3

// namesBothSexes reports whether a sex value of a language file names both
// sexes in words that only a sex field uses, so that it is read in running
// text too: "hommes et femmes", "男女両方"; not "beide", "les deux" or
// "tous".
func namesBothSexes(word, meaning string) bool {
	if !strings.EqualFold(meaning, "ALL") {
		return false
	}
	if UnspacedRunes(word) > 0 {
		return utf8.RuneCountInString(word) >= minUnspacedBothSexes
	}
	return len(strings.Fields(word)) >= minWordsBothSexes
}

// minWordsBothSexes is the fewest words of a sex value found in running
// text: "hommes et femmes" names the sexes, "les deux" (both) does not.
const minWordsBothSexes = 3

// FindBothSexes finds, in text of the languages l, a phrase that opens the
// trial to both sexes ("hommes et femmes", "年齢・性別 0 ~ 19歳 男女両方")
// and returns it.
func (l Languages) FindBothSexes(text string) (string, bool) {
	if l.Empty() {
		return "", false
	}
	folded := FoldWidth(text)
	found := ""
	languages().scan(folded, l, []string{vocab.LanguageSex}, func(at, end int, w *languageWord) bool {
		found = folded[at:end]
		return false
	})
	return found, found != ""
}
