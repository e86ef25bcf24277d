package rules

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// Languages is a set of the vocabulary's languages other than English, one
// bit a language file.
type Languages uint64

// Empty reports whether the set holds no language.
func (l Languages) Empty() bool { return l == 0 }

// Names returns the codes of the set's languages ("de", "ja"), in the
// vocabulary's order.
func (l Languages) Names() []string {
	var out []string
	for i, name := range languages().names {
		if l&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

// AllLanguages returns every language of the vocabulary in use: the set a
// short value is read in when its language is not known ("Alter: bis 18").
func AllLanguages() Languages { return languages().all }

// LanguagesOf returns the languages whose marks a text holds: the cheap
// test that lets the language rules run only on text in another language.
// A mark written in a script with spaces is found as a whole word, as
// written ("und"); one in Chinese or Japanese wherever it stands ("の").
// Three letters in a row of a script only one language writes (Greek,
// Hangul) mark that language.
func LanguagesOf(text string) Languages {
	ix := languages()
	var found Languages
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < utf8.RuneSelf && i > 0 && isASCIILetter(c) && isASCIILetter(text[i-1]) {
			// Inside a word: no mark of a script with spaces begins here.
			continue
		}
		if text[i] >= firstScriptByte {
			found |= ix.scriptAt(text, i, found)
		}
		for _, m := range ix.marks[text[i]] {
			if found&m.language != 0 || !markAt(text, i, m.word) {
				continue
			}
			if m.joinedBefore(text, i) || m.joinedAfter(text, i, i+len(m.word)) {
				continue
			}
			if found |= m.language; found == ix.all {
				return found
			}
		}
	}
	return found
}

// scriptMark is a script that marks a text as the one language of the
// files that writes it.
type scriptMark struct {
	table    *unicode.RangeTable
	language Languages
}

// firstScriptByte is the first byte of U+0370, the first letter (Greek)
// past the Latin scripts: a script mark's letters begin with it or a later
// byte.
const firstScriptByte = 0xCD

// scriptLetters is how many letters of a script in a row mark its
// language: "αβ T cells" or "TNF-α" in English is no Greek.
const scriptLetters = 3

// scriptAt returns the language whose script's letters, scriptLetters of
// them, begin at text[i], unless found holds it already.
func (ix *languageIndex) scriptAt(text string, i int, found Languages) Languages {
	if r, _ := utf8.DecodeRuneInString(text[i:]); r < 0x370 {
		return 0
	}
	for _, m := range ix.scripts {
		if found&m.language != 0 {
			continue
		}
		n := 0
		for _, r := range text[i:] {
			if n == scriptLetters || !unicode.Is(m.table, r) || !isLetterOrSign(r) {
				break
			}
			n++
		}
		if n == scriptLetters {
			return m.language
		}
	}
	return 0
}

// isLetterOrSign reports whether r is a letter or one of the vowel signs
// and other marks that scripts of India and Thai write within a word.
func isLetterOrSign(r rune) bool {
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// markAt reports whether text holds the mark at i, as written. The second
// byte is compared first: most words that open with a mark's first byte
// are not the mark.
func markAt(text string, i int, mark string) bool {
	return len(text)-i >= len(mark) && (len(mark) < 2 || text[i+1] == mark[1]) && text[i:i+len(mark)] == mark
}

// languageWord is one word of a language file in lookup form.
type languageWord struct {
	// word is the word lower-cased, its wide forms folded (FoldWidth).
	word, kind, meaning string
	language            Languages
	// latinStart and latinEnd are set when the word begins or ends with a
	// letter or digit of a script written with spaces, which must not run
	// on into the text beside it.
	latinStart, latinEnd bool
	// first and last are the word's first and last runes; oneRune is set
	// when they are the same one.
	first, last rune
	oneRune     bool
	// phases are a phase line's phases.
	phases []model.Phase
	// afterLam is set on the form of an Arabic word the article opens
	// that follows the preposition ل, which takes the article's alef:
	// "لمرحلة" of "للمرحلة", for the phase.
	afterLam bool
}

// languageIndex holds the language files in lookup form.
type languageIndex struct {
	// names are the languages' codes, by their bit.
	names []string
	all   Languages
	// marks holds the marks, as written, by their first byte.
	marks [256][]*languageWord
	// scripts are the scripts that mark a text as the one language that
	// writes them.
	scripts []scriptMark
	// words holds every other word whose first letter is ASCII, Greek or
	// of the Arabic script by its first byte, lower case, longest first.
	words [256][]*languageWord
	// byRune holds the words whose first letter is of another script by
	// that letter, lower case, longest first: a text's letter is looked up
	// by itself, its small letter and its form without a nukta, not among
	// every word of its script's first byte, which all of India's scripts
	// and Thai share (0xE0), as Cyrillic's share two.
	byRune map[rune][]*languageWord
	// sex maps a sex value, as ParseSex normalises it, onto its sex.
	sex map[string]model.Sex
	// status maps a status value, as normalValue normalises it, onto its
	// status.
	status map[string]model.Status
}

// languages is the language files of the vocabulary in use.
var languages = sync.OnceValue(func() *languageIndex { return newLanguageIndex(InUse().Languages) })

func newLanguageIndex(list []vocab.LanguageWord) *languageIndex {
	ix := &languageIndex{sex: map[string]model.Sex{}, status: map[string]model.Status{}, byRune: map[rune][]*languageWord{}}
	bits := map[string]Languages{}
	for _, w := range list {
		bit, ok := bits[w.Language]
		if !ok {
			if len(ix.names) == vocab.MaxLanguages {
				continue
			}
			bit = 1 << len(ix.names)
			bits[w.Language] = bit
			ix.names = append(ix.names, w.Language)
			ix.all |= bit
		}
		word := FoldWidth(w.Word)
		if w.Kind != vocab.LanguageMark {
			word = withoutNukta(foldArabicWord(foldGreek(strings.ToLower(word))))
		}
		// A word written after a hyphen is also the end of a longer word:
		// "-studie" reads "Langzeitstudie".
		ending := len(word) > 1 && word[0] == '-'
		if ending {
			word = word[1:]
		}
		if word == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(word)
		last, _ := utf8.DecodeLastRuneInString(word)
		lw := &languageWord{word: word, kind: w.Kind, meaning: w.Meaning, language: bit,
			latinStart: isSpacedLetterOrDigit(first) && !ending, latinEnd: isSpacedLetterOrDigit(last),
			first: first, last: last, oneRune: len(word) == utf8.RuneLen(first)}
		switch w.Kind {
		case vocab.LanguageMark:
			ix.marks[word[0]] = append(ix.marks[word[0]], lw)
			continue
		case vocab.LanguageScript:
			if table := unicode.Scripts[w.Word]; table != nil {
				ix.scripts = append(ix.scripts, scriptMark{table: table, language: bit})
			}
			continue
		case vocab.LanguageStatus:
			ix.status[normalValue(word)] = model.Status(strings.ToUpper(w.Meaning))
			continue
		case vocab.LanguageSex:
			ix.sex[normalValue(word)] = model.Sex(strings.ToUpper(w.Meaning))
			if !namesBothSexes(word, w.Meaning) {
				if !strings.EqualFold(w.Meaning, "ALL") || !writtenAfterAge(word) {
					continue
				}
				lw.kind = sexAfterAge
			}
		case vocab.LanguagePhase:
			for _, code := range strings.Split(w.Meaning, ",") {
				lw.phases = append(lw.phases, model.Phase(strings.ToUpper(strings.TrimSpace(code))))
			}
			model.SortPhases(lw.phases)
		}
		if isGreekLetter(first) {
			// A Greek letter, small or capital, with an accent or
			// without, begins with one of two bytes.
			ix.words[0xCE] = append(ix.words[0xCE], lw)
			ix.words[0xCF] = append(ix.words[0xCF], lw)
			continue
		}
		if isArabicScript(first) {
			// A letter of the Arabic script begins with one of four
			// bytes, and a folded letter's family spans them.
			forms := []*languageWord{lw}
			if rest, ok := strings.CutPrefix(word, "ال"); ok && w.Kind != vocab.LanguageSex && utf8.RuneCountInString(rest) > 1 {
				afterLam := *lw
				afterLam.word, afterLam.first, afterLam.afterLam = word[len("ا"):], 'ل', true
				forms = append(forms, &afterLam)
			}
			for b := 0xD8; b <= 0xDB; b++ {
				ix.words[b] = append(ix.words[b], forms...)
			}
			continue
		}
		if first >= utf8.RuneSelf {
			ix.byRune[first] = append(ix.byRune[first], lw)
			continue
		}
		ix.words[word[0]] = append(ix.words[word[0]], lw)
	}
	for i := range ix.words {
		longestFirst(ix.words[i])
	}
	for _, list := range ix.byRune {
		longestFirst(list)
	}
	return ix
}

// longestFirst sorts words longest first, keeping the order of the files
// among words of one length.
func longestFirst(words []*languageWord) {
	sort.SliceStable(words, func(a, b int) bool { return len(words[a].word) > len(words[b].word) })
}

// maxWordLists is the most lists of words one place of a text is looked up
// in: its first byte's, and those of its letter, that letter's small form
// and its form without a nukta.
const maxWordLists = 4

// wordLists returns the lists of words that may begin at s[i], each longest
// first.
func (ix *languageIndex) wordLists(s string, i int) (lists [maxWordLists][]*languageWord, n int) {
	if list := ix.words[asciiLower(s[i])]; len(list) > 0 {
		lists[n], n = list, n+1
	}
	if s[i] < utf8.RuneSelf {
		return lists, n
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	forms := [...]rune{r, unicode.ToLower(r), withoutNuktaRune(r)}
	for k, c := range forms {
		if slices.Contains(forms[:k], c) {
			// The letter was looked up in this form already.
			continue
		}
		if list := ix.byRune[c]; len(list) > 0 {
			lists[n], n = list, n+1
		}
	}
	return lists, n
}

// scan calls visit for each word of the kinds (in the languages l) that
// the width-folded text s holds, case ignored, left to right and the
// longest at each place, never two that overlap, until visit returns
// false; end is where the word ends in s.
func (ix *languageIndex) scan(s string, l Languages, kinds []string, visit func(at, end int, w *languageWord) bool) {
	for i := 0; i < len(s); {
		matched := 0
		lists, n := ix.wordLists(s, i)
		var next [maxWordLists]int
		for {
			// The longest word of the lists not yet tried.
			best := -1
			for k := range n {
				if next[k] < len(lists[k]) && (best < 0 || len(lists[k][next[k]].word) > len(lists[best][next[best]].word)) {
					best = k
				}
			}
			if best < 0 {
				break
			}
			w := lists[best][next[best]]
			next[best]++
			if w.language&l == 0 || !containsKind(kinds, w.kind) {
				continue
			}
			n, ok := prefixFold(s[i:], w.word)
			if ok && w.kind == vocab.LanguagePhase && subPhaseLetter(s, i+n) {
				n++
			}
			if !ok || w.joinedBefore(s, i) || w.joinedAfter(s, i, i+n) {
				continue
			}
			if !visit(i, i+n, w) {
				return
			}
			matched = n
			break
		}
		if matched > 0 {
			i += matched
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
}

// subPhaseLetter reports whether a phase's numeral that ends at end is
// followed by the letter of a part of that phase, which ends a word: the "b"
// of "fase Ib" or "Phase 1b" is still phase 1.
func subPhaseLetter(s string, end int) bool {
	if end == 0 || end >= len(s) || !strings.ContainsRune("aAbB", rune(s[end])) {
		return false
	}
	last := s[end-1]
	return (last >= '1' && last <= '4' || last == 'I' || last == 'V') && !isLetterOrDigitAt(s, end+1)
}

func containsKind(kinds []string, kind string) bool {
	for _, k := range kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// languageSex reads a sex field's value, lower case with single spaces and
// no trailing punctuation as ParseSex makes it, in any language of the
// vocabulary: "beide", "les deux", "男女".
func languageSex(value string) (model.Sex, bool) {
	s, ok := languages().sex[foldedValue(value)]
	return s, ok
}

// languageStatus reads a recruitment status field's value in any language
// of the vocabulary: "Reclutando", "En cours de recrutement", "募集中".
func languageStatus(value string) (model.Status, bool) {
	s, ok := languages().status[normalValue(foldedValue(value))]
	return s, ok
}

// foldedValue is a field's value with its letters folded as the language
// files' words are: wide forms, Greek accents, Arabic letter forms and
// nuktas.
func foldedValue(value string) string {
	return withoutNukta(foldArabicWord(foldGreek(FoldWidth(value))))
}

// normalValue is a field's value lower case, with single spaces and no
// trailing punctuation.
func normalValue(v string) string {
	return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(v), " ")), ".;,")
}

// isSpacedLetterOrDigit reports whether r is a letter or digit of a script
// written with spaces between words, not Chinese or Japanese, or a mark
// that combines with the letter before it: a vowel sign or virama of
// Devanagari ("कमी" is no "कम"), a point of Hebrew, an accent set apart
// from its letter.
func isSpacedLetterOrDigit(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || isCombiningMark(r)) && !isUnspacedScript(r)
}

// isCombiningMark reports whether r is a mark that is written on the
// letter before it and is part of its word; a variation selector, which
// picks an emoji's form, is none.
func isCombiningMark(r rune) bool {
	return r >= 0x0300 && unicode.In(r, unicode.Mn, unicode.Mc) && !unicode.Is(unicode.Variation_Selector, r)
}

// isUnspacedScript reports whether r belongs to a script written without
// spaces between words: Han, Hiragana, Katakana, Thai.
func isUnspacedScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) || r == 'ー' || r == 'ヶ'
}

// isThai reports whether r is of the Thai script.
func isThai(r rune) bool { return r >= 0x0E00 && r <= 0x0E7F }

// isLetterOrDigitAt reports whether the rune at s[i] is a letter or digit
// of a script written with spaces; false at the end of s.
func isLetterOrDigitAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpacedLetterOrDigit(r)
}

// HasCJK reports whether a text holds a character of the range Chinese and
// Japanese are written in (U+3000–U+9FFF), or a full-width form: a cheap
// byte test.
func HasCJK(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 0xE3 && c <= 0xE9 || c == 0xEF && i+1 < len(text) && (text[i+1] == 0xBC || text[i+1] == 0xBD) {
			return true
		}
	}
	return false
}

// UnspacedRunes counts a text's characters of the scripts written without
// spaces between words (Chinese, Japanese).
func UnspacedRunes(text string) int {
	if !HasCJK(text) {
		return 0
	}
	n := 0
	for _, r := range text {
		if isUnspacedScript(r) {
			n++
		}
	}
	return n
}

// prefixFold reports whether s begins with word, a lower-case text, case
// ignored (and a Greek letter's accent, as foldGreek folds word; an Arabic
// letter's family and its silent signs, as foldArabicWord folds word;
// Hebrew's points; a
// Devanagari nukta, which word is written without), and how many bytes of s
// it takes.
func prefixFold(s, word string) (int, bool) {
	n := 0
	for _, wr := range word {
		if n > 0 && n < len(s) && s[n] >= utf8.RuneSelf {
			// A short vowel, tatweel or non-joiner inside an Arabic or
			// Persian word ("عامًا" is "عاما"), a point inside a Hebrew
			// one ("מִתנדבים" is "מתנדבים").
			n = skipSilentSigns(s, n, true)
		}
		if n >= len(s) {
			return 0, false
		}
		c := s[n]
		if c < utf8.RuneSelf && wr < utf8.RuneSelf {
			if rune(asciiLower(c)) != wr {
				return 0, false
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if isNukta(r) && n > 0 {
			// The dot of the consonant before: "फ़ेज़" is "फेज".
			n += size
			if n >= len(s) {
				return 0, false
			}
			r, size = utf8.DecodeRuneInString(s[n:])
		}
		if r != wr && unicode.ToLower(r) != wr && foldGreekRune(r) != wr && foldArabicRune(r) != wr && !readsAsLatin(r, wr) && withoutNuktaRune(r) != wr {
			return 0, false
		}
		n += size
	}
	if last := lastRune(word); n < len(s) && s[n] >= utf8.RuneSelf && (isArabicScript(last) || isHebrewLetter(last)) {
		// An Arabic word's last short vowel is the word's ("عاماً"), and
		// a Hebrew word's last point.
		n = skipSilentSigns(s, n, false)
	}
	if k := nuktaAt(s[n:]); k > 0 && n > 0 {
		// The last consonant's dot is the word's.
		n += k
	}
	return n, true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
