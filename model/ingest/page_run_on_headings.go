package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/rules"
)

var (
	// runOnHeading is an inclusion or exclusion heading that a flattened
	// page runs on after other text, before a list mark: "… primary ALL
	// Exclusion Criteria: * Breakpoint …".
	runOnHeading = regexp.MustCompile(`(?i)(?:^|\s)((?:key\s+)?(?:inclusion|exclusion)\s+criteria\s*:\s*(?:[-*•]|\d{1,2}[.)])\s)`)
)

// splitRunOnHeadings puts each criteria heading that a line runs on after
// other text at the start of a line of its own: "… primary ALL Exclusion
// Criteria: * Breakpoint …", "…超过3个月。主要排除标准：1. 活动性感染",
// "… ECOG 0 or 1. Exclusion criteria at registration 1) CMV …".
func splitRunOnHeadings(lines []string) []string {
	var out []string
	for _, l := range lines {
		if rules.HasCJK(l) {
			out, l = splitBefore(out, l, unspacedRunOnHeading)
		}
		if strings.Contains(l, "riteria") || strings.Contains(l, "RITERIA") {
			out, l = splitBefore(out, l, runOnHeadingAt)
		}
		out, l = splitNumberedRunOn(out, l)
		out = append(out, l)
	}
	return out
}

// splitBefore appends to out each part of line before a place find finds,
// and returns the rest of the line, from the last such place.
func splitBefore(out []string, line string, find func(string) (int, bool)) ([]string, string) {
	for {
		at, ok := find(line)
		if !ok {
			return out, line
		}
		out = append(out, strings.TrimRight(line[:at], " \t"))
		line = line[at:]
	}
}

// runOnHeadingAt finds the first heading the line runs on after other
// text, with its qualifier ("Key exclusion criteria: 1."), and returns
// where it begins; a heading that opens the line is passed over.
func runOnHeadingAt(l string) (int, bool) {
	for from := 0; from < len(l); {
		loc := runOnHeading.FindStringSubmatchIndex(l[from:])
		if loc == nil {
			return 0, false
		}
		if at := from + loc[2]; strings.TrimSpace(l[:at]) != "" {
			return at, true
		}
		from += loc[1]
	}
	return 0, false
}

// unspacedRunOnHeading finds, in a line of Chinese or Japanese, a criteria
// heading that the line runs on after other text, before its colon and the
// first mark of its list: "…超过3个月。主要排除标准：1. 活动性感染". It
// returns where the heading begins.
func unspacedRunOnHeading(l string) (int, bool) {
	for i := 0; i < len(l); {
		colon := strings.IndexAny(l[i:], ":：")
		if colon < 0 {
			return 0, false
		}
		colon += i
		_, size := utf8.DecodeRuneInString(l[colon:])
		i = colon + size
		if !opensListAfterColon(l[i:]) {
			continue
		}
		// The heading begins after the sentence before it, within the
		// bytes the longest heading takes.
		from := max(0, colon-maxUnspacedRunOnHeading*utf8.UTFMax-1)
		start := strings.LastIndexAny(l[from:colon], "。.;；!！?？ \t")
		if start < 0 {
			continue
		}
		start += from
		_, size = utf8.DecodeRuneInString(l[start:])
		start += size
		head := l[start:colon]
		if utf8.RuneCountInString(head) > maxUnspacedRunOnHeading {
			continue
		}
		if kind, _, ok := rules.CriteriaHeadingOf(head); ok && kind != rules.KindEligibility {
			return start, true
		}
	}
	return 0, false
}

// maxUnspacedRunOnHeading is the most characters a run-on heading of
// Chinese or Japanese takes.
const maxUnspacedRunOnHeading = 12

// opensListAfterColon reports whether the text after a heading's colon
// opens a list: a bullet or a number with its mark ("1.", "1、", "(1)").
func opensListAfterColon(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if listLine.MatchString(s) {
		return true
	}
	n := 0
	for n < len(s) && n < 2 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n > 0 && (strings.HasPrefix(s[n:], "、") || strings.HasPrefix(s[n:], ".") || strings.HasPrefix(s[n:], ")"))
}

// firstItem is a list's first numbered item inside a line: " 1) ", " 1. ".
var firstItem = regexp.MustCompile(`\s1[.)]\s`)

// maxRunOnHeadingWords is the most words a heading without a colon, run on
// before its list's first number, takes.
const maxRunOnHeadingWords = 6

// splitNumberedRunOn appends to out each part of line before a criteria
// heading with no colon that stands just before its list's first number,
// and each such heading on a line of its own, and returns the rest of the
// line, from the last list's first number: "… ECOG 0 or 1. Exclusion
// criteria at registration 1) CMV …" is "… ECOG 0 or 1.", "Exclusion
// criteria at registration" and "1) CMV …".
func splitNumberedRunOn(out []string, line string) ([]string, string) {
	for {
		start, end, ok := numberedRunOnHeading(line)
		if !ok {
			return out, line
		}
		if before := strings.TrimRight(line[:start], " \t"); strings.TrimSpace(before) != "" {
			out = append(out, before)
		}
		out = append(out, strings.TrimSpace(line[start:end]))
		line = strings.TrimLeft(line[end:], " \t")
	}
}

// numberedRunOnHeading finds a criteria heading with no colon just before
// a list's first number, in a line that runs the heading on after other
// text or runs its list on after it: "… ECOG 0 or 1. Exclusion criteria at
// registration 1) CMV …", "本登録時除外基準 1) CMV 感染症…". The heading is the
// fewest words before the number that read as one, after the sentence
// before it; it returns where the heading begins and ends.
func numberedRunOnHeading(l string) (start, end int, ok bool) {
	for _, loc := range firstItem.FindAllStringIndex(l, -1) {
		before := l[:loc[0]]
		sentence := 0
		for _, stop := range []string{"。", ". ", "; "} {
			if i := strings.LastIndex(before, stop); i >= 0 {
				sentence = max(sentence, i+len(strings.TrimRight(stop, " ")))
			}
		}
		for from, words := len(before), 0; words < maxRunOnHeadingWords && from > sentence; words++ {
			from = max(strings.LastIndexAny(before[:from], " \t")+1, sentence)
			head := strings.TrimLeft(before[from:], " \t"+rules.Bullets)
			if kind, rest, ok := rules.CriteriaHeadingOf(head); ok && rest == "" && kind != rules.KindEligibility {
				return from, loc[0], true
			}
			if from > 0 {
				from--
			}
		}
	}
	return 0, 0, false
}
