package rules

import (
	"regexp"
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
	if UnspacedRunes(word) > 0 || strings.ContainsFunc(word, isThai) {
		// Thai sets no spaces between its words either: "ชายและหญิง".
		return utf8.RuneCountInString(word) >= minUnspacedBothSexes
	}
	words := strings.Fields(word)
	if len(words) == 2 && strings.IndexAny(words[1], conjunctionPrefixes) == 0 {
		// Hebrew and Arabic join "and" to the word after it: "גברים
		// ונשים", "رجال ونساء" are three words' phrase in two.
		return true
	}
	return len(words) >= minWordsBothSexes
}

// conjunctionPrefixes are the letters Hebrew and Arabic write "and" with,
// joined to the word after it: vav and waw.
const conjunctionPrefixes = "וو"

// minWordsBothSexes is the fewest words of a sex value found in running
// text: "hommes et femmes" names the sexes, "les deux" (both) does not.
const minWordsBothSexes = 3

// sexAfterAge is the kind of a short value that opens a trial to both sexes
// ("남녀", "男女") in the lookup: read in running text only right after an
// age, as a trial's participants are written in Korean, Japanese, Chinese
// and Thai ("만 20~70세 남녀", "18歳以上の男女").
const sexAfterAge = "sex after age"

// writtenAfterAge reports whether a short value that opens a trial to both
// sexes is read in running text after an age: a word of Korean, Japanese,
// Chinese or Thai, or two words joined by a hyphen, which name the two sexes
// ("নারী-পুরুষ"). Elsewhere such a word ("entrambi", "beide", "todos") means
// both or all of anything ("1,2 mesi in entrambi i gruppi"), and is read
// only as a sex field's value.
func writtenAfterAge(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return isHangul(r) || isUnspacedScript(r) || strings.Count(word, "-") == 1 && !strings.HasPrefix(word, "-") && !strings.HasSuffix(word, "-")
}

// bothSexesKinds are the kinds of language words FindBothSexes looks for.
var bothSexesKinds = []string{vocab.LanguageSex, sexAfterAge}

// ageBeforeSex matches the end of a text, put into English, that holds an
// age and a word or two more before a sex value, in the same sentence:
// "aged 20 to 70 years ", "at least 18 years の", "19 years 이상 성인 ".
var ageBeforeSex = regexp.MustCompile(`\d\s*(?:years?|months?)\b[^\d\n.;:!?。；：]{0,24}$`)

// maxAgeBeforeSex is how far before a short sex value, in bytes, the age
// it follows may begin.
const maxAgeBeforeSex = 48

// FindBothSexes finds, in text of the languages l, a phrase that opens the
// trial to both sexes ("hommes et femmes", "年齢・性別 0 ~ 19歳 男女両方",
// "만 20~70세 남녀") and returns it.
func (l Languages) FindBothSexes(text string) (string, bool) {
	if l.Empty() {
		return "", false
	}
	folded := FoldWidth(text)
	found := ""
	languages().scan(folded, l, bothSexesKinds, func(at, end int, w *languageWord) bool {
		if w.kind == sexAfterAge && !l.followsAge(folded, at) {
			return true
		}
		found = folded[at:end]
		return false
	})
	return found, found != ""
}

// followsAge reports whether the text before at ends with an age and a
// word or two more, on the same line and in the same sentence.
func (l Languages) followsAge(text string, at int) bool {
	before := suffix(text[:at], maxAgeBeforeSex)
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return ageBeforeSex.MatchString(l.EnglishAgeWords(before))
}
