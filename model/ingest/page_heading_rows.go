package ingest

import (
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

// headingRows puts the list that a table row copied as text gives after
// its criteria heading on lines of its own: "CRITERIOS INCLUSIÓN 1. … 2. …"
// becomes the heading and "1. … 2. …", whose items the list reader splits,
// and "選択基準 1)… 2)… 3)…" or "纳入标准:1)…;2)…" the heading and a line an
// item, "1. …", "2. …". It reads a page in Chinese or Japanese after
// unspacedLayout has folded its wide forms. A text with no such row is
// returned as it is.
func headingRows(text string) string {
	if !strings.Contains(text, "1") {
		return text
	}
	return rewriteLines(text, splitHeadingRow)
}

// rewriteLines returns text with each line rewritten, or text itself when
// no line changes.
func rewriteLines(text string, rewrite func(line string) string) string {
	lines := strings.Split(text, "\n")
	changed := false
	for i, l := range lines {
		if r := rewrite(l); r != l {
			lines[i], changed = r, true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// splitHeadingRow splits one line as headingRows does.
func splitHeadingRow(line string) string {
	t := strings.TrimSpace(line)
	at := firstItemMark(t)
	if at <= 0 {
		return line
	}
	head := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[:at]), ":"))
	if _, _, heading := rules.CriteriaHeadingOf(head); !heading {
		return line
	}
	rest := t[at:]
	if strings.HasPrefix(rest, "1.") {
		// The list reader splits items numbered "1. … 2. …" on one line.
		return head + "\n" + rest
	}
	var b strings.Builder
	b.WriteString(head)
	for n := 2; ; n++ {
		next := nextItemNumber(rest, n)
		if next < 0 {
			break
		}
		b.WriteString("\n" + plainItemMark(strings.TrimSpace(rest[:next])))
		rest = rest[next:]
	}
	b.WriteString("\n" + plainItemMark(strings.TrimSpace(rest)))
	return b.String()
}

// firstItemMarks are the marks the first item of a heading's row opens
// with.
var firstItemMarks = []string{"1. ", "1)", "(1)"}

// firstItemMark returns where the first item's mark stands in a line, after
// a space or a colon, or -1.
func firstItemMark(t string) int {
	best := -1
	for _, m := range firstItemMarks {
		for from := 1; from < len(t); {
			i := strings.Index(t[from:], m)
			if i < 0 {
				break
			}
			at := from + i
			if c := t[at-1]; c == ' ' || c == ':' {
				if best < 0 || at < best {
					best = at
				}
				break
			}
			from = at + 1
		}
	}
	return best
}

// nextItemNumber returns where item n's mark ("n)" or "(n)") begins in
// text after its first byte, after a character that is not a digit, or -1.
func nextItemNumber(text string, n int) int {
	mark := strconv.Itoa(n) + ")"
	for from := 1; from < len(text); {
		i := strings.Index(text[from:], mark)
		if i < 0 {
			return -1
		}
		at := from + i
		if text[at-1] == '(' {
			at--
		}
		if at > 0 && !isDigitByte(text[at-1]) {
			return at
		}
		from = from + i + len(mark)
	}
	return -1
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
