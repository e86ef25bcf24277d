package rules

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// ageKinds are the kinds of language words an age phrase is read with.
var ageKinds = []string{vocab.LanguageAge, vocab.LanguageAgeAfter, vocab.LanguageAgeCue}

// EnglishAgeWords puts the age words of the languages l into English, so
// that the age phrases read them: "bis 21 Jahren" reads as "up to 21
// years", "de 1 à 18 ans" as "de 1 to 18 years", "1歳以上22歳未満" as "at
// least 1 years under 22 years". Other words are kept, and a text with no
// such word is returned as it is. The result keeps the text's lines, one
// for one, so that a line read from it names a line of the text.
func (l Languages) EnglishAgeWords(text string) string {
	return rangesInReadingOrder(l.englishWords(text, ageKinds))
}

// dashRange is a range of two numbers with a dash between them.
var dashRange = regexp.MustCompile(`\b(\d{1,3})(\s?[-–]\s?)(\d{1,3})\b`)

// rangesInReadingOrder writes each range of a line in Hebrew or the Arabic
// script whose numbers fall ("בני 55-18") with its lower number first: a
// text read from the right names the range's start first, at its right
// end. A range that rises is as it is; the text keeps its length.
func rangesInReadingOrder(text string) string {
	if !hasHebrewOrArabic(text) || !dashRange.MatchString(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if hasHebrewOrArabic(line) {
			lines[i] = withRisingRanges(line)
		}
	}
	return strings.Join(lines, "\n")
}

// withRisingRanges writes each falling range of a line ("55-18") with its
// numbers the other way round ("18-55").
func withRisingRanges(line string) string {
	var b strings.Builder
	last := 0
	for _, m := range dashRange.FindAllStringSubmatchIndex(line, -1) {
		lo, dash, hi := line[m[2]:m[3]], line[m[4]:m[5]], line[m[6]:m[7]]
		from, _ := strconv.Atoi(lo)
		to, _ := strconv.Atoi(hi)
		if from <= to {
			continue
		}
		b.WriteString(line[last:m[0]])
		b.WriteString(hi + dash + lo)
		last = m[1]
	}
	if last == 0 {
		return line
	}
	b.WriteString(line[last:])
	return b.String()
}

// hasHebrewOrArabic reports whether a text holds a letter of Hebrew or of
// the Arabic script, scripts written from the right.
func hasHebrewOrArabic(s string) bool {
	// Hebrew's letters open with the byte 0xD7, the Arabic script's with
	// 0xD8–0xDB: most texts hold neither and are not decoded.
	if strings.IndexByte(s, 0xD7) < 0 && !hasArabic(s) {
		return false
	}
	return strings.ContainsFunc(s, func(r rune) bool { return isHebrewLetter(r) || isArabicLetter(r) })
}

// englishWords puts the words of the kinds, in the languages l, into
// English, as EnglishAgeWords does.
func (l Languages) englishWords(text string, kinds []string) string {
	if l.Empty() {
		return text
	}
	folded := FoldWidth(text)
	var out []byte
	last := 0
	languages().scan(folded, l, kinds, func(at, end int, w *languageWord) bool {
		out = append(out, folded[last:at]...)
		if w.kind == vocab.LanguageAge && at-1 > last && gluedToNumber(folded, at) {
			// "18-vuotiaat" reads as "18 years", as the age phrases
			// read an age apart from its unit.
			out[len(out)-1] = ' '
		}
		if w.kind == vocab.LanguageAgeAfter {
			out = insertBeforeAge(out, w.meaning)
		} else if w.kind == vocab.LanguageAgeCue && w.meaning == approvalCue && l.NamesATrial(string(out[sentenceStartIn(out):])) {
			// "…2 से 18 साल के बच्चों पर ट्रायल की मंज़ूरी": what was
			// approved is a trial, for which the age is the trial's.
			out = append(out, ' ')
		} else if w.kind == vocab.LanguageAgeCue {
			// "…25세 이상 성인에게 승인되었다": the approval a verb-final
			// language writes after the age stands before it in English.
			out = append(insertAtSentenceStart(out, w.meaning), ' ')
		} else if w.latinStart && w.latinEnd && !joinsNeighbours(w.first) && !joinsNeighbours(w.last) {
			if len(out) > 0 && isASCIIDigit(rune(out[len(out)-1])) {
				// A unit glued to its number: "18лет" → "18 years".
				out = append(out, ' ')
			}
			out = append(out, w.meaning...)
		} else {
			// A word of a script without spaces, or one in Hangul or the
			// Arabic script, which a digit, a particle or a prefix may
			// touch, takes spaces around its English: "18歳" → "18 years ",
			// "18세의" → "18 years 의", "و18" → " and 18".
			out = append(append(append(out, ' '), w.meaning...), ' ')
		}
		last = end
		return true
	})
	if out == nil {
		return text
	}
	return string(append(out, folded[last:]...))
}

// approvalCue is the meaning of an age cue that says a product was
// approved.
const approvalCue = "approved"

// gluedToNumber reports whether the word at s[at] is glued by a hyphen to
// the number before it, as Finnish writes an age ("1–17-vuotiaat").
func gluedToNumber(s string, at int) bool {
	return at >= 2 && s[at-1] == '-' && '0' <= s[at-2] && s[at-2] <= '9'
}

// insertBeforeAge puts an English comparator before the age that out ends
// with, a number and its unit ("… 18 years "), or at the end of out when
// it ends with none. Only the few bytes an age takes are looked at, so
// that a text of endless digits costs no more than another.
func insertBeforeAge(out []byte, comparator string) []byte {
	i := len(out)
	i = skipBack(out, i, maxAgeSpaces, func(c byte) bool { return c == ' ' })
	i = skipBack(out, i, maxUnitBytes, func(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' })
	i = skipBack(out, i, maxAgeSpaces, func(c byte) bool { return c == ' ' })
	digits := i
	i = skipBack(out, i, maxNumberBytes, func(c byte) bool { return '0' <= c && c <= '9' || c == '.' })
	if i == digits || i > 0 && '0' <= out[i-1] && out[i-1] <= '9' {
		return append(append(append(out, ' '), comparator...), ' ')
	}
	tail := string(out[i:])
	out = append(append(append(out[:i], ' '), comparator...), ' ')
	return append(out, tail...)
}

// insertAtSentenceStart puts an English cue at the start of the sentence
// that out ends in, as sentenceStartAt finds it, or after the last line
// break or "。", within maxSentenceBytes.
func insertAtSentenceStart(out []byte, cue string) []byte {
	start := sentenceStartIn(out)
	tail := string(out[start:])
	out = append(append(append(out[:start], ' '), cue...), ' ')
	return append(out, tail...)
}

// sentenceStartIn returns where the last sentence of out begins, looking
// back at most maxSentenceBytes.
func sentenceStartIn(out []byte) int {
	from := max(0, len(out)-maxSentenceBytes)
	for from < len(out) && !utf8.RuneStart(out[from]) {
		from++
	}
	window := string(out[from:])
	start := max(sentenceStartAt(window, len(window)), strings.LastIndexByte(window, '\n')+1)
	if i := strings.LastIndex(window, "。"); i >= 0 {
		start = max(start, i+len("。"))
	}
	return from + start
}

// maxSentenceBytes is how far back insertAtSentenceStart looks for the
// start of a sentence.
const maxSentenceBytes = 600

// The most bytes of each part of an age insertBeforeAge looks back over.
const (
	maxAgeSpaces   = 3
	maxUnitBytes   = 12
	maxNumberBytes = 6
)

// skipBack returns where, going back from i over at most n bytes of out
// that pass keep, the run of them begins.
func skipBack(out []byte, i, n int, keep func(byte) bool) int {
	for stop := max(0, i-n); i > stop && keep(out[i-1]); {
		i--
	}
	return i
}

// AgeFromCriteriaInLanguages reads the patient's age from inclusion items
// as AgeFromCriteria does and, when they state none in English, with the
// age words of the languages they are written in: "签署知情同意书时年龄≥18
// 岁" states 18 years or more. item is the item as it is written.
func AgeFromCriteriaInLanguages(items []string) (r model.AgeRange, item string, ok bool) {
	if r, item, ok = AgeFromCriteria(items); ok {
		return r, item, ok
	}
	joined := strings.Join(items, "\n")
	langs := LanguagesOf(joined)
	if langs.Empty() {
		if len(joined) > maxUnmarkedList || !hasNonLatinLetter(joined) {
			return model.AgeRange{}, "", false
		}
		// A short list may hold no word that marks its language
		// ("18 yaşından büyük olmak"): its words are read in every
		// language, as a short field's value is.
		langs = AllLanguages()
	}
	english := make([]string, len(items))
	for i, it := range items {
		english[i] = strings.TrimSpace(langs.EnglishAgeWords(it))
	}
	if r, item, ok = AgeFromCriteria(english); !ok {
		return model.AgeRange{}, "", false
	}
	return r, items[slices.Index(english, item)], true
}

// joinsNeighbours reports whether r is of a script that joins what stands
// beside a word to it: Hangul its particles and digits, the Arabic script
// its prefixes.
func joinsNeighbours(r rune) bool { return isHangul(r) || isArabicScript(r) }

// maxUnmarkedList is the most bytes of a criteria list with no word that
// marks its language that is read in every language: a longer list in
// another language holds such a word, and an English list ("μL", "≥")
// is not read twice.
const maxUnmarkedList = 400

// hasNonLatinLetter reports whether a text holds a letter beyond ASCII and
// Latin-1 ("ş", "ń", "ย"): a list of English, with its signs ("≥", "–")
// and a borrowed "é", has none, and is not read in every language.
func hasNonLatinLetter(text string) bool {
	for _, r := range text {
		if r >= 0x100 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
