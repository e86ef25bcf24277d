package ingest

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// The page reader reads pages in other languages than English with the
// language files of the vocabulary: their headings and labels are read as
// every heading and label is, and the rules of this file run only where
// the English ones found nothing, on text that holds a language's marks.

// unspacedLayout rewrites a page written in Chinese or Japanese into the
// layout the reader knows: wide forms in their plain forms ("１８", "："),
// list marks ("(1)", "1.", "1)", "①", "・") as "1. " and "- ", an item
// mark inside a line ("…。②…") on a line of its own, and a criteria
// heading set in brackets or after a sign ("【選択基準】", "■除外基準") bare.
// A list item numbered in Arabic-Indic or Persian digits ("١.", "۲.") has
// its number in ASCII (arabicItemNumbers). Other pages are returned as
// they are.
func unspacedLayout(text string) string {
	if !rules.HasCJK(text) {
		if rules.HasArabicDigits(text) {
			return arabicItemNumbers(text)
		}
		return text
	}
	text = rules.FoldWidth(splitCircledItems(text))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = plainItemMark(l)
		if bare := strings.Trim(strings.TrimSpace(l), headingSigns); bare != strings.TrimSpace(l) && bare != "" {
			if _, _, ok := rules.CriteriaHeadingOf(bare); ok {
				lines[i] = bare
			}
		}
	}
	return strings.Join(lines, "\n")
}

// arabicItemNumbers writes the Arabic-Indic or Persian digits that open a
// line ("١. …", "۲) …") in ASCII, so that the line reads as a numbered
// item; the rest of the line is kept as written, as its readers fold its
// digits themselves.
func arabicItemNumbers(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		if n := rules.ArabicDigitsAtStart(t[:min(len(t), maxItemNumberBytes)]); n > 0 {
			lines[i] = l[:len(l)-len(t)] + rules.FoldWidth(t[:n]) + t[n:]
		}
	}
	return strings.Join(lines, "\n")
}

// maxItemNumberBytes is the most bytes of an item's number in Arabic-Indic
// or Persian digits: two digits.
const maxItemNumberBytes = 4

// headingSigns are the brackets and signs Chinese and Japanese pages set
// around a heading.
const headingSigns = "【】〔〕[]■□◆◇●○<>《》〈〉「」 "

// circled are the circled numbers ①–⑳ that mark list items.
const (
	firstCircled = '①'
	lastCircled  = '⑳'
)

// splitCircledItems writes each circled number as "(n)", on a line of its
// own when text stands before it on its line.
func splitCircledItems(text string) string {
	if !strings.ContainsRune(text, firstCircled) && !strings.ContainsAny(text, "②③④⑤⑥⑦⑧⑨⑩") {
		return text
	}
	var b strings.Builder
	lineStart := true
	for _, r := range text {
		if r >= firstCircled && r <= lastCircled {
			if !lineStart {
				b.WriteByte('\n')
			}
			b.WriteString("(" + strconv.Itoa(int(r-firstCircled)+1) + ")")
			lineStart = false
			continue
		}
		b.WriteRune(r)
		lineStart = r == '\n' || lineStart && (r == ' ' || r == '\t' || r == '\u3000')
	}
	return b.String()
}

// plainItemMark writes a Chinese or Japanese list item's mark as the
// reader knows it: "(1)年齢", "1)年齢", "1.年齢" and "1、年龄" as "1. 年齢",
// "・年齢" as "- 年齢". A number before a digit ("1.5") is no mark. The
// line's wide forms are folded already.
func plainItemMark(line string) string {
	t := strings.TrimLeft(line, " \t")
	indent := line[:len(line)-len(t)]
	if r, size := utf8.DecodeRuneInString(t); r == '・' || r == '･' {
		return indent + "- " + strings.TrimLeft(t[size:], " ")
	}
	open := strings.HasPrefix(t, "(")
	digits := t
	if open {
		digits = t[1:]
	}
	n := 0
	for n < len(digits) && n < 2 && '0' <= digits[n] && digits[n] <= '9' {
		n++
	}
	if n == 0 || n == len(digits) {
		return line
	}
	rest := digits[n:]
	switch {
	case open && rest[0] == ')':
		rest = rest[1:]
	case !open && (rest[0] == ')' || rest[0] == '.'):
		rest = rest[1:]
	case !open && rest[0] == ',':
		// "1、", which FoldWidth writes "1, ".
		rest = rest[1:]
	default:
		return line
	}
	if rest == "" || '0' <= rest[0] && rest[0] <= '9' {
		return line
	}
	return indent + digits[:n] + ". " + strings.TrimLeft(rest, " ")
}

// englishAgeValue returns an age label's value as the age phrases read it:
// as it is when it reads in English, or with the age words of every
// language put into English ("bis 18", "18歳以上"), as the label names the
// value's language better than its few words do.
func englishAgeValue(value string) string {
	english := rules.AllLanguages().EnglishAgeWords(value)
	if english == value {
		return value
	}
	// An English value may hold a word of another language ("N/A"): it
	// is kept when it reads in English.
	if _, ok := rules.ParseAgeBound(value); ok {
		return value
	}
	if _, ok := rules.ParseAge(value); ok {
		return value
	}
	return english
}

// languageAgeLimit finds the age limit a page's text states in another
// language than English, the text's age words put into English, and
// returns the line of the text it was read from.
func languageAgeLimit(text string) (rules.AgeReading, string, bool) {
	langs := rules.LanguagesOf(text)
	if langs.Empty() {
		return rules.AgeReading{}, "", false
	}
	english := langs.EnglishAgeWords(text)
	a, sentence, ok := rules.FindAgeLimit(english)
	if !ok {
		return rules.AgeReading{}, "", false
	}
	return a, lineOf(text, english, sentence), true
}

// lineOf returns the line of text that holds, in its English, the phrase
// found in english, a text of the same lines.
func lineOf(text, english, phrase string) string {
	at := strings.Index(english, phrase)
	lines := strings.Split(text, "\n")
	if at < 0 {
		return phrase
	}
	n := strings.Count(english[:at], "\n")
	return strings.TrimSpace(lines[min(n, len(lines)-1)])
}

// readLanguagePhaseLabel reads a phase label's value written in another
// language ("第2相", "II期", "fase 2").
func readLanguagePhaseLabel(t *model.Trial, l labelled) {
	if phases, _, ok := rules.AllLanguages().FindPhase(l.value); ok {
		t.Phases = phases
		t.Note(model.FieldPhases, l.line)
	}
}

// findLanguagePhase reads the first phase the page's text states in
// another language, when the text holds that language's marks.
func findLanguagePhase(t *model.Trial, texts ...string) {
	for _, s := range texts {
		langs := rules.LanguagesOf(s)
		if phases, line, ok := langs.FindPhase(s); ok {
			t.Phases = phases
			t.Note(model.FieldPhases, "text: "+line)
			return
		}
	}
}
