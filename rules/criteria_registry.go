package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sectionNumber returns the length of the section number a registry sets
// before a heading, with the space after it: "E.3 ", "3.1. ", "A) ", "4 "
// before "Principal inclusion criteria", "三、" before "纳入标准"; 0 when
// there is none.
func sectionNumber(head string) int {
	if n := unspacedSectionNumber(head); n > 0 {
		return n
	}
	i := 0
	if i < len(head) && isUpper(head[i]) && i+1 < len(head) && (head[i+1] == '.' || head[i+1] == ')') {
		i += 2
	}
	digits := 0
	for i < len(head) && (isDigit(head[i]) || head[i] == '.' && digits > 0) {
		if isDigit(head[i]) {
			digits++
		}
		i++
	}
	if i < len(head) && head[i] == ')' && i > 0 {
		i++
	}
	if i == 0 || i >= len(head) || head[i] != ' ' || digits == 0 && i != 2 {
		return 0
	}
	return i + 1
}

// unspacedNumerals are the numerals of a Chinese or Japanese section
// number: "三、纳入标准".
const unspacedNumerals = "一二三四五六七八九十"

// unspacedSectionNumber returns the length of a Chinese or Japanese section
// number and its mark at the start of a heading ("三、", written "三, "
// once wide forms are folded), or 0.
func unspacedSectionNumber(head string) int {
	i := 0
	for n := 0; n < 3; n++ {
		r, size := utf8.DecodeRuneInString(head[i:])
		if !strings.ContainsRune(unspacedNumerals, r) {
			break
		}
		i += size
	}
	if i == 0 {
		return 0
	}
	for _, mark := range []string{"、", ", ", ",", "."} {
		if strings.HasPrefix(head[i:], mark) {
			return i + len(mark)
		}
	}
	return 0
}

// maxSectionLineWords is the most words a registry's numbered section
// heading holds.
const maxSectionLineWords = 8

// IsRegistrySection reports whether a line opens a registry's numbered
// section, "E.5 End points", "A.3 Full title of the trial", which ends the
// criteria list above it.
func IsRegistrySection(line string) bool {
	l := strings.TrimSpace(line)
	n := sectionNumber(l)
	return n > 2 && isUpper(l[0]) && l[1] == '.' && len(strings.Fields(l)) <= maxSectionLineWords
}

// finalPunctuation ends a sentence or an item: a line that ends with none
// of it may run on to the next.
const finalPunctuation = ".;:!?"

// ContinuesItem reports whether a list's line continues the previous line's
// item rather than opening one of its own: it starts with a lower-case
// letter and the previous line ends without final punctuation ("after at
// least" / "one prior line of therapy").
func ContinuesItem(previous, line string) bool {
	previous, line = strings.TrimSpace(previous), strings.TrimSpace(line)
	if previous == "" || line == "" || hasItemMarker(line) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(previous)
	return unicode.IsLower(r) && !strings.ContainsRune(finalPunctuation, last)
}

// JoinContinuedItems joins each line of an unmarked list that continues the
// previous line's item (ContinuesItem) onto it, so that a line break in
// the middle of a sentence does not split one item in two.
func JoinContinuedItems(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	joined := false
	for _, l := range lines {
		if n := len(out); n > 0 && ContinuesItem(out[n-1], l) {
			out[n-1] = strings.TrimRight(out[n-1], " \t") + " " + strings.TrimSpace(l)
			joined = true
			continue
		}
		out = append(out, l)
	}
	if !joined {
		return text
	}
	return strings.Join(out, "\n")
}

// SplitSeparatedItems puts each item of a list that a paragraph runs
// together with "; " or " - " ("Active infection; pregnancy; prior
// anti-GD2 antibody", "Prior therapy - Active infection - Pregnancy") on a
// line of its own. A list whose lines carry bullets or numbers is left as
// it is: its items are marked already. A ";" inside brackets does not
// split.
func SplitSeparatedItems(text string) string {
	if !strings.Contains(text, "; ") && !strings.Contains(text, " - ") {
		return text
	}
	lines := strings.Split(text, "\n")
	for _, l := range lines {
		if hasItemMarker(strings.TrimSpace(l)) {
			return text
		}
	}
	var out []string
	for _, l := range lines {
		parts := splitSeparated(l)
		if slices.ContainsFunc(parts, hasItemMarker) {
			// Numbered inline ("1) … ; 2) …"): the numbers mark the items.
			parts = []string{l}
		}
		out = append(out, parts...)
	}
	return strings.Join(out, "\n")
}

// splitSeparated splits one line at each "; " outside brackets and at each
// " - " before a capital.
func splitSeparated(line string) []string {
	var parts []string
	for _, p := range splitOutsideBrackets(line, func(i int) int {
		switch {
		case line[i] == ';' && i+1 < len(line) && line[i+1] == ' ':
			return 1
		case strings.HasPrefix(line[i:], " - ") && i+3 < len(line) && isUpper(line[i+3]) && i > 0 && !isDigit(line[i-1]):
			return 3
		}
		return 0
	}) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return []string{""}
	}
	return parts
}

// splitOutsideBrackets cuts a line at each separator outside round and
// square brackets, where sepAt(i) gives the separator's length at line[i]
// (0 where none stands), and returns the parts as they stand.
func splitOutsideBrackets(line string, sepAt func(i int) int) []string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '(' || c == '[':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth == 0:
			if n := sepAt(i); n > 0 {
				parts = append(parts, line[from:i])
				from = i + n
			}
		}
	}
	return append(parts, line[from:])
}
