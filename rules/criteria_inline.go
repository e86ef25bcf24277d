package rules

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// inlineDash finds " - " before an item's first capital.
	inlineDash = regexp.MustCompile(`\s-\s+[A-Z]`)
	// inlineStar finds " * " before an item's first capital, digit or
	// bracket.
	inlineStar = regexp.MustCompile(`\s\*\s+[A-Z0-9(\[]`)
	leadNumber = regexp.MustCompile(`^\s*(\d{1,2})([.)])\s`)
)

// SplitInlineItems puts each top-level item of a criteria list on a line of
// its own: "1. … 2. … 3. …" flattened onto one line, or hard-wrapped so that
// "2)" ends a line, and "- a - B" lists. A sub-list that restarts its
// numbering ("1. Relapse … 2. Persistence …" inside item 1) stays inside
// its item, and its lines are indented under it. "* a * B" lists are split
// like dashed ones.
func SplitInlineItems(text string) string {
	first := strings.TrimSpace(firstNonBlank(text))
	if strings.HasPrefix(first, "- ") || strings.HasPrefix(first, "-\t") {
		return splitMarks(text, "-", inlineDash)
	}
	if strings.HasPrefix(first, "* ") {
		return splitMarks(text, "*", inlineStar)
	}
	m := leadNumber.FindStringSubmatch(first)
	if m == nil {
		return text
	}
	return splitNumbered(text, m[2])
}

func firstNonBlank(text string) string {
	for text != "" {
		l, rest, _ := strings.Cut(text, "\n")
		if strings.TrimSpace(l) != "" {
			return l
		}
		text = rest
	}
	return ""
}

// splitMarks breaks each line of a list whose items open with mark before
// every inline mark that inline finds, on an item's own line or on a line
// it runs on to. An indented line stays indented.
func splitMarks(text, mark string, inline *regexp.Regexp) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		// The line's indent is not a space before an inline mark: an
		// indented sub-item keeps its place, and the items split from it
		// take its indent.
		rest := strings.TrimLeft(l, " \t")
		indent := l[:len(l)-len(rest)]
		lines[i] = indent + inline.ReplaceAllStringFunc(rest, func(s string) string { return "\n" + indent + mark + s[2:] })
	}
	return strings.Join(lines, "\n")
}

type marker struct {
	at, num   int
	lineStart bool
}

// splitNumbered walks the markers of the list's own style: a marker that
// continues the top-level numbering starts an item; a "1." after the list
// has begun starts a sub-list, whose numbers go on inside the item. Lines
// numbered in another style are indented as a sub-list.
func splitNumbered(text, punct string) string {
	ms := numberMarkers(text, punct[0])
	if len(ms) < 2 {
		return rebuild(text, nil, otherStyleLines(text, punct))
	}
	var splits, indents []int
	next, sub := 1, 0
	for i, m := range ms {
		// An inline number that comes again before the next one is not
		// yet the item's: "grade 2. Hemoglobin … 2. Consent".
		top := m.num == next && (m.lineStart || !laterNumber(ms[i+1:], m.num, next+1))
		switch {
		case top:
			if !m.lineStart {
				splits = append(splits, m.at)
			}
			next, sub = next+1, 0
		case m.num == 1 && next > 1, sub > 0 && m.num == sub+1:
			sub = m.num
			if m.lineStart {
				indents = append(indents, m.at)
			}
		}
	}
	return rebuild(text, splits, append(indents, otherStyleLines(text, punct)...))
}

// otherStyleLines returns where each line starts that opens with a number
// of another style than the list's: a sub-list ("1." items under "1)").
func otherStyleLines(text, punct string) []int {
	var at []int
	start := 0
	for text != "" {
		l, rest, found := strings.Cut(text, "\n")
		if t := strings.TrimLeft(l, " \t"); t != "" && t[0] >= '0' && t[0] <= '9' {
			if m := leadNumber.FindStringSubmatchIndex(l); m != nil && l[m[4]:m[5]] != punct {
				at = append(at, start+m[2])
			}
		}
		start += len(l)
		if found {
			start++
		}
		text = rest
	}
	return at
}

// laterNumber reports whether num appears again before stop does.
func laterNumber(ms []marker, num, stop int) bool {
	for _, m := range ms {
		if m.num == stop {
			return false
		}
		if m.num == num {
			return true
		}
	}
	return false
}

// rebuild breaks text before each split and indents each line whose marker
// is at indents. A marker left at the end of its line is joined to the
// line that follows.
func rebuild(text string, splits, indents []int) string {
	type edit struct {
		at     int
		insert string
	}
	var edits []edit
	for _, at := range splits {
		edits = append(edits, edit{at, "\n"})
	}
	for _, at := range indents {
		edits = append(edits, edit{at, "   "})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].at < edits[j].at })
	var b strings.Builder
	from := 0
	for _, e := range edits {
		b.WriteString(strings.TrimRight(text[from:e.at], " \t"))
		b.WriteString(e.insert)
		from = e.at
	}
	b.WriteString(text[from:])
	return joinDanglingMarkers(b.String())
}

var danglingMarker = regexp.MustCompile(`(?m)^(\s*\d{1,2}[.)])[ \t]*\n[ \t]*`)

func joinDanglingMarkers(s string) string {
	if !mayHaveDanglingMarker(s) {
		return s
	}
	return danglingMarker.ReplaceAllString(s, "$1 ")
}

// mayHaveDanglingMarker is a quick test before danglingMarker: some line
// ends with a digit, "." or ")", and only spaces or tabs.
func mayHaveDanglingMarker(s string) bool {
	return anyAtByte(s, '\n', func(i int) bool {
		j := i
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
			j--
		}
		return j >= 2 && (s[j-1] == '.' || s[j-1] == ')') && isDigit(s[j-2])
	})
}

// numberMarkers finds each "3." or "3)" of the given style that opens an
// item: after the start, a space, ";" or ",", and before an item's first
// capital, digit, bracket or quote, on the same line or the next.
func numberMarkers(text string, punct byte) []marker {
	var ms []marker
	// blank holds while the line so far is only spaces and tabs.
	blank := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		lineStart := blank
		blank = c == '\n' || blank && (c == ' ' || c == '\t')
		if c < '0' || c > '9' || i > 0 && !strings.ContainsRune(" \t\n;,", rune(text[i-1])) {
			continue
		}
		j := i + 1
		if j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		afterSemicolon := i > 0 && text[i-1] == ';' || i > 1 && text[i-1] == ' ' && text[i-2] == ';'
		if j >= len(text) || text[j] != punct || !opensItem(text[j+1:], lineStart || afterSemicolon) {
			i = j - 1
			continue
		}
		n, _ := strconv.Atoi(text[i:j])
		ms = append(ms, marker{at: i, num: n, lineStart: lineStart})
		i = j
	}
	return ms
}

// opensItem reports whether rest, after a marker, begins an item: spaces,
// at most one line end, then a capital, digit, bracket or quote, or a
// letter of a script without capitals ("2. 确诊为…", "2. 재발한 …"); at a
// line's start or after a semicolon, a small letter too ("…; 2. pregnancy").
func opensItem(rest string, loose bool) bool {
	k := 0
	for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t') {
		k++
	}
	if k < len(rest) && rest[k] == '\n' {
		k++
		for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t') {
			k++
		}
	}
	if k >= len(rest) {
		return false
	}
	c := rest[k]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(rest[k:])
		return r == '“' || unicode.Is(unicode.Lo, r)
	}
	return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '(' || c == '[' || c == '"' || loose && 'a' <= c && c <= 'z'
}
