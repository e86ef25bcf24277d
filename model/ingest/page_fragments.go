package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/rules"
)

// A fragmented page is a Chinese or Japanese page copied from a site that
// sets each run of Latin letters, digits and signs in an element of its
// own, so that each run stands on a line of its own: "年龄≥" / "18" /
// "岁且≤" / "75" / "岁". It has at least minFragments such runs of at most
// maxFragmentRunes characters, and they are at least a quarter of its
// lines.
const (
	minFragments     = 12
	maxFragmentRunes = 4
)

var (
	// sentenceEnds end a sentence or a list item of a Chinese or Japanese
	// page: the line break after one stays.
	sentenceEnds = []string{"。", "；", ";", "！", "？", "!", "?"}
	// bareItemNumber is an item's or a section's number alone on its line:
	// "1" before "、病理…", "4." before "入选标准".
	bareItemNumber = regexp.MustCompile(`^\d{1,2}[.)]?$`)
	// inlineItemNumber opens a line with an item's number and its text:
	// "1、病理…", "2.试验目的".
	inlineItemNumber = regexp.MustCompile(`^\d{1,2}[、.)]\s*[^\d\s]`)
	// labelAndValue is a short label and its value on one line: "设计类型:
	// 平行分组".
	labelAndValue = regexp.MustCompile(`^[\p{Han}\p{Hiragana}\p{Katakana}]{1,8}[:：]\S`)
)

// joinedFragments joins the lines of a fragmented page back into its
// sentences. A line break stays after a sentence's end, before an item's
// or a section's number, before a label ("试验分期:", "设计类型:平行分组")
// and at a blank line. Two runs of Latin letters or digits
// are joined with a space, any other two as they are. Other pages are
// returned as they are.
func joinedFragments(text string) string {
	if !rules.HasCJK(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	if !fragmented(lines) {
		return text
	}
	out := make([]string, 0, len(lines)/2)
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			out = append(out, "")
			continue
		}
		if opensItem(lines, i, t) || (waitsForValue(t) || labelAndValue.MatchString(t)) && !bareItemNumber.MatchString(cur.String()) {
			flush()
		}
		if cur.Len() > 0 && endsLatin(cur.String()) && startsLatin(t) {
			cur.WriteByte(' ')
		}
		cur.WriteString(t)
		if endsSentence(t) {
			flush()
		}
	}
	flush()
	return strings.Join(out, "\n")
}

// fragmented reports whether a page's lines are a fragmented page's.
func fragmented(lines []string) bool {
	fragments, nonBlank := 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		nonBlank++
		if utf8.RuneCountInString(t) <= maxFragmentRunes && rules.UnspacedRunes(t) == 0 {
			fragments++
		}
	}
	return fragments >= minFragments && 4*fragments >= nonBlank
}

// opensItem reports whether line i, t trimmed, opens an item or a section:
// its number and its text ("1、病理…"), or its number alone before the
// text ("1" / "、病理…", "4." / "入选标准").
func opensItem(lines []string, i int, t string) bool {
	if inlineItemNumber.MatchString(t) {
		return true
	}
	if !bareItemNumber.MatchString(t) {
		return false
	}
	next := nextNonBlank(lines, i+1)
	if next < 0 {
		return false
	}
	n := strings.TrimSpace(lines[next])
	if strings.HasPrefix(n, "、") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(n)
	return strings.HasSuffix(t, ".") && rules.UnspacedRunes(string(r)) == 1
}

// waitsForValue reports whether a line is a label that waits for its
// value on the lines below: "试验分期:".
func waitsForValue(t string) bool {
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// endsSentence reports whether a line ends a sentence or a list item.
func endsSentence(t string) bool {
	for _, e := range sentenceEnds {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// endsLatin and startsLatin report whether a text ends or starts with an
// ASCII letter or digit.
func endsLatin(s string) bool { return s != "" && isASCIIAlnum(s[len(s)-1]) }

func startsLatin(s string) bool { return s != "" && isASCIIAlnum(s[0]) }

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
